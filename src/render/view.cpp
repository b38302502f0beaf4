// The view: region model -> Mustache data -> Markdown. The templates hold the
// sentences; this file decides what is present, in which words for enum
// values, dates and amounts, and numbers the articles.
#include "render/view.h"

#include "render/mustache_glue.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "load/refdata.h"
#include "load/resources.h"
#include "rules/context.h"
#include "rules/rule.h"

namespace zio {

namespace mu = kainjow::mustache;

// ---------------------------------------------------------------------------
// Escaping

namespace {
// Whether `c` must be backslash-escaped to stay literal, given what has
// been written of the value so far. Inline markup characters always; the
// characters that open a block (list item, heading underline, ordered list
// "1.") only where the value could begin a line. Everything else stays as
// written, so the Markdown stays readable in review diffs.
bool needs_escape(unsigned char c, const std::string& so_far) {
  static const std::string_view always = "\\`*_[]<>#|!&~";
  if (always.find(static_cast<char>(c)) != std::string_view::npos) return true;
  if (so_far.empty()) return c == '-' || c == '+' || c == '=' || c == ':';
  if (c == '.' || c == ')') return so_far.find_first_not_of("0123456789") == std::string::npos;
  return false;
}
}  // namespace

std::string markdown_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 4);
  bool space = false;  // a space is owed before the next visible character
  auto blank = [&] { space = !out.empty(); };
  auto put = [&](std::string_view piece) {
    if (space) out += ' ';
    space = false;
    out += piece;
  };
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c <= 0x20 || c == 0x7f) {
        blank();
      } else if (needs_escape(c, space ? std::string("x") : out)) {
        char esc[2] = {'\\', static_cast<char>(c)};
        put(std::string_view(esc, 2));
      } else {
        char ch = static_cast<char>(c);
        put(std::string_view(&ch, 1));
      }
      ++i;
      continue;
    }
    // One UTF-8 sequence; anything malformed becomes U+FFFD, one byte at a time.
    int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    uint32_t cp = len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    bool ok = len > 0 && i + len <= n;
    for (int k = 1; ok && k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      ok = (cc & 0xC0) == 0x80;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    static const uint32_t min_cp[5] = {0, 0, 0x80, 0x800, 0x10000};
    ok = ok && cp >= min_cp[len] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (!ok) {
      put("\xEF\xBF\xBD");
      ++i;
      continue;
    }
    if ((cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029) {
      blank();  // C1 controls (NEL) and Unicode line/paragraph separators
    } else if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
      put("\xEF\xBF\xBD");  // noncharacters: not allowed in XML
    } else {
      put(std::string_view(s.data() + i, len));
    }
    i += len;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Presentation of values

namespace {
const char* const months_nl[12] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                   "juli",    "augustus", "september", "oktober", "november", "december"};
const char* const months_en[12] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

// Digits of a non-negative whole number with a thousands separator.
std::string group_digits(unsigned long long v, char sep) {
  std::string d = std::to_string(v), out;
  for (size_t i = 0; i < d.size(); ++i) {
    if (i > 0 && (d.size() - i) % 3 == 0) out += sep;
    out += d[i];
  }
  return out;
}
}  // namespace

std::string format_date(const Date& d, Lang lang) {
  if (!d.valid()) return d.text;
  const char* m = (lang == Lang::en ? months_en : months_nl)[d.m - 1];
  return std::to_string(d.d) + " " + m + " " + std::to_string(d.y);
}

std::string format_count(long long v, Lang lang) {
  char sep = lang == Lang::en ? ',' : '.';
  unsigned long long mag = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  return (v < 0 ? "-" : "") + group_digits(mag, sep);
}

std::string format_euro(double v, Lang lang) {
  if (!std::isfinite(v) || std::fabs(v) >= 1e15) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    return std::string(lang == Lang::en ? "€" : "€\u00A0") + buf;
  }
  long long cents = std::llround(v * 100);
  bool neg = cents < 0;
  unsigned long long mag = neg ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
  char thousands = lang == Lang::en ? ',' : '.', decimal = lang == Lang::en ? '.' : ',';
  std::string out = group_digits(mag / 100, thousands);
  if (mag % 100 != 0) {
    char c[4];
    std::snprintf(c, sizeof c, "%02u", static_cast<unsigned>(mag % 100));
    out += decimal;
    out += c;
  }
  // A no-break space: an amount never wraps between "€" and its number.
  return std::string(neg ? "-" : "") + (lang == Lang::en ? "€" : "€\u00A0") + out;
}

std::string trim(const std::string& s) {
  const char* blank = " \t\r\n";
  size_t b = s.find_first_not_of(blank);
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(blank) - b + 1);
}

