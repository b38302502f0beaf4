// The contract's view: a validated region Document -> the Mustache data of
// templates/contract.{nl,en}.md.mustache -> Markdown. The template holds the
// sentences; this file decides which articles are present (numbered without
// gaps), and in which words enum values, dates and amounts appear.
#include "render/view.h"

#include "model/limits.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <vector>

#include "load/refdata.h"
#include "render/format.h"
#include "render/mustache_glue.h"
#include "render/view_util.h"
#include "rules/context.h"
#include "rules/rule.h"

namespace zio {

namespace mu = kainjow::mustache;
using view::and_list;
using view::str;
using view::tr;

namespace {

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
  // The Zvw insurers: zvw.financier and zvw.financiers, each once.
  std::vector<std::string> zvw_insurers() const {
    std::vector<std::string> names;
    auto add = [&](const Str& id) {
      if (!filled(id)) return;
      std::string n = party_name(id.v);
      if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
    };
    add(a_.zvw.financier);
    for (const Str& id : a_.zvw.financiers.v) add(id);
    return names;
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
    row.set("clusters", cell(and_list(cl, lang_), "cluster", "cluster"));
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
    row.set("aanbieders", cell(and_list(providers, lang_), "zorgaanbieders", "care providers"));
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
        cell(and_list(party_names(a_.onderwijsondersteuning.financiers), lang_), "financiers", "funders"), dash,
        slot_object(t("de scholen", "the schools"), false), dash);
  if (a_.jeugdhulp.set || opt_.concept) {
    const Jeugdhulp& j = a_.jeugdhulp;
    row(t("Jeugdhulp (Jeugdwet)", "Youth care (Jeugdwet)"),
        cell(and_list(party_names(j.financiers), lang_), "financiers", "funders"),
        cell(filled(j.inkoper) ? party_name(j.inkoper.v) : "", "inkoper", "purchaser"),
        cell(and_list(party_names(j.aanbieders), lang_), "aanbieders", "providers"),
        j.budget_per_jaar.set ? slot_object(format_euro(j.budget_per_jaar.v, lang_), false) : dash);
  }
  if (a_.wlz.set || opt_.concept) {
    std::string fin = filled(a_.wlz.financier) ? party_name(a_.wlz.financier.v) : "";
    // The zorgkantoor buys the Wlz care it pays for.
    row(t("Langdurige zorg (Wlz)", "Long-term care (Wlz)"), cell(fin, "financier", "funder"),
        cell(fin, "inkoper", "purchaser"), cell(and_list(party_names(a_.wlz.aanbieders), lang_), "aanbieders", "providers"),
        dash);
  }
  if (a_.zvw.set) {
    std::string fin = and_list(zvw_insurers(), lang_);
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
  mu::data own{mu::data::type::list};  // afspraken.overige_artikelen, before the closing article
  for (auto& [key, present] : order) {
    if (std::string(key) == "looptijd")
      for (const Artikel& x : a_.overige_artikelen.v) {
        if (!filled(x.titel) && !filled(x.tekst)) continue;
        mu::data art;
        art.set("nr", std::to_string(++nr));
        art.set("titel", filled(x.titel) ? clause(x.titel.v) : t("Overige afspraak", "Further arrangement"));
        art.set("tekst", slot(filled(x.tekst) ? sentences(x.tekst.v) : "", "tekst van het artikel", "text of the article"));
        own.push_back(art);
      }
    if (!present) {
      d.set(std::string("a_") + key, false);
      continue;
    }
    mu::data art;
    art.set("nr", std::to_string(++nr));
    d.set(std::string("a_") + key, art);
  }

  d.set("eigen_artikelen", own);

  // A law's part declared niet_van_toepassing: the article gives the reason
  // instead of the arrangements.
  auto nvt = [&](const Str& reason) {
    return filled(reason) ? slot_object(sentences(reason.v), false) : mu::data(false);
  };
  d.set("oo_nvt", nvt(a_.onderwijsondersteuning.niet_van_toepassing));
  d.set("jh_nvt", nvt(j.niet_van_toepassing));
  d.set("wlz_nvt", nvt(w.niet_van_toepassing));

  // Onderwijsondersteuning.
  const Onderwijsondersteuning& oo = a_.onderwijsondersteuning;
  d.set("oo_financiers", slot(and_list(party_names(oo.financiers), lang_), "financiers van de onderwijsondersteuning",
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
        slot(and_list(party_names(j.financiers), lang_), "gemeenten die de jeugdhulp financieren", "municipalities funding youth care"));
  std::string inkoper = filled(j.inkoper) ? party_name(j.inkoper.v) : "";
  d.set("jh_inkoper", slot(inkoper, "inkoper van de jeugdhulp", "purchaser of youth care"));
  bool inkoper_pays_alone = j.financiers.v.size() == 1 && filled(j.inkoper) && trim(j.financiers.v[0].v) == trim(j.inkoper.v);
  d.set("jh_namens", !inkoper_pays_alone && !j.financiers.v.empty());
  d.set("jh_aanbieders", slot(and_list(party_names(j.aanbieders), lang_), "jeugdhulpaanbieders", "youth care providers"));
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
  d.set("wlz_aanbieders", slot(and_list(party_names(w.aanbieders), lang_), "zorgaanbieders Wlz", "Wlz care providers"));
  d.set("wlz_begeleiding", prestatie == "begeleiding");
  d.set("wlz_experiment", prestatie == "experiment_zio");
  d.set("wlz_prestatie_open", prestatie == "begeleiding" || prestatie == "experiment_zio"
                                  ? mu::data(false)
                                  : slot("", "prestatie (bekostiging) van de Wlz-zorg", "Wlz product (funding)"));
  d.set("wlz_omschrijving", filled(w.omschrijving) ? slot_object(sentences(w.omschrijving.v), false) : mu::data(false));

  // Zvw.
  const Zvw& z = a_.zvw;
  // Not a party when no insurer named is a contract party.
  bool insurer_party = false, insurer_named = false;
  std::vector<const Str*> insurer_ids = {&z.financier};
  for (const Str& id : z.financiers.v) insurer_ids.push_back(&id);
  for (const Str* id : insurer_ids)
    if (const Partij* zfin = filled(*id) ? ctx_.party(trim(id->v)) : nullptr) {
      insurer_named = true;
      insurer_party = insurer_party || is_contract_party(*zfin);
    }
  d.set("zvw_financier", slot(and_list(zvw_insurers(), lang_), "zorgverzekeraar", "health insurer"));
  d.set("zvw_geen_partij", insurer_named && !insurer_party);
  d.set("zvw_meer", zvw_insurers().size() > 1);
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
    d.set("buiten_gemeenten", outside.empty() ? mu::data(false) : mu::data(and_list(outside, lang_)));
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
  d.set("clusters", cl.empty() ? mu::data(false) : mu::data(t("cluster ", "cluster ") + and_list(cl, lang_)));
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
  d.set("betrokken", others.empty() ? mu::data(false) : mu::data(and_list(others, lang_)));

  d.set("scholen", schools());
  {
    long long total = 0;
    bool all = !ctx_.covered().empty();
    // Only plausible counts (model/limits.h): the sum cannot overflow, and a
    // total over an impossible count would be no total at all.
    for (const School* s : ctx_.covered()) {
      all = all && s->leerlingen.set && plausible_count(s->leerlingen.v);
      if (all) total += s->leerlingen.v;
    }
    d.set("scholen_totaal", all && ctx_.covered().size() > 1 ? mu::data(format_count(total, lang_)) : mu::data(false));
  }
  d.set("scholen_open", ctx_.covered().empty() ? slot("", "scholen waarvoor de overeenkomst geldt", "schools covered")
                                               : mu::data(false));
  // Schools that join later (afspraken.fasering) are named with their date,
  // the same thing W03 says; the others not covered are listed as such.
  mu::data phased{mu::data::type::list};
  auto phase_of = [&](const School& s) -> const Fase* {
    for (const Fase& f : a_.fasering.v)
      if (filled(s.id) && f.school.set && f.school.v == s.id.v && f.vanaf.set) return &f;
    return nullptr;
  };
  std::vector<std::string> uncovered;
  for (const School& s : r_.scholen.v)
    if (const Fase* f = ctx_.is_covered(s) ? nullptr : phase_of(s)) {
      mu::data row;
      row.set("school", filled(s.naam) ? clause(s.naam.v) : str(s.id));
      row.set("vanaf", date(f->vanaf));
      phased.push_back(row);
    } else if (!ctx_.is_covered(s)) {
      std::vector<std::string> cl2;
      for (const Int& c : s.clusters.v)
        if (c.set) cl2.push_back(std::to_string(c.v));
      std::string name = filled(s.naam) ? clause(s.naam.v) : str(s.id);
      uncovered.push_back(cl2.empty() ? name : name + " (cluster " + and_list(cl2, lang_) + ")");
    }
  d.set("niet_gedekt", uncovered.empty() ? mu::data(false) : mu::data(and_list(uncovered, lang_)));
  d.set("fasering_kop", !phased.is_empty_list());
  d.set("fasering", phased);

  articles(d);
  d.set("financiering", financing_rows());
  d.set("ondertekening", signatures());
  mu::data f = findings();
  d.set("bevindingen", f);
  d.set("heeft_bevindingen", !doc_.findings.empty());
  return d;
}

}  // namespace

std::string contract_markdown(const Document& doc, const RenderOptions& opt) {
  view::check_region(doc);
  ContractView view(doc, opt);
  return render_template(view::template_name("contract", opt.lang), view.build());
}

}  // namespace zio