namespace {

// ---------------------------------------------------------------------------
// Small text helpers

// A value used inside a sentence: trimmed, without closing punctuation. A
// full stop after a capital stays ("Zorg B.V."); tidy_output drops the
// template's own full stop after it.
std::string clause(const std::string& s) {
  std::string t = trim(s);
  while (!t.empty()) {
    char c = t.back();
    bool abbreviation = c == '.' && t.size() >= 2 && t[t.size() - 2] >= 'A' && t[t.size() - 2] <= 'Z';
    if ((c == '.' && !abbreviation) || c == ';' || c == ',' || c == ':' || c == ' ' || c == '\t')
      t.pop_back();
    else
      break;
  }
  return t;
}

// A value used as whole sentences: trimmed, with a full stop when it ends in
// a letter, a digit or a closing bracket or quote without one inside.
std::string sentences(const std::string& s) {
  std::string t = trim(s);
  if (t.empty()) return t;
  unsigned char last = static_cast<unsigned char>(t.back());
  bool closed_inside = t.size() >= 2 && (t[t.size() - 2] == '.' || t[t.size() - 2] == '!' || t[t.size() - 2] == '?');
  if (std::isalnum(last) || ((last == ')' || last == '\'' || last == '"') && !closed_inside)) t += '.';
  return t;
}

// "Een mediator ..." -> "een mediator ..." after a preposition; names stay.
std::string mid_sentence(const std::string& s, Lang lang) {
  static const char* const nl[] = {"Een ", "De ", "Het "};
  static const char* const en[] = {"A ", "An ", "The "};
  for (const char* w : (lang == Lang::en ? en : nl))
    if (s.compare(0, std::char_traits<char>::length(w), w) == 0) {
      std::string t = s;
      t[0] = static_cast<char>(t[0] - 'A' + 'a');
      return t;
    }
  return s;
}

std::string capitalise(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string tr(Lang lang, const char* nl, const char* en) { return lang == Lang::en ? en : nl; }

// "A, B en C" / "A, B and C".
std::string join(const std::vector<std::string>& items, Lang lang) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? tr(lang, " en ", " and ") : ", ";
    out += items[i];
  }
  return out;
}

std::string str(const Str& s) { return s.set ? trim(s.v) : std::string(); }

std::string template_name(const char* kind, Lang lang) {
  return std::string("templates/") + kind + (lang == Lang::en ? ".en" : ".nl") + ".md.mustache";
}

void check_region(const Document& doc) {
  if (doc.fatal) throw std::invalid_argument(doc.path + ": the file could not be read or parsed");
  if (doc.kind != FileKind::region) throw std::invalid_argument(doc.path + ": not a region file");
}

// ---------------------------------------------------------------------------
// The contract

// Everything the contract's template sees. A "slot" is a value that may be
// missing: {t, open} when present (open: it is a "[nog in te vullen]"
// marker, shown only in concept mode), false when the sentence that uses it
// is to be left out.
class ContractView {
 public:
  ContractView(const Document& doc, const RenderOptions& opt)
      : doc_(doc), r_(doc.region), a_(doc.region.afspraken), opt_(opt), lang_(opt.lang), ctx_(doc, doc.findings) {}

  mu::data build();

 private:
  std::string t(const char* nl, const char* en) const { return tr(lang_, nl, en); }

  mu::data slot(const std::string& value, const char* label_nl, const char* label_en) const {
    if (!value.empty()) return slot_object(value, false);
    if (!opt_.concept) return mu::data(false);
    return marker(label_nl, label_en);
  }
  mu::data marker(const char* label_nl, const char* label_en) const {
    return slot_object(t("[nog in te vullen: ", "[to be completed: ") + t(label_nl, label_en) + "]", true);
  }
  static mu::data slot_object(const std::string& text, bool open) {
    mu::data o;
    o.set("t", text);
    o.set("open", open);
    return o;
  }
  // A table cell: the value, a marker in concept mode, else a dash.
  mu::data cell(const std::string& value, const char* label_nl, const char* label_en) const {
    if (value.empty() && !opt_.concept) return slot_object("–", false);
    return slot(value, label_nl, label_en);
  }

  std::string party_name(const std::string& id) const {
    const Partij* p = ctx_.party(trim(id));
    if (p && filled(p->naam)) return clause(p->naam.v);
    return trim(id);
  }
  std::vector<std::string> party_names(const IdList& ids) const {
    std::vector<std::string> out;
    for (const Str& id : ids.v)
      if (filled(id)) out.push_back(party_name(id.v));
    return out;
  }
  bool is_contract_party(const Partij& p) const {
    std::string soort = str(p.soort);
    if (soort == "zorgaanbieder" || soort == "zorgverzekeraar") return p.ondertekenaar.set;
    return true;
  }
  std::string date(const DateVal& d) const { return d.set ? format_date(d.v, lang_) : std::string(); }

  mu::data parties();
  mu::data schools();
  mu::data financing_rows();
  mu::data signatures();
  mu::data findings();
  void articles(mu::data& d);

  const Document& doc_;
  const Region& r_;
  const Afspraken& a_;
  RenderOptions opt_;
  Lang lang_;
  Context ctx_;
  std::vector<const Partij*> contract_parties_;  // in the order numbered
};

struct SoortInfo {
  const char* id;
  const char* one_nl;
  const char* many_nl;
  const char* one_en;
  const char* many_en;
};
const SoortInfo soorten[] = {
    {"gemeente", "Gemeente", "Gemeenten", "Municipality", "Municipalities"},
    {"samenwerkingsverband", "Samenwerkingsverband passend onderwijs", "Samenwerkingsverbanden passend onderwijs",
     "School partnership for inclusive education", "School partnerships for inclusive education"},
    {"zorgkantoor", "Zorgkantoor", "Zorgkantoren", "Care office (zorgkantoor)", "Care offices (zorgkantoren)"},
    {"schoolbestuur", "Schoolbestuur", "Schoolbesturen", "School board", "School boards"},
    {"zorgverzekeraar", "Zorgverzekeraar", "Zorgverzekeraars", "Health insurer", "Health insurers"},
    {"zorgaanbieder", "Zorgaanbieder", "Zorgaanbieders", "Care provider", "Care providers"},
    {"", "Overige partij", "Overige partijen", "Other party", "Other parties"},
};

const SoortInfo& soort_info(const std::string& id) {
  for (const SoortInfo& s : soorten)
    if (id == s.id) return s;
  return soorten[std::size(soorten) - 1];
}

mu::data ContractView::parties() {
  mu::data groups{mu::data::type::list};
  std::vector<std::vector<const Partij*>> by_group(std::size(soorten));
  for (const Partij& p : r_.partijen.v) {
    if (!is_contract_party(p)) continue;  // named under "betrokken" instead
    std::string soort = str(p.soort);
    size_t g = 0;
    while (g + 1 < std::size(soorten) && soort != soorten[g].id) ++g;
    by_group[g].push_back(&p);
  }
  size_t total = 0;
  for (auto& g : by_group) total += g.size();
  size_t nr = 0;
  for (size_t g = 0; g < by_group.size(); ++g) {
    if (by_group[g].empty()) continue;
    const SoortInfo& s = soorten[g];
    mu::data group;
    group.set("kop", by_group[g].size() == 1 ? t(s.one_nl, s.one_en) : t(s.many_nl, s.many_en));
    mu::data list{mu::data::type::list};
    for (const Partij* p : by_group[g]) {
      contract_parties_.push_back(p);
      ++nr;
      mu::data item;
      item.set("nr", std::to_string(nr));
      item.set("naam", filled(p->naam) ? clause(p->naam.v) : str(p->id));
      std::string code = str(p->code), soort = str(p->soort);
      std::string code_text;
      if (!code.empty()) {
        if (soort == "gemeente") {
          code_text = t("CBS-code ", "CBS code ") + code;
        } else if (soort == "zorgkantoor") {
          auto it = ctx_.ref.zorgkantoorregios.find(code);
          code_text = t("zorgkantoorregio ", "care office region ") + code +
                      (it != ctx_.ref.zorgkantoorregios.end() ? " " + it->second : "");
        } else {
          code_text = t("code ", "code ") + code;
        }
      }
      item.set("code", code_text.empty() ? mu::data(false) : mu::data(code_text));
      std::string sector = str(p->sector);
      item.set("sector", sector == "po"   ? mu::data(t("het primair onderwijs", "primary education"))
                         : sector == "vo" ? mu::data(t("het voortgezet onderwijs", "secondary education"))
                                          : mu::data(false));
      item.set("rol", filled(p->rol) ? mu::data(clause(p->rol.v)) : mu::data(false));
      const Ondertekenaar& o = p->ondertekenaar;
      mu::data vert = slot(clause(str(o.naam)), "naam van de ondertekenaar", "name of the signatory");
      item.set("vertegenwoordiger", vert);
      item.set("functie", vert.is_false() ? mu::data(false)
                                          : slot(clause(str(o.functie)), "functie van de ondertekenaar",
                                                 "position of the signatory"));
      item.set("eind", nr == total ? "," : ";");
      list.push_back(item);
    }
    group.set("partijen", list);
    groups.push_back(group);
  }
  return groups;
}

mu::data ContractView::schools() {
  mu::data rows{mu::data::type::list};
  for (const School* s : ctx_.covered()) {
    mu::data row;
    row.set("naam", filled(s->naam) ? clause(s->naam.v) : str(s->id));
    std::string brin = str(s->brin), vest = str(s->vestiging), code;
    if (!brin.empty() && !vest.empty() && vest != brin)
      code = brin + " / " + vest;
    else
      code = !vest.empty() ? vest : brin;
    row.set("brin", cell(code, "BRIN-nummer", "BRIN number"));
    std::vector<std::string> cl;
    for (const Int& c : s->clusters.v)
      if (c.set) cl.push_back(std::to_string(c.v));
    row.set("clusters", cell(join(cl, lang_), "cluster", "cluster"));
    std::string soort = str(s->soort);
    std::string soort_text = soort == "so"       ? "SO"
                             : soort == "vso"    ? "VSO"
                             : soort == "so-vso" ? t("SO en VSO", "SO and VSO")
                                                 : soort;
    row.set("soort", cell(soort_text, "soort onderwijs", "type of school"));
    if (s->leerlingen.set) {
      row.set("leerlingen", cell(format_count(s->leerlingen.v, lang_), "", ""));
    } else {
      row.set("leerlingen", cell("", "aantal leerlingen", "number of pupils"));
    }
    std::vector<std::string> providers = party_names(s->zorgaanbieders);
    row.set("aanbieders", cell(join(providers, lang_), "zorgaanbieders", "care providers"));
    rows.push_back(row);
  }
  return rows;
}

mu::data ContractView::financing_rows() {
  mu::data rows{mu::data::type::list};
  auto row = [&](std::string wet, mu::data fin, mu::data ink, mu::data aanb, mu::data budget) {
    mu::data r;
    r.set("wet", wet);
    r.set("financiers", fin);
    r.set("inkoper", ink);
    r.set("aanbieders", aanb);
    r.set("budget", budget);
    rows.push_back(r);
  };
  const mu::data dash = slot_object("–", false);
  if (a_.onderwijsondersteuning.set || opt_.concept)
    row(t("Onderwijsondersteuning (passend onderwijs)", "Educational support (inclusive education)"),
        cell(join(party_names(a_.onderwijsondersteuning.financiers), lang_), "financiers", "funders"), dash,
        slot_object(t("de scholen", "the schools"), false), dash);
  if (a_.jeugdhulp.set || opt_.concept) {
    const Jeugdhulp& j = a_.jeugdhulp;
    row(t("Jeugdhulp (Jeugdwet)", "Youth care (Jeugdwet)"),
        cell(join(party_names(j.financiers), lang_), "financiers", "funders"),
        cell(filled(j.inkoper) ? party_name(j.inkoper.v) : "", "inkoper", "purchaser"),
        cell(join(party_names(j.aanbieders), lang_), "aanbieders", "providers"),
        j.budget_per_jaar.set ? slot_object(format_euro(j.budget_per_jaar.v, lang_), false) : dash);
  }
  if (a_.wlz.set || opt_.concept) {
    std::string fin = filled(a_.wlz.financier) ? party_name(a_.wlz.financier.v) : "";
    // The zorgkantoor buys the Wlz care it pays for.
    row(t("Langdurige zorg (Wlz)", "Long-term care (Wlz)"), cell(fin, "financier", "funder"),
        cell(fin, "inkoper", "purchaser"), cell(join(party_names(a_.wlz.aanbieders), lang_), "aanbieders", "providers"),
        dash);
  }
  if (a_.zvw.set) {
    std::string fin = filled(a_.zvw.financier) ? party_name(a_.zvw.financier.v) : "";
    row(t("Zorgverzekeringswet (Zvw)", "Health Insurance Act (Zvw)"), cell(fin, "financier", "funder"),
        cell(fin, "inkoper", "purchaser"), dash, dash);
  }
  return rows;
}

mu::data ContractView::signatures() {
  mu::data list{mu::data::type::list};
  const std::string dots = "……………………………";
  for (const Partij* p : contract_parties_) {
    const Ondertekenaar& o = p->ondertekenaar;
    mu::data b;
    b.set("partij", filled(p->naam) ? clause(p->naam.v) : str(p->id));
    auto line = [&](const std::string& v, const char* nl, const char* en) {
      if (!v.empty()) return slot_object(v, false);
      return opt_.concept ? marker(nl, en) : slot_object(dots, false);
    };
    b.set("naam", line(clause(str(o.naam)), "naam", "name"));
    b.set("functie", line(clause(str(o.functie)), "functie", "position"));
    b.set("datum", slot_object(o.datum.set ? date(o.datum) : dots, false));
    b.set("lijn", dots);
    list.push_back(b);
  }
  return list;
}

mu::data ContractView::findings() {
  mu::data list{mu::data::type::list};
  for (const Finding& f : doc_.findings) {
    const Rule* rule = find_rule(f.rule);
    mu::data row;
    row.set("regel", rule ? f.rule + " " + rule->info.name : f.rule);
    row.set("ernst", severity_name(f.severity, lang_));
    std::string msg = f.message.in(lang_);
    const Text& hint = f.hint.empty() && rule ? rule->info.fix : f.hint;
    row.set("bericht", sentences(msg));
    row.set("aanpak", hint.empty() ? mu::data(false) : mu::data(capitalise(sentences(hint.in(lang_)))));
    row.set("plaats", f.pos.known() ? t("regel ", "line ") + std::to_string(f.pos.line) : "–");
    list.push_back(row);
  }
  return list;
}

void ContractView::articles(mu::data& d) {
  const Jeugdhulp& j = a_.jeugdhulp;
  const Wlz& w = a_.wlz;
  const bool concept = opt_.concept;
  std::vector<std::pair<const char*, bool>> order = {
      {"begrippen", true},
      {"doel", true},
      {"reikwijdte", true},
      {"oo", a_.onderwijsondersteuning.set || concept},
      {"jh", j.set || concept},
      {"wlz", w.set || concept},
      {"zvw", a_.zvw.set},
      {"fin", a_.onderwijsondersteuning.set || j.set || w.set || a_.zvw.set || concept},
      {"pgb", a_.pgb.set || concept},
      {"ouders", (a_.ouders.set && (filled(a_.ouders.aanspreekpunt) ||
                                    (a_.ouders.inspraak_aanbieder.set && a_.ouders.inspraak_aanbieder.v))) ||
                     concept},
      {"thuis", filled(a_.zorg_thuis) || concept},
      {"gegevens", true},
      {"buiten", filled(a_.buiten_regio) || concept},
      {"emb", a_.emb.set},
      {"geschil", a_.geschillenregeling.set || concept},
      {"doorzet", filled(a_.doorzettingsmacht.belegd_bij) || concept},
      {"looptijd", true},
  };
  int nr = 0;
  for (auto& [key, present] : order) {
    if (!present) {
      d.set(std::string("a_") + key, false);
      continue;
    }
    mu::data art;
    art.set("nr", std::to_string(++nr));
    d.set(std::string("a_") + key, art);
  }

  // Onderwijsondersteuning.
  const Onderwijsondersteuning& oo = a_.onderwijsondersteuning;
  d.set("oo_financiers", slot(join(party_names(oo.financiers), lang_), "financiers van de onderwijsondersteuning",
                              "funders of educational support"));
  d.set("oo_omschrijving", filled(oo.omschrijving) ? slot_object(sentences(oo.omschrijving.v), false) : mu::data(false));

  // Jeugdhulp.
  std::string vorm = str(j.vorm);
  bool known_vorm = vorm == "vrij_toegankelijk" || vorm == "collectief_ingekocht" || vorm == "individueel";
  d.set("jh_vrij", vorm == "vrij_toegankelijk");
  d.set("jh_collectief", vorm == "collectief_ingekocht");
  d.set("jh_individueel", vorm == "individueel");
  d.set("jh_vorm_open", known_vorm ? mu::data(false) : slot("", "vorm van de jeugdhulp", "form of youth care"));
  d.set("jh_financiers",
        slot(join(party_names(j.financiers), lang_), "gemeenten die de jeugdhulp financieren", "municipalities funding youth care"));
  std::string inkoper = filled(j.inkoper) ? party_name(j.inkoper.v) : "";
  d.set("jh_inkoper", slot(inkoper, "inkoper van de jeugdhulp", "purchaser of youth care"));
  bool inkoper_pays_alone = j.financiers.v.size() == 1 && filled(j.inkoper) && trim(j.financiers.v[0].v) == trim(j.inkoper.v);
  d.set("jh_namens", !inkoper_pays_alone && !j.financiers.v.empty());
  d.set("jh_aanbieders", slot(join(party_names(j.aanbieders), lang_), "jeugdhulpaanbieders", "youth care providers"));
  d.set("jh_omschrijving", filled(j.omschrijving) ? slot_object(sentences(j.omschrijving.v), false) : mu::data(false));
  bool collective = vorm == "vrij_toegankelijk" || vorm == "collectief_ingekocht" || str(w.vorm) == "collectief_natura";
  d.set("collectief", collective);

  // Wlz.
  std::string wvorm = str(w.vorm), prestatie = str(w.prestatie);
  d.set("wlz_financier", slot(filled(w.financier) ? party_name(w.financier.v) : "", "zorgkantoor", "care office"));
  d.set("wlz_collectief", wvorm == "collectief_natura");
  d.set("wlz_individueel", wvorm == "individueel_natura");
  d.set("wlz_vorm_open", wvorm == "collectief_natura" || wvorm == "individueel_natura"
                             ? mu::data(false)
                             : slot("", "vorm van de Wlz-zorg", "form of Wlz care"));
  d.set("wlz_aanbieders", slot(join(party_names(w.aanbieders), lang_), "zorgaanbieders Wlz", "Wlz care providers"));
  d.set("wlz_begeleiding", prestatie == "begeleiding");
  d.set("wlz_experiment", prestatie == "experiment_zio");
  d.set("wlz_prestatie_open", prestatie == "begeleiding" || prestatie == "experiment_zio"
                                  ? mu::data(false)
                                  : slot("", "prestatie (bekostiging) van de Wlz-zorg", "Wlz product (funding)"));
  d.set("wlz_omschrijving", filled(w.omschrijving) ? slot_object(sentences(w.omschrijving.v), false) : mu::data(false));

  // Zvw.
  const Zvw& z = a_.zvw;
  const Partij* zfin = filled(z.financier) ? ctx_.party(trim(z.financier.v)) : nullptr;
  d.set("zvw_financier", slot(filled(z.financier) ? party_name(z.financier.v) : "", "zorgverzekeraar", "health insurer"));
  d.set("zvw_geen_partij", zfin != nullptr && !is_contract_party(*zfin));
  d.set("zvw_omschrijving", filled(z.omschrijving) ? slot_object(sentences(z.omschrijving.v), false) : mu::data(false));

  // Pgb.
  const Pgb& p = a_.pgb;
  bool maatwerk_known = p.maatwerk_mogelijk.set;
  d.set("pgb_ja", maatwerk_known && p.maatwerk_mogelijk.v);
  d.set("pgb_nee", maatwerk_known && !p.maatwerk_mogelijk.v);
  d.set("pgb_open", maatwerk_known ? mu::data(false)
                                   : slot("", "of maatwerk met een individueel pgb in de klas mogelijk is",
                                          "whether tailored care with an individual pgb in class is possible"));
  d.set("pgb_voorwaarden", maatwerk_known && !p.maatwerk_mogelijk.v
                               ? (filled(p.voorwaarden) ? slot_object(sentences(p.voorwaarden.v), false) : mu::data(false))
                               : slot(filled(p.voorwaarden) ? sentences(p.voorwaarden.v) : "",
                                      "voorwaarden voor een individueel pgb in de klas",
                                      "conditions for an individual pgb in class"));

  // Ouders.
  const Ouders& o = a_.ouders;
  d.set("ouders_aanspreekpunt", slot(filled(o.aanspreekpunt) ? sentences(o.aanspreekpunt.v) : "",
                                     "aanspreekpunt voor ouders", "point of contact for parents"));
  bool inspraak = o.inspraak_aanbieder.set && o.inspraak_aanbieder.v;
  d.set("ouders_inspraak", inspraak);
  d.set("ouders_inspraak_open", inspraak ? mu::data(false)
                                         : slot("", "inspraak van ouders bij de keuze en evaluatie van zorgaanbieders",
                                                "parents' say in choosing and evaluating care providers"));

  // Zorg thuis, gegevens, buiten de regio.
  d.set("zorg_thuis", slot(filled(a_.zorg_thuis) ? sentences(a_.zorg_thuis.v) : "",
                           "afspraken over de aansluiting op zorg thuis", "arrangements on care at home"));
  d.set("gegevens", slot(filled(a_.gegevensuitwisseling) ? sentences(a_.gegevensuitwisseling.v) : "",
                         "afspraken over gegevensuitwisseling en privacy", "arrangements on data sharing and privacy"));
  d.set("buiten_regio", slot(filled(a_.buiten_regio) ? sentences(a_.buiten_regio.v) : "",
                             "afspraken voor leerlingen van buiten de regio", "arrangements for pupils from outside the region"));
  {
    std::set<std::string> party_codes;
    for (const Partij* g : ctx_.parties_of("gemeente"))
      if (filled(g->code)) party_codes.insert(trim(g->code.v));
    std::vector<std::string> outside;
    std::set<std::string> seen;
    for (const School* s : ctx_.covered())
      for (const Herkomst& h : s->herkomst.v) {
        std::string code = str(h.gemeente);
        if (code.empty() || party_codes.count(code) || !seen.insert(code).second) continue;
        auto it = ctx_.ref.gemeenten.find(code);
        outside.push_back(it != ctx_.ref.gemeenten.end() ? it->second.naam : code);
      }
    d.set("buiten_gemeenten", outside.empty() ? mu::data(false) : mu::data(join(outside, lang_)));
  }

  // EMB.
  const Emb& e = a_.emb;
  d.set("emb_leerlingen", e.leerlingen.set ? mu::data(format_count(e.leerlingen.v, lang_)) : mu::data(false));
  d.set("emb_bedrag", e.bedrag_per_leerling.set ? mu::data(format_euro(e.bedrag_per_leerling.v, lang_)) : mu::data(false));
  d.set("emb_schooljaar", filled(e.schooljaar) ? mu::data(trim(e.schooljaar.v)) : mu::data(false));

  // Geschillenregeling.
  const Geschillenregeling& g = a_.geschillenregeling;
  std::string gvorm = str(g.vorm);
  d.set("g_mediation", gvorm == "mediation");
  d.set("g_bindend_advies", gvorm == "bindend_advies");
  d.set("g_arbitrage", gvorm == "arbitrage");
  d.set("g_commissie", gvorm == "geschillencommissie");
  bool gknown = gvorm == "mediation" || gvorm == "bindend_advies" || gvorm == "arbitrage" || gvorm == "geschillencommissie";
  d.set("g_vorm_open", gknown ? mu::data(false) : slot("", "vorm van de geschillenregeling", "form of dispute resolution"));
  d.set("g_instantie", slot(filled(g.instantie) ? mid_sentence(clause(g.instantie.v), lang_) : "",
                            "wie het geschil beslecht", "who settles the dispute"));
  if (g.termijn_weken.set && g.termijn_weken.v > 0) {
    static const char* const words_nl[] = {"",      "een",   "twee",    "drie",    "vier",     "vijf",     "zes",
                                           "zeven", "acht",  "negen",   "tien",    "elf",      "twaalf",   "dertien",
                                           "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"};
    static const char* const words_en[] = {"",      "one",    "two",      "three",    "four",     "five",    "six",
                                           "seven", "eight",  "nine",     "ten",      "eleven",   "twelve",  "thirteen",
                                           "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    long long n = g.termijn_weken.v;
    std::string num = n <= 20 ? (lang_ == Lang::en ? words_en : words_nl)[n] : format_count(n, lang_);
    std::string unit = n == 1 ? t("week", "week") : t("weken", "weeks");
    d.set("g_termijn", num + " " + unit);
  } else {
    d.set("g_termijn", false);
  }
  d.set("g_omschrijving", filled(g.omschrijving) ? slot_object(sentences(g.omschrijving.v), false) : mu::data(false));

  // Doorzettingsmacht.
  d.set("doorzet", slot(filled(a_.doorzettingsmacht.belegd_bij) ? party_name(a_.doorzettingsmacht.belegd_bij.v) : "",
                        "partij met doorzettingsmacht", "party with the power to break deadlocks"));

  // Looptijd en evaluatie.
  d.set("ingang", slot(date(a_.looptijd.ingang), "ingangsdatum", "start date"));
  d.set("einde", slot(date(a_.looptijd.einde), "einddatum", "end date"));
  d.set("evaluatie", slot(date(a_.evaluatie.datum), "evaluatiedatum", "evaluation date"));
}

mu::data ContractView::build() {
  mu::data d;
  d.set("v", mu::partial([] { return std::string("{{#open}}**{{t}}**{{/open}}{{^open}}{{t}}{{/open}}"); }));
  d.set("concept", opt_.concept);
  d.set("regio", slot(clause(str(r_.regio.naam)), "naam van de regio", "name of the region"));
  std::string jz = str(r_.regio.jeugdregio);
  if (!jz.empty()) {
    auto it = ctx_.ref.jeugdregios.find(jz);
    d.set("jeugdregio", it != ctx_.ref.jeugdregios.end() ? jz + " " + it->second : jz);
  } else {
    d.set("jeugdregio", false);
  }
  std::set<long long> clusters;
  bool lta = false;
  for (const School* s : ctx_.covered())
    for (const Int& c : s->clusters.v)
      if (c.set) {
        clusters.insert(c.v);
        lta = lta || c.v == 1 || c.v == 2;
      }
  std::vector<std::string> cl;
  for (long long c : clusters) cl.push_back(std::to_string(c));
  d.set("clusters", cl.empty() ? mu::data(false) : mu::data(t("cluster ", "cluster ") + join(cl, lang_)));
  d.set("lta", lta);

  d.set("partijgroepen", parties());
  std::vector<std::string> others;
  for (const Partij& p : r_.partijen.v)
    if (!is_contract_party(p)) {
      std::string soort = str(p.soort);
      const SoortInfo& s = soort_info(soort);
      std::string label = t(s.one_nl, s.one_en);
      if (lang_ == Lang::nl) label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
      others.push_back((filled(p.naam) ? clause(p.naam.v) : str(p.id)) + " (" + label + ")");
    }
  d.set("betrokken", others.empty() ? mu::data(false) : mu::data(join(others, lang_)));

  d.set("scholen", schools());
  {
    long long total = 0;
    bool all = !ctx_.covered().empty();
    for (const School* s : ctx_.covered()) {
      all = all && s->leerlingen.set;
      if (s->leerlingen.set) total += s->leerlingen.v;
    }
    d.set("scholen_totaal", all && ctx_.covered().size() > 1 ? mu::data(format_count(total, lang_)) : mu::data(false));
  }
  d.set("scholen_open", ctx_.covered().empty() ? slot("", "scholen waarvoor de overeenkomst geldt", "schools covered")
                                               : mu::data(false));
  std::vector<std::string> uncovered;
  for (const School& s : r_.scholen.v)
    if (!ctx_.is_covered(s)) {
      std::vector<std::string> cl2;
      for (const Int& c : s.clusters.v)
        if (c.set) cl2.push_back(std::to_string(c.v));
      std::string name = filled(s.naam) ? clause(s.naam.v) : str(s.id);
      uncovered.push_back(cl2.empty() ? name : name + " (cluster " + join(cl2, lang_) + ")");
    }
  d.set("niet_gedekt", uncovered.empty() ? mu::data(false) : mu::data(join(uncovered, lang_)));

  articles(d);
  d.set("financiering", financing_rows());
  d.set("ondertekening", signatures());
  mu::data f = findings();
  d.set("bevindingen", f);
  d.set("heeft_bevindingen", !doc_.findings.empty());
  return d;
}

// ---------------------------------------------------------------------------
// The checklist

enum Group { partijen, reikwijdte, financiering, pgb, ouders, geschillen, looptijd, gegevens, overig, group_count };

const char* const group_nl[group_count] = {"Partijen",
                                           "Reikwijdte",
                                           "Financiering per wet",
                                           "Pgb",
                                           "Ouders en zorg thuis",
                                           "Geschillen en doorzettingsmacht",
                                           "Looptijd en ondertekening",
                                           "Gegevens",
                                           "Overige punten"};
const char* const group_en[group_count] = {"Parties",
                                           "Scope",
                                           "Funding per law",
                                           "Personal budget (pgb)",
                                           "Parents and care at home",
                                           "Disputes and deadlocks",
                                           "Term and signing",
                                           "Data",
                                           "Other points"};

// The leidraad points in the order a meeting goes through them; "D" stands
// for all data integrity rules as one point.
const std::pair<const char*, Group> checklist_points[] = {
    {"W01", partijen},     {"L03", partijen},     {"W03", reikwijdte},  {"W07", reikwijdte},   {"L02", reikwijdte},
    {"W05", financiering}, {"W06", financiering}, {"L09", financiering}, {"W08", financiering}, {"W09", financiering},
    {"W04", pgb},          {"L01", ouders},       {"L04", ouders},      {"L05", ouders},       {"W02", geschillen},
    {"L07", geschillen},   {"L06", looptijd},     {"W10", looptijd},    {"L08", gegevens},     {"D", gegevens},
};

class ChecklistView {
 public:
  ChecklistView(const Document* doc, const RenderOptions& opt, bool blank)
      : doc_(doc), opt_(opt), lang_(opt.lang), blank_(blank) {}
  mu::data build();

 private:
  std::string t(const char* nl, const char* en) const { return tr(lang_, nl, en); }
  // Why a rule cannot apply to this file; empty when it can.
  std::string not_applicable(const std::string& id, const Context& c) const;
  mu::data point(const std::string& id, const std::vector<const Rule*>& rules, const Context* c);

  const Document* doc_;
  RenderOptions opt_;
  Lang lang_;
  bool blank_;
  int done_ = 0, open_ = 0, na_ = 0, fout_ = 0, total_ = 0;
};

std::string ChecklistView::not_applicable(const std::string& id, const Context& c) const {
  const Afspraken& a = c.region.afspraken;
  if (id == "W07") {
    for (const School* s : c.covered())
      if (s->has_cluster(1) || s->has_cluster(2)) return {};
    return t("Er valt geen school van cluster 1 of 2 onder de afspraken.",
             "No school of cluster 1 or 2 is covered by the agreement.");
  }
  if (id == "W08" && str(a.wlz.prestatie) != "experiment_zio")
    return t("De Wlz-zorg wordt niet bekostigd via het NZa-experiment.",
             "Wlz care is not funded through the NZa experiment.");
  if (id == "W09" && !a.emb.set)
    return t("Er zijn geen afspraken over EMB-leerlingen.", "There are no arrangements for EMB pupils.");
  if (id == "L09" && str(a.jeugdhulp.vorm) != "individueel")
    return t("Jeugdhulp wordt niet per individuele beschikking ingezet.",
             "Youth care is not provided by individual decisions.");
  if (id == "W10") {
    std::string status = str(c.region.regio.status);
    if (status != "ter_ondertekening" && status != "ondertekend")
      return t("De afspraken zijn nog een concept; ondertekening is nog niet aan de orde.",
               "The agreement is still a draft; signing is not yet at issue.");
  }
  if (id == "W04") {
    std::string jv = str(a.jeugdhulp.vorm), wv = str(a.wlz.vorm);
    if (jv == "individueel" && wv == "individueel_natura" && !a.pgb.set)
      return t("Jeugdhulp en Wlz-zorg worden niet collectief geregeld en er is geen pgb-afspraak.",
               "Youth care and Wlz care are not arranged collectively and there is no pgb arrangement.");
  }
  if (id == "L03" && !filled(a.buiten_regio)) {
    for (const School* s : c.covered())
      if (!s->herkomst.v.empty()) return {};
    return t("Er is geen herkomst van leerlingen opgegeven.", "No pupils' home municipalities are given.");
  }
  return {};
}

mu::data ChecklistView::point(const std::string& id, const std::vector<const Rule*>& rules, const Context* c) {
  mu::data p;
  ++total_;
  const bool data_point = id == "D";
  std::string title, source;
  if (data_point) {
    title = t("De gegevens in het bestand kloppen", "The data in the file is correct");
    if (!rules.empty())
      title += " (" + std::string(rules.front()->info.id) + "–" + rules.back()->info.id + ")";
    std::vector<std::string> sources;
    for (const Rule* r : rules) {
      std::string s = r->info.source.in(lang_);
      if (std::find(sources.begin(), sources.end(), s) == sources.end()) sources.push_back(s);
    }
    for (size_t i = 0; i < sources.size(); ++i) source += (i ? "; " : "") + sources[i];
  } else {
    const Rule* r = rules.front();
    title = r->info.title.in(lang_) + " (" + r->info.id + " " + r->info.name + ")";
    source = r->info.source.in(lang_);
  }
  p.set("punt", title);
  p.set("bron", source);
  if (blank_) {
    p.set("status", "");
    p.set("is_open", false);
    std::string fix = data_point ? t("Controleer het bestand met zio validate en los elke D-bevinding op.",
                                     "Check the file with zio validate and resolve every D finding.")
                                 : rules.front()->info.fix.in(lang_);
    p.set("toelichting", fix);
    return p;
  }
  std::vector<const Finding*> found;
  for (const Finding& f : doc_->findings) {
    bool mine = data_point ? (!f.rule.empty() && f.rule[0] == 'D') : f.rule == id;
    if (mine) found.push_back(&f);
  }
  std::string status, note;
  bool is_open = false;
  if (!found.empty()) {
    status = t("open", "open");
    is_open = true;
    ++open_;
    bool any_fout = false;
    const size_t max_shown = 10;
    for (size_t i = 0; i < found.size() && i < max_shown; ++i) {
      const Finding& f = *found[i];
      any_fout = any_fout || f.severity == Severity::fout;
      const Rule* r = find_rule(f.rule);
      std::string where = f.pos.known() ? t(", regel ", ", line ") + std::to_string(f.pos.line) : "";
      std::string head = (data_point ? f.rule + " " : std::string()) + severity_name(f.severity, lang_) + where;
      const Text& hint = f.hint.empty() && r ? r->info.fix : f.hint;
      if (!note.empty()) note += " ";
      note += capitalise(head) + ": " + sentences(f.message.in(lang_));
      if (!hint.empty()) note += t(" Aanpak: ", " Fix: ") + capitalise(sentences(hint.in(lang_)));
    }
    for (size_t i = max_shown; i < found.size(); ++i) any_fout = any_fout || found[i]->severity == Severity::fout;
    if (found.size() > max_shown)
      note += t(" En nog ", " And ") + std::to_string(found.size() - max_shown) +
              t(" bevindingen (zie zio validate).", " more findings (see zio validate).");
    if (any_fout) ++fout_;
  } else if (std::string why = c && !data_point ? not_applicable(id, *c) : std::string(); !why.empty()) {
    status = t("n.v.t.", "n/a");
    note = why;
    ++na_;
  } else {
    status = t("gedaan", "done");
    ++done_;
  }
  p.set("status", status);
  p.set("is_open", is_open);
  p.set("toelichting", note);
  return p;
}

mu::data ChecklistView::build() {
  mu::data d;
  d.set("blank", blank_);
  std::optional<Context> ctx;
  if (doc_ && !blank_) ctx.emplace(*doc_, doc_->findings);
  const Region* r = doc_ ? &doc_->region : nullptr;
  std::string naam = r ? clause(str(r->regio.naam)) : "";
  d.set("regio", naam.empty() ? mu::data(false) : mu::data(naam));
  d.set("peildatum", r && r->regio.peildatum.set && !blank_ ? mu::data(format_date(r->regio.peildatum.v, lang_))
                                                            : mu::data(false));
  std::string status = r ? str(r->regio.status) : "";
  std::string status_text = status == "concept"             ? t("concept", "draft")
                            : status == "ter_ondertekening" ? t("ter ondertekening", "for signature")
                            : status == "ondertekend"       ? t("ondertekend", "signed")
                                                            : status;
  d.set("status", status_text.empty() || blank_ ? mu::data(false) : mu::data(status_text));

  // Rules by point; W and L rules the point list does not name go to "Overige punten".
  std::vector<const Rule*> data_rules;
  std::set<std::string> listed;
  for (const auto& [id, g] : checklist_points) listed.insert(id);
  std::vector<std::string> extra;
  for (const Rule* rule : all_rules()) {
    std::string id = rule->info.id;
    if (id[0] == 'D')
      data_rules.push_back(rule);
    else if (!listed.count(id))
      extra.push_back(id);
  }
  std::vector<mu::data> groups(group_count, mu::data(mu::data::type::list));
  const Context* c = ctx ? &*ctx : nullptr;
  for (const auto& [id, g] : checklist_points) {
    if (std::string(id) == "D") {
      groups[g].push_back(point("D", data_rules, c));
      continue;
    }
    const Rule* rule = find_rule(id);
    if (!rule) continue;
    groups[g].push_back(point(id, {rule}, c));
  }
  for (const std::string& id : extra) groups[overig].push_back(point(id, {find_rule(id)}, c));

  mu::data list{mu::data::type::list};
  for (int g = 0; g < group_count; ++g) {
    if (groups[g].is_empty_list()) continue;
    mu::data group;
    group.set("kop", lang_ == Lang::en ? group_en[g] : group_nl[g]);
    group.set("punten", groups[g]);
    list.push_back(group);
  }
  d.set("groepen", list);
  d.set("totaal", std::to_string(total_));
  d.set("gedaan", std::to_string(done_));
  d.set("open", std::to_string(open_));
  d.set("nvt", std::to_string(na_));
  d.set("fouten_een", fout_ == 1);
  d.set("fouten_meer", fout_ > 1 ? mu::data(std::to_string(fout_)) : mu::data(false));
  return d;
}

}  // namespace

std::string contract_markdown(const Document& doc, const RenderOptions& opt) {
  check_region(doc);
  ContractView view(doc, opt);
  return render_template(template_name("contract", opt.lang), view.build());
}

std::string checklist_markdown(const Document* doc, const RenderOptions& opt, bool blank) {
  if (!doc && !blank) throw std::invalid_argument("checklist: a filled-in checklist needs a document");
  if (doc) check_region(*doc);
  ChecklistView view(doc, opt, blank);
  return render_template(template_name("checklist", opt.lang), view.build());
}

}  // namespace zio
