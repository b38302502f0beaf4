// The report's view: Summary -> Mustache data -> Markdown, and the charts.
// The templates (templates/report.*.md.mustache) hold the sentences; this
// file decides what is present, counts and words ("3 afspraken", "1
// school"), and numbers the sections.
#include "report/report_view.h"

#include "render/mustache_glue.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include "load/resources.h"
#include "render/format.h"
#include "render/markdown_escape.h"
#include "util/text.h"
#include "report/chart.h"
#include "rules/rule.h"

namespace zio {

namespace mu = kainjow::mustache;

namespace {

// ---------------------------------------------------------------------------
// Words and numbers

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

class Words {
 public:
  explicit Words(Lang lang) : lang_(lang) {}
  Lang lang() const { return lang_; }
  std::string t(const char* nl, const char* en) const { return lang_ == Lang::en ? en : nl; }

  std::string count(long long n) const { return format_count(n, lang_); }
  // "1 afspraak" / "3 afspraken".
  std::string n(long long v, const char* one_nl, const char* many_nl, const char* one_en, const char* many_en) const {
    return count(v) + " " + (v == 1 ? t(one_nl, one_en) : t(many_nl, many_en));
  }
  std::string afspraken(long long v) const { return n(v, "afspraak", "afspraken", "agreement", "agreements"); }
  std::string scholen(long long v) const { return n(v, "school", "scholen", "school", "schools"); }
  std::string leerlingen(long long v) const { return n(v, "leerling", "leerlingen", "pupil", "pupils"); }
  std::string bestanden(long long v) const { return n(v, "bestand", "bestanden", "file", "files"); }
  // "1 bestand dat niet kon worden gelezen" / "3 bestanden die niet konden ...".
  std::string unreadable(size_t v) const {
    return v == 1 ? t("1 bestand dat niet kon worden gelezen", "1 file that could not be read")
                  : count(static_cast<long long>(v)) + t(" bestanden die niet konden worden gelezen", " files that could not be read");
  }
  std::string fouten(long long v) const { return n(v, "fout", "fouten", "error", "errors"); }

  // "A, B en C".
  std::string join(const std::vector<std::string>& items) const { return zio::join(items, ", ", t(" en ", " and ")); }

  // One decimal, decimal comma in Dutch: "95,4".
  std::string decimal(double v, int places) const {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", places, v);
    std::string s = buf;
    if (s == "-0" || s == "-0.0" || s == "-0.00") s = s.substr(1);
    if (lang_ == Lang::nl)
      for (char& c : s)
        if (c == '.') c = ',';
    return s;
  }
  std::string percent(double share) const { return decimal(share * 100.0, 1) + "%"; }
  // "8 van 342 (2,3%)".
  std::string of(long long part, long long whole) const {
    std::string s = count(part) + t(" van ", " of ") + count(whole);
    if (whole > 0) s += " (" + percent(static_cast<double>(part) / static_cast<double>(whole)) + ")";
    return s;
  }
  std::string of_plain(long long part, long long whole) const { return count(part) + t(" van ", " of ") + count(whole); }

  std::string date(const std::string& iso) const {
    Date d;
    if (iso.empty() || !Date::parse_shape(iso, d) || !d.valid()) return iso.empty() ? t("onbekend", "unknown") : iso;
    d.text = iso;
    return format_date(d, lang_);
  }
  // Short, for tables: 15-11-2025 (nl) / 2025-11-15 (en).
  std::string short_date(const std::string& iso) const {
    Date d;
    if (iso.empty() || !Date::parse_shape(iso, d) || !d.valid()) return "–";
    if (lang_ == Lang::en) return iso;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d-%02d-%04d", d.d, d.m, d.y);
    return buf;
  }

  std::string status(const std::string& s) const {
    if (s == "concept") return t("concept", "draft");
    if (s == "ter_ondertekening") return t("ter ondertekening", "ready for signature");
    if (s == "ondertekend") return t("ondertekend", "signed");
    if (s.empty() || s == "geen") return t("geen status", "no status");
    return s;  // as written (a D02 fout)
  }
  std::string jeugdhulp(const std::string& v) const {
    if (v == "vrij_toegankelijk") return t("vrij toegankelijk", "freely accessible");
    if (v == "collectief_ingekocht") return t("collectief ingekocht", "purchased collectively");
    if (v == "individueel") return t("individueel", "individual");
    if (v == nvt_key) return t("niet van toepassing", "not applicable");
    if (v.empty() || v == "geen") return t("niet geregeld", "not arranged");
    return v;
  }
  std::string wlz(const std::string& v) const {
    if (v == "collectief_natura") return t("collectief in natura", "collective, in kind");
    if (v == "individueel_natura") return t("individueel in natura", "individual, in kind");
    if (v == nvt_key) return t("niet van toepassing", "not applicable");
    if (v.empty() || v == "geen") return t("niet geregeld", "not arranged");
    return v;
  }
  std::string actie_status(const std::string& v) const {
    if (v == "gepland") return t("gepland", "planned");
    if (v == "in_uitvoering") return t("in uitvoering", "in progress");
    if (v == "afgerond") return t("afgerond", "completed");
    if (v == "vertraagd") return t("vertraagd", "delayed");
    if (v == "gestopt") return t("gestopt", "stopped");
    if (v.empty()) return t("niet opgegeven", "not given");
    return v;
  }
  std::string motie_status(const std::string& v) const {
    if (v == "afgedaan") return t("afgedaan", "dealt with");
    if (v == "in_behandeling") return t("in behandeling", "pending");
    if (v.empty()) return t("niet opgegeven", "not given");
    return v;
  }
  // "+2", "−1" (minus sign), "0".
  std::string diff(long long d) const {
    if (d == 0) return "0";
    return (d > 0 ? "+" : "\u2212") + count(d > 0 ? d : -d);
  }
  std::string diff(double d, int places, const std::string& unit = "") const {
    std::string s = decimal(std::fabs(d), places);
    bool zero = s.find_first_not_of("0.,") == std::string::npos;
    if (zero) return "0" + unit;
    return (d > 0 ? "+" : "\u2212") + s + unit;
  }

 private:
  Lang lang_;
};

// ---------------------------------------------------------------------------
// The five actions of the 2026 letter, for naming those the national file
// leaves out (seed 000: "Met de verbeteraanpak ZiO wil ik het volgende doen").
const char* const five_actions_nl[5] = {
    "Aanpassen wetgeving voor cluster 3 en 4",
    "Stimuleren van bestuurlijke afspraken op regionaal of lokaal niveau voor cluster 3 en 4",
    "Informatie en ondersteuning aan het veld",
    "Toetreden tot Landelijk Transitiearrangement (LTA) voor cluster 1 en 2",
    "Handhaving bekostiging voor Ernstig Meervoudig Beperkte leerlingen (EMB-regeling)",
};
const char* const five_actions_en[5] = {
    "Amending legislation for clusters 3 and 4",
    "Encouraging administrative agreements at regional or local level for clusters 3 and 4",
    "Information and support for the field",
    "Joining the national transition arrangement (LTA) for clusters 1 and 2",
    "Maintaining funding for pupils with profound multiple disabilities (EMB scheme)",
};

// ---------------------------------------------------------------------------
// The view

// A list for a template block with a lead-in: {items: [...]}, or false when
// empty (kainjow's Mustache has no -first).
mu::data wrap(const mu::data& list) {
  if (list.is_empty_list()) return mu::data(false);
  mu::data o;
  o.set("items", list);
  return o;
}

class ReportView {
 public:
  ReportView(const Summary& s, const ReportDetails& d, const Comparison* cmp, const ReportOptions& opt)
      : s_(s), d_(d), cmp_(cmp), w_(opt.lang), images_wanted_(opt.images) {}

  mu::data build();
  std::map<std::string, Image> images() { return std::move(images_); }
  std::string title() const;

 private:
  std::string t(const char* nl, const char* en) const { return w_.t(nl, en); }
  mu::data section(const char* key, bool present, mu::data& d);

  void intro(mu::data& d);
  mu::data headline_rows(const Figures& ok, const Figures& all, bool two_columns) const;
  void notes(mu::data& d);
  void status_and_coverage(mu::data& d);
  void financing(mu::data& d);
  void changes(mu::data& d);
  void actions(mu::data& d);
  void motions(mu::data& d);
  void regions(mu::data& d);
  void overlaps(mu::data& d);
  void dates(mu::data& d);
  void annexes(mu::data& d);

  std::string region_name(const RegionRow& r) const { return r.facts.naam.empty() ? r.file : r.facts.naam; }
  void chart(const std::string& name, const BarChart& c);

  const Summary& s_;
  const ReportDetails& d_;
  const Comparison* cmp_;
  Words w_;
  int section_nr_ = 0;
  std::map<std::string, std::string> section_numbers_;
  std::map<std::string, Image> images_;
  ReportOptions::Images images_wanted_;
};

// The width="" or height="" of an SVG's root element; 0 when not found.
int svg_size(const std::string& svg, const char* attr) {
  size_t root = svg.find("<svg");
  if (root == std::string::npos) return 0;
  size_t end = svg.find('>', root);
  std::string key = std::string(" ") + attr + "=\"";
  size_t at = svg.find(key, root);
  if (at == std::string::npos || at > end) return 0;
  return std::atoi(svg.c_str() + at + key.size());
}

void ReportView::chart(const std::string& name, const BarChart& chart_in) {
  if (images_wanted_ == ReportOptions::Images::none) return;
  BarChart c = chart_in;
  c.decimal_mark = w_.lang() == Lang::en ? '.' : ',';
  if (images_wanted_ == ReportOptions::Images::svg) {
    Image img;
    img.svg = bar_chart_svg(c);
    img.width_px = svg_size(img.svg, "width");
    img.height_px = svg_size(img.svg, "height");
    if (img.width_px > 0 && img.height_px > 0) {
      images_[name] = std::move(img);
      return;
    }
  }
  images_[name] = chart_image(c);
}

std::string ReportView::title() const {
  if (s_.national && !trim(s_.national->titel).empty()) return trim(s_.national->titel);
  return t("Voortgang Zorg in Onderwijstijd", "Progress report Zorg in Onderwijstijd");
}

mu::data ReportView::section(const char* key, bool present, mu::data& d) {
  if (!present) {
    d.set(std::string("s_") + key, false);
    return mu::data(false);
  }
  mu::data s;
  std::string nr = std::to_string(++section_nr_);
  s.set("nr", nr);
  section_numbers_[key] = nr;
  d.set(std::string("s_") + key, s);
  return s;
}

void ReportView::intro(mu::data& d) {
  d.set("titel", title());
  std::string kenmerk = s_.national ? trim(s_.national->kenmerk) : "";
  d.set("kenmerk", kenmerk.empty() ? mu::data(false) : mu::data(kenmerk));
  d.set("peildatum", w_.date(s_.report_date));
  d.set("peildatum_landelijk", s_.national && !s_.national->peildatum.empty() && s_.national->peildatum == s_.report_date);
  if (cmp_) {
    mu::data v;
    v.set("peildatum", w_.date(cmp_->then.report_date));
    d.set("vorige", v);
  } else {
    d.set("vorige", false);
  }
  d.set("n_bestanden", w_.bestanden(s_.files));
  if (s_.national) {
    mu::data l;
    l.set("bestand", s_.national->file);
    l.set("fouten", s_.national->fouten > 0 ? mu::data(w_.fouten(s_.national->fouten)) : mu::data(false));
    d.set("landelijk", l);
  } else {
    d.set("landelijk", false);
  }
  d.set("geen_landelijk", !s_.national);
  std::vector<std::string> files{w_.n(static_cast<long long>(s_.regions.size()), "regionale afspraak", "regionale afspraken",
                                      "regional agreement", "regional agreements")};
  if (s_.national)
    files.push_back(t("het landelijke bestand ", "the national file ") + s_.national->file +
                    t(" (met de stand van de acties en moties)", " (with the status of the actions and motions)"));
  if (!s_.unreadable.empty()) files.push_back(w_.unreadable(s_.unreadable.size()) + t(" (bijlage A)", " (annex A)"));
  d.set("bestanden_lijst", w_.join(files));
  d.set("onleesbaar", s_.unreadable.empty() ? mu::data(false) : mu::data(w_.unreadable(s_.unreadable.size())));
  d.set("met_fouten", s_.regions_with_fouten > 0 ? mu::data(w_.afspraken(s_.regions_with_fouten)) : mu::data(false));
  d.set("zonder_fouten", w_.afspraken(s_.ok.regions));
  d.set("geen_fouten", s_.regions_with_fouten == 0);
}

// The headline figures as table rows: {label, ok, all}.
mu::data ReportView::headline_rows(const Figures& ok, const Figures& all, bool two) const {
  mu::data rows{mu::data::type::list};
  auto row = [&](const std::string& label, const std::string& a, const std::string& b) {
    mu::data r;
    r.set("label", label);
    r.set("ok", a);
    r.set("all", two ? mu::data(b) : mu::data(false));
    rows.push_back(r);
  };
  auto counts = [&](const std::string& label, long long a, long long b) { row(label, w_.count(a), w_.count(b)); };
  counts(t("Regionale afspraken", "Regional agreements"), ok.regions, all.regions);
  for (const Count& c : ok.status) {
    int b = all.status_count(c.key);
    if ((c.key == "geen" || c.key == nvt_key) && c.n == 0 && b == 0) continue;
    counts(t("waarvan ", "of which ") + w_.status(c.key), c.n, b);
  }
  if (two) row(t("Afspraken met fouten (niet in de kerncijfers)", "Agreements with errors (not in the headline figures)"), "–",
               w_.count(all.regions - ok.regions));
  counts(t("Scholen voor cluster 3 of 4 onder een afspraak", "Cluster 3 or 4 schools covered"), ok.cluster34_schools,
         all.cluster34_schools);
  counts(t("waarvan cluster 3", "of which cluster 3"), ok.cluster3_schools, all.cluster3_schools);
  counts(t("waarvan cluster 4", "of which cluster 4"), ok.cluster4_schools, all.cluster4_schools);
  counts(t("Leerlingen op deze scholen", "Pupils at these schools"), ok.cluster34_pupils, all.cluster34_pupils);
  row(t("Gemeenten die partij zijn", "Municipalities taking part"),
      w_.of(static_cast<long long>(ok.gemeenten.size()), ok.gemeenten_total),
      w_.of(static_cast<long long>(all.gemeenten.size()), all.gemeenten_total));
  row(t("Jeugdregio's", "Youth care regions"), w_.of(static_cast<long long>(ok.jeugdregios.size()), ok.jeugdregios_total),
      w_.of(static_cast<long long>(all.jeugdregios.size()), all.jeugdregios_total));
  row(t("Zorgkantoorregio's", "Care office regions"),
      w_.of(static_cast<long long>(ok.zorgkantoorregios.size()), ok.zorgkantoorregios_total),
      w_.of(static_cast<long long>(all.zorgkantoorregios.size()), all.zorgkantoorregios_total));
  auto share = [&](const Figures& f) {
    if (f.herkomst_pupils == 0) return std::string("–");
    return w_.percent(f.herkomst_share()) + " (" + w_.of_plain(f.herkomst_party_pupils, f.herkomst_pupils) + ")";
  };
  row(t("Leerlingen uit een gemeente die partij is", "Pupils whose home municipality is a party"), share(ok), share(all));
  row(t("Afspraken met een geschillenregeling", "Agreements with a dispute arrangement"),
      w_.of_plain(ok.geschillenregeling, ok.regions), w_.of_plain(all.geschillenregeling, all.regions));
  for (const Count& c : ok.jeugdhulp) {
    int b = all.jeugdhulp_count(c.key);
    if ((c.key == "geen" || c.key == nvt_key) && c.n == 0 && b == 0) continue;
    counts(t("Jeugdhulp: ", "Youth care: ") + w_.jeugdhulp(c.key), c.n, b);
  }
  for (const Count& c : ok.wlz) {
    int b = all.wlz_count(c.key);
    if ((c.key == "geen" || c.key == nvt_key) && c.n == 0 && b == 0) continue;
    counts(t("Wlz-zorg: ", "Wlz care: ") + w_.wlz(c.key), c.n, b);
  }
  row(t("Afspraken met de pgb-uitzondering", "Agreements keeping the pgb exception"),
      w_.of_plain(ok.pgb_uitzondering, ok.regions), w_.of_plain(all.pgb_uitzondering, all.regions));
  auto providers = [&](const Figures& f) {
    if (f.schools == 0) return std::string("–");
    return t("gemiddeld ", "mean ") + w_.decimal(f.zorgaanbieders_mean, 2) + t("; hoogstens ", "; at most ") +
           w_.count(f.zorgaanbieders_max);
  };
  row(t("Zorgaanbieders per school", "Care providers per school"), providers(ok), providers(all));
  counts(t("EMB-leerlingen", "EMB pupils"), ok.emb_leerlingen, all.emb_leerlingen);
  return rows;
}

void ReportView::notes(mu::data& d) {
  const Figures& ok = s_.ok;
  const Figures& all = s_.all;
  d.set("geschil_alle", w_.of_plain(all.geschillenregeling, all.regions));
  d.set("geschil_ok", w_.of_plain(ok.geschillenregeling, ok.regions));
  d.set("herkomst_leerlingen", ok.herkomst_pupils > 0 ? mu::data(w_.leerlingen(ok.herkomst_pupils)) : mu::data(false));
  d.set("onbekende_leerlingen",
        ok.cluster34_pupils_unknown > 0 ? mu::data(w_.scholen(ok.cluster34_pupils_unknown)) : mu::data(false));
  d.set("op_naam", ok.schools_by_name > 0 ? mu::data(w_.scholen(ok.schools_by_name)) : mu::data(false));
}

void ReportView::status_and_coverage(mu::data& d) {
  const Figures& ok = s_.ok;
  const Figures& all = s_.all;
  const bool fouten = s_.regions_with_fouten > 0;
  // Agreements by status.
  std::vector<std::string> cats, ok_parts, fout_parts;
  std::vector<double> ok_vals, fout_vals;
  for (const Count& c : ok.status) {
    int f = all.status_count(c.key) - c.n;
    if (c.key == "geen" && c.n == 0 && f == 0) continue;
    cats.push_back(w_.status(c.key));
    ok_vals.push_back(c.n);
    fout_vals.push_back(f);
    ok_parts.push_back(w_.status(c.key) + " " + w_.count(c.n));
    if (f > 0) fout_parts.push_back(w_.status(c.key) + " " + w_.count(f));
  }
  d.set("status_ok", w_.join(ok_parts));
  d.set("status_fouten", fouten ? mu::data(w_.join(fout_parts)) : mu::data(false));
  BarChart st;
  st.title = t("Regionale afspraken naar status", "Regional agreements by status");
  st.description = t("Afspraken zonder fouten: ", "Agreements without errors: ") + w_.join(ok_parts) + "." +
                   (fouten ? t(" Afspraken met fouten: ", " Agreements with errors: ") + w_.join(fout_parts) + "." : "");
  st.categories = cats;
  st.series.push_back({t("zonder fouten", "without errors"), ok_vals});
  if (fouten) st.series.push_back({t("met fouten", "with errors"), fout_vals});
  st.unit = t("afspraken", "agreements");
  chart("status", st);
  d.set("status_alt", st.title + ". " + st.description);

  // Cluster 3/4 schools by the furthest status of their agreements.
  std::vector<std::string> cov_cats, cov_parts;
  std::vector<double> cov_vals;
  const ReportDetails::Coverage* only_fouten = nullptr;
  for (const ReportDetails::Coverage& c : d_.coverage) {
    if (c.key == "fouten") {
      only_fouten = &c;
      continue;
    }
    if (c.key == "geen" && c.schools == 0) continue;
    cov_cats.push_back(w_.status(c.key));
    cov_vals.push_back(c.schools);
    cov_parts.push_back(w_.status(c.key) + " " + w_.scholen(c.schools) + " (" + w_.leerlingen(c.pupils) + ")");
  }
  d.set("c34_scholen", w_.count(ok.cluster34_schools));
  d.set("c34_leerlingen", w_.leerlingen(ok.cluster34_pupils));
  d.set("dekking_status", w_.join(cov_parts));
  bool extra = only_fouten && only_fouten->schools > 0;
  d.set("dekking_fouten", extra ? mu::data(w_.scholen(only_fouten->schools) + " (" + w_.leerlingen(only_fouten->pupils) + ")")
                                : mu::data(false));
  BarChart cov;
  cov.title = t("Scholen voor cluster 3 of 4 naar status van de afspraak", "Cluster 3 or 4 schools by status of the agreement");
  cov.description = t("Scholen onder een afspraak zonder fouten, naar de verst gevorderde status: ",
                      "Schools covered by an agreement without errors, by the furthest status: ") +
                    w_.join(cov_parts) + "." +
                    (extra ? t(" Alleen onder een afspraak met fouten: ", " Covered only by an agreement with errors: ") +
                                 w_.scholen(only_fouten->schools) + "."
                           : "");
  cov.categories = cov_cats;
  if (extra) {
    // Schools only under an agreement with fouten are the "met fouten"
    // series, in its colour and legend entry, as in the status chart.
    cov.categories.push_back(t("alleen met fouten", "only with errors"));
    cov_vals.push_back(0);
    std::vector<double> fout_only(cov_vals.size(), 0);
    fout_only.back() = only_fouten->schools;
    cov.series.push_back({t("zonder fouten", "without errors"), cov_vals});
    cov.series.push_back({t("met fouten", "with errors"), fout_only});
  } else {
    cov.series.push_back({t("scholen", "schools"), cov_vals});
  }
  cov.unit = t("scholen", "schools");
  chart("dekking", cov);
  d.set("dekking_alt", cov.title + ". " + cov.description);
}

void ReportView::financing(mu::data& d) {
  const Figures& ok = s_.ok;
  const Figures& all = s_.all;
  const bool fouten = s_.regions_with_fouten > 0;
  // One chart per law: the forms differ, and short labels stay readable.
  auto forms = [&](const std::vector<Count>& ok_counts, const std::vector<Count>& all_counts, bool wlz,
                   const char* name, const std::string& title, const std::string& key) {
    std::vector<std::string> cats, ok_parts, f_parts;
    std::vector<double> ok_vals, f_vals;
    for (const Count& c : ok_counts) {
      int total = 0;
      for (const Count& x : all_counts)
        if (x.key == c.key) total = x.n;
      int f = total - c.n;
      if ((c.key == "geen" || c.key == nvt_key) && c.n == 0 && f == 0) continue;
      std::string label = wlz ? w_.wlz(c.key) : w_.jeugdhulp(c.key);
      cats.push_back(label);
      ok_vals.push_back(c.n);
      f_vals.push_back(f);
      ok_parts.push_back(label + " " + w_.count(c.n));
      if (f > 0) f_parts.push_back(label + " " + w_.count(f));
    }
    BarChart ch;
    ch.title = title;
    ch.description = t("Afspraken zonder fouten: ", "Agreements without errors: ") + w_.join(ok_parts) + "." +
                     (fouten && !f_parts.empty() ? t(" Afspraken met fouten: ", " Agreements with errors: ") + w_.join(f_parts) + "."
                                                 : "");
    ch.categories = cats;
    ch.series.push_back({t("zonder fouten", "without errors"), ok_vals});
    if (fouten) ch.series.push_back({t("met fouten", "with errors"), f_vals});
    ch.unit = t("afspraken", "agreements");
    chart(name, ch);
    d.set(key + "_alt", ch.title + ". " + ch.description);
    return std::make_pair(w_.join(ok_parts), w_.join(f_parts));
  };
  auto [jh_ok, jh_f] = forms(ok.jeugdhulp, all.jeugdhulp, false, "jeugdhulp",
                             t("Jeugdhulp naar financieringsvorm", "Youth care by form of financing"), "jeugdhulp");
  auto [wlz_ok, wlz_f] =
      forms(ok.wlz, all.wlz, true, "wlz", t("Wlz-zorg naar financieringsvorm", "Wlz care by form of financing"), "wlz");
  d.set("jh_ok", jh_ok);
  d.set("wlz_ok", wlz_ok);
  if (fouten) {
    mu::data f;
    f.set("n", w_.afspraken(s_.regions_with_fouten));
    f.set("jh", jh_f);
    f.set("wlz", wlz_f);
    d.set("fin_fouten", f);
  } else {
    d.set("fin_fouten", false);
  }
  d.set("vrij_ok", w_.of_plain(ok.jeugdhulp_count("vrij_toegankelijk"), ok.regions));
  d.set("pgb_ok", w_.of_plain(ok.pgb_uitzondering, ok.regions));
  d.set("pgb_alle", w_.of_plain(all.pgb_uitzondering, all.regions));
  d.set("aanbieders", ok.schools > 0);
  d.set("aanbieders_gem", w_.decimal(ok.zorgaanbieders_mean, 2));
  d.set("aanbieders_max", w_.count(ok.zorgaanbieders_max));
  d.set("aanbieders_scholen", w_.scholen(ok.schools));
  d.set("emb_ok", w_.leerlingen(ok.emb_leerlingen));
  d.set("emb_alle", fouten ? mu::data(w_.leerlingen(all.emb_leerlingen)) : mu::data(false));
}

void ReportView::changes(mu::data& d) {
  if (!cmp_) return;
  const Figures& a = cmp_->then.ok;
  const Figures& b = cmp_->now.ok;
  mu::data rows{mu::data::type::list};
  auto row = [&](const std::string& label, const std::string& x, const std::string& y, const std::string& diff) {
    mu::data r;
    r.set("label", label);
    r.set("toen", x);
    r.set("nu", y);
    r.set("verschil", diff);
    rows.push_back(r);
  };
  auto counts = [&](const std::string& label, long long x, long long y) {
    row(label, w_.count(x), w_.count(y), w_.diff(y - x));
  };
  counts(t("Regionale afspraken zonder fouten", "Regional agreements without errors"), a.regions, b.regions);
  for (const Count& c : b.status) {
    int x = a.status_count(c.key);
    if ((c.key == "geen" || c.key == nvt_key) && c.n == 0 && x == 0) continue;
    counts(t("waarvan ", "of which ") + w_.status(c.key), x, c.n);
  }
  counts(t("Afspraken met fouten", "Agreements with errors"), cmp_->then.regions_with_fouten, cmp_->now.regions_with_fouten);
  counts(t("Scholen voor cluster 3 of 4 onder een afspraak", "Cluster 3 or 4 schools covered"), a.cluster34_schools,
         b.cluster34_schools);
  counts(t("Leerlingen op deze scholen", "Pupils at these schools"), a.cluster34_pupils, b.cluster34_pupils);
  counts(t("Gemeenten die partij zijn", "Municipalities taking part"), static_cast<long long>(a.gemeenten.size()),
         static_cast<long long>(b.gemeenten.size()));
  counts(t("Jeugdregio's", "Youth care regions"), static_cast<long long>(a.jeugdregios.size()),
         static_cast<long long>(b.jeugdregios.size()));
  counts(t("Zorgkantoorregio's", "Care office regions"), static_cast<long long>(a.zorgkantoorregios.size()),
         static_cast<long long>(b.zorgkantoorregios.size()));
  {
    auto pct = [&](const Figures& f) { return f.herkomst_pupils ? w_.percent(f.herkomst_share()) : std::string("–"); };
    std::string diff = "–";
    if (a.herkomst_pupils && b.herkomst_pupils)
      diff = w_.diff((b.herkomst_share() - a.herkomst_share()) * 100.0, 1, t(" procentpunt", " percentage points"));
    row(t("Leerlingen uit een gemeente die partij is", "Pupils whose home municipality is a party"), pct(a), pct(b), diff);
  }
  counts(t("Afspraken met een geschillenregeling (alle afspraken)", "Agreements with a dispute arrangement (all agreements)"),
         cmp_->then.all.geschillenregeling, cmp_->now.all.geschillenregeling);
  for (const Count& c : b.jeugdhulp) {
    int x = a.jeugdhulp_count(c.key);
    if ((c.key == "geen" || c.key == nvt_key) && c.n == 0 && x == 0) continue;
    counts(t("Jeugdhulp: ", "Youth care: ") + w_.jeugdhulp(c.key), x, c.n);
  }
  for (const Count& c : b.wlz) {
    int x = a.wlz_count(c.key);
    if ((c.key == "geen" || c.key == nvt_key) && c.n == 0 && x == 0) continue;
    counts(t("Wlz-zorg: ", "Wlz care: ") + w_.wlz(c.key), x, c.n);
  }
  counts(t("Afspraken met de pgb-uitzondering", "Agreements keeping the pgb exception"), a.pgb_uitzondering, b.pgb_uitzondering);
  {
    std::string x = a.schools ? w_.decimal(a.zorgaanbieders_mean, 2) : "–";
    std::string y = b.schools ? w_.decimal(b.zorgaanbieders_mean, 2) : "–";
    std::string diff = a.schools && b.schools ? w_.diff(b.zorgaanbieders_mean - a.zorgaanbieders_mean, 2) : "–";
    row(t("Zorgaanbieders per school, gemiddeld", "Care providers per school, mean"), x, y, diff);
  }
  counts(t("EMB-leerlingen", "EMB pupils"), a.emb_leerlingen, b.emb_leerlingen);
  d.set("wijziging_rijen", rows);
  d.set("toen_peildatum", w_.date(cmp_->then.report_date));
  d.set("nu_peildatum", w_.date(cmp_->now.report_date));
  d.set("toen_n", w_.n(static_cast<long long>(cmp_->then.regions.size()), "regionale afspraak", "regionale afspraken",
                       "regional agreement", "regional agreements"));
  d.set("toen_onleesbaar", cmp_->then.unreadable.empty() ? mu::data(false) : mu::data(w_.unreadable(cmp_->then.unreadable.size())));

  auto state = [&](const std::string& status, bool fouten) {
    return w_.status(status) + (fouten ? t(" (met fouten)", " (with errors)") : "");
  };
  mu::data changed{mu::data::type::list}, added{mu::data::type::list}, removed{mu::data::type::list};
  for (const StatusChange& c : cmp_->moved) {
    mu::data item;
    item.set("regio", c.region);
    if (c.kind == StatusChange::Kind::changed) {
      item.set("toen", state(c.status_then, c.fouten_then));
      item.set("nu", state(c.status_now, c.fouten_now));
      changed.push_back(item);
    } else if (c.kind == StatusChange::Kind::added) {
      item.set("nu", state(c.status_now, c.fouten_now));
      added.push_back(item);
    } else {
      item.set("toen", state(c.status_then, c.fouten_then));
      removed.push_back(item);
    }
  }
  d.set("veranderd", wrap(changed));
  d.set("nieuw", wrap(added));
  d.set("verdwenen", wrap(removed));
  d.set("niets_veranderd", cmp_->moved.empty());
}

// "de leden Drost en Ceder" / "het lid De Hoop"; empty without indieners.
std::string submitters(const std::vector<std::string>& names, const Words& w) {
  std::vector<std::string> clean;
  for (const std::string& n : names)
    if (!trim(n).empty()) clean.push_back(trim(n));
  if (clean.empty()) return {};
  if (clean.size() == 1) return w.t("het lid ", "member ") + clean[0];
  return w.t("de leden ", "members ") + w.join(clean);
}

void ReportView::actions(mu::data& d) {
  const NationalPart& n = *s_.national;
  mu::data list{mu::data::type::list};
  std::vector<bool> seen(5, false);
  for (const NationalAction& a : n.acties) {
    mu::data item;
    item.set("nummer", a.nummer > 0 ? mu::data(std::to_string(a.nummer)) : mu::data(false));
    if (a.nummer >= 1 && a.nummer <= 5) seen[a.nummer - 1] = true;
    std::string titel = trim(a.titel);
    if (titel.empty() && a.nummer >= 1 && a.nummer <= 5)
      titel = (w_.lang() == Lang::en ? five_actions_en : five_actions_nl)[a.nummer - 1];
    item.set("titel", titel.empty() ? t("(zonder titel)", "(untitled)") : titel);
    item.set("stand", w_.actie_status(a.status));
    for (const char* k : {"gepland", "in_uitvoering", "afgerond", "vertraagd", "gestopt"}) item.set(k, a.status == k);
    bool known = a.status == "gepland" || a.status == "in_uitvoering" || a.status == "afgerond" ||
                 a.status == "vertraagd" || a.status == "gestopt";
    item.set("onbekend", !known);
    item.set("toelichting", trim(a.toelichting).empty() ? mu::data(false) : mu::data(sentences(a.toelichting)));
    list.push_back(item);
  }
  d.set("acties", list);
  d.set("geen_acties", n.acties.empty());
  std::vector<std::string> parts;
  for (const Count& c : n.acties_status)
    if (c.n > 0) parts.push_back(w_.count(c.n) + " " + w_.actie_status(c.key));
  int unknown = static_cast<int>(n.acties.size());
  for (const Count& c : n.acties_status) unknown -= c.n;
  if (unknown > 0) parts.push_back(w_.count(unknown) + " " + t("zonder geldige stand", "without a valid status"));
  d.set("acties_n", w_.n(static_cast<long long>(n.acties.size()), "actie", "acties", "action", "actions"));
  d.set("acties_stand", w_.join(parts));
  std::vector<std::string> missing;
  for (int i = 0; i < 5; ++i)
    if (!seen[i])
      missing.push_back(t("actie ", "action ") + std::to_string(i + 1) + " (" +
                        (w_.lang() == Lang::en ? five_actions_en : five_actions_nl)[i] + ")");
  d.set("acties_ontbreken", missing.empty() || n.acties.empty() ? mu::data(false) : mu::data(w_.join(missing)));
}

void ReportView::motions(mu::data& d) {
  const NationalPart& n = *s_.national;
  mu::data list{mu::data::type::list};
  for (const NationalMotion& m : n.moties) {
    mu::data item;
    std::string who = submitters(m.indieners, w_);
    std::string stuk = trim(m.kamerstuk);
    // "de motie van de leden Drost en Ceder (31 839, nr. 960)"
    std::string name = t("de motie", "the motion");
    if (!who.empty()) name += t(" van ", " by ") + who;
    if (!stuk.empty()) name += " (" + stuk + ")";
    std::string head = t("Motie", "Motion");
    if (!who.empty()) head += t(" van ", " by ") + who;
    if (!stuk.empty()) head += " (" + stuk + ")";
    item.set("kop", head);
    item.set("motie", name);
    std::string capital = name;
    capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
    item.set("Motie", capital);
    item.set("onderwerp", trim(m.onderwerp).empty() ? mu::data(false) : mu::data(sentences(m.onderwerp)));
    std::string toelichting = trim(m.toelichting);
    item.set("toelichting", toelichting.empty() ? mu::data(false) : mu::data(sentences(toelichting)));
    bool afgedaan = m.status == "afgedaan";
    // The Kamer letters close the explanation with 'Hiermee wordt de motie
    // ... afgedaan.' A toelichting that already says so (the example files
    // quote the letter) is not followed by the same sentence again.
    std::string lower = lower_ascii(toelichting);
    bool says_so = lower.find("afgedaan") != std::string::npos || lower.find("dealt with") != std::string::npos;
    item.set("afgedaan_hiermee", afgedaan && !toelichting.empty() && !says_so);
    item.set("afgedaan_kaal", afgedaan && toelichting.empty());
    item.set("in_behandeling", m.status == "in_behandeling");
    item.set("onbekend", !afgedaan && m.status != "in_behandeling");
    item.set("stand", w_.motie_status(m.status));
    list.push_back(item);
  }
  d.set("moties", list);
  d.set("geen_moties", n.moties.empty());
  std::vector<std::string> parts;
  for (const Count& c : n.moties_status)
    if (c.n > 0) parts.push_back(w_.count(c.n) + " " + w_.motie_status(c.key));
  int unknown = static_cast<int>(n.moties.size());
  for (const Count& c : n.moties_status) unknown -= c.n;
  if (unknown > 0) parts.push_back(w_.count(unknown) + " " + t("zonder geldige stand", "without a valid status"));
  d.set("moties_n", w_.n(static_cast<long long>(n.moties.size()), "motie", "moties", "motion", "motions"));
  d.set("moties_stand", w_.join(parts));
}

void ReportView::regions(mu::data& d) {
  mu::data rows{mu::data::type::list};
  auto short_form = [&](const std::string& v, bool wlz) {
    if (v.empty()) return std::string("–");
    if (wlz) {
      if (v == "collectief_natura") return t("collectief", "collective");
      if (v == "individueel_natura") return t("individueel", "individual");
      return w_.wlz(v);
    }
    return w_.jeugdhulp(v);
  };
  for (const RegionRow& r : s_.regions) {
    mu::data row;
    row.set("naam", region_name(r));
    row.set("status", w_.status(r.facts.status));
    row.set("scholen", w_.count(r.cluster34_schools));
    row.set("leerlingen", w_.count(r.cluster34_pupils));
    row.set("jeugdhulp", short_form(r.facts.jeugdhulp, false));
    row.set("wlz", short_form(r.facts.wlz, true));
    row.set("fouten", w_.count(r.fouten));
    row.set("heeft_fouten", r.has_fouten());
    row.set("waarschuwingen", w_.count(r.waarschuwingen));
    row.set("peildatum", w_.short_date(r.facts.peildatum));
    row.set("verouderd", r.outdated);
    rows.push_back(row);
  }
  d.set("regio_rijen", rows);
}

void ReportView::overlaps(mu::data& d) {
  mu::data list{mu::data::type::list};
  std::vector<std::string> differ;
  for (const SchoolOverlap& o : s_.overlaps) {
    mu::data school;
    std::string code = !o.vestiging.empty() ? o.vestiging : o.brin;
    std::string naam = trim(o.naam).empty() ? code : trim(o.naam);
    mu::data rows{mu::data::type::list};
    bool first = true;
    for (const SchoolAppearance& a : o.in) {
      mu::data r;
      r.set("school", first ? naam : "");
      r.set("code", first ? (o.by_name ? t("geen (op naam)", "none (by name)") : code) : "");
      first = false;
      r.set("regio", (a.region.empty() ? a.file : a.region) + (a.region_has_fouten ? t(" (met fouten)", " (with errors)") : ""));
      std::vector<std::string> cl;
      for (int c : a.clusters) cl.push_back(std::to_string(c));
      r.set("clusters", cl.empty() ? "–" : w_.join(cl));
      r.set("leerlingen", a.leerlingen ? w_.count(*a.leerlingen) : "–");
      rows.push_back(r);
    }
    school.set("rijen", rows);
    list.push_back(school);
    if (o.clusters_differ || o.leerlingen_differ) {
      std::vector<std::string> what;
      if (o.clusters_differ) what.push_back(t("de clusters", "the clusters"));
      if (o.leerlingen_differ) what.push_back(t("het aantal leerlingen", "the number of pupils"));
      differ.push_back(naam + (o.by_name ? "" : " (" + code + ")") + ": " + w_.join(what));
    }
  }
  d.set("overlap", wrap(list));
  d.set("geen_overlap", s_.overlaps.empty());
  d.set("overlap_aantal", w_.count(static_cast<long long>(s_.overlaps.size())));
  mu::data diffs{mu::data::type::list};
  for (const std::string& s : differ) diffs.push_back(mu::data(s));
  d.set("overlap_verschillen", wrap(diffs));
  d.set("overlap_verschillen_n", w_.scholen(static_cast<long long>(differ.size())));
  d.set("overlap_eens", !s_.overlaps.empty() && differ.empty());
}

void ReportView::dates(mu::data& d) {
  d.set("peildatum_van", s_.peildatum_min.empty() ? mu::data(false) : mu::data(w_.date(s_.peildatum_min)));
  d.set("peildatum_tot", w_.date(s_.peildatum_max));
  d.set("peildata_gelijk", !s_.peildatum_min.empty() && s_.peildatum_min == s_.peildatum_max);
  mu::data old{mu::data::type::list}, none{mu::data::type::list}, later{mu::data::type::list};
  int n_none = 0, n_later = 0;
  for (const RegionRow& r : s_.regions) {
    if (r.outdated) {
      mu::data item;
      item.set("regio", region_name(r));
      item.set("bestand", r.file);
      item.set("peildatum", w_.date(r.facts.peildatum));
      old.push_back(item);
    }
    if (!r.facts.peildatum.empty() && !s_.report_date.empty() && r.facts.peildatum > s_.report_date) {
      mu::data item;
      item.set("regio", region_name(r));
      item.set("bestand", r.file);
      item.set("peildatum", w_.date(r.facts.peildatum));
      later.push_back(item);
      ++n_later;
    }
    if (r.facts.peildatum.empty()) {
      mu::data item;
      item.set("regio", region_name(r));
      item.set("bestand", r.file);
      none.push_back(item);
      ++n_none;
    }
  }
  d.set("verouderd", wrap(old));
  d.set("verouderd_aantal", w_.count(static_cast<long long>(s_.outdated.size())));
  d.set("geen_verouderd", s_.outdated.empty());
  d.set("zonder_peildatum", wrap(none));
  d.set("na_peildatum", wrap(later));
  d.set("na_peildatum_aantal", w_.count(n_later));
  d.set("zonder_peildatum_aantal", w_.count(n_none));
}

void ReportView::annexes(mu::data& d) {
  mu::data rows{mu::data::type::list};
  for (const UnreadableFile& u : s_.unreadable) {
    mu::data r;
    r.set("bestand", u.file);
    r.set("plaats", u.pos.known() ? t("regel ", "line ") + std::to_string(u.pos.line) + t(", kolom ", ", column ") +
                                        std::to_string(u.pos.col)
                                  : "–");
    r.set("reden", sentences(u.reason.in(w_.lang())));
    rows.push_back(r);
  }
  d.set("onleesbare_rijen", wrap(rows));
  d.set("bestanden_aantal", w_.count(s_.files));
  d.set("onleesbaar_aantal", w_.count(static_cast<long long>(s_.unreadable.size())));
  d.set("alles_leesbaar", s_.unreadable.empty());
  d.set("bestanden_n", w_.bestanden(s_.files));

  mu::data regions{mu::data::type::list};
  for (const ReportDetails::RegionFouten& r : d_.fouten) {
    mu::data item;
    item.set("regio", r.region.empty() ? r.file : r.region);
    item.set("bestand", r.file);
    mu::data list{mu::data::type::list};
    for (const ReportDetails::Fout& f : r.fouten) {
      mu::data x;
      const Rule* rule = find_rule(f.rule);
      x.set("regel", rule ? f.rule + " " + rule->info.name : f.rule);
      x.set("plaats", f.pos.known() ? mu::data(t("regel ", "line ") + std::to_string(f.pos.line)) : mu::data(false));
      x.set("bericht", sentences(f.message.in(w_.lang())));
      list.push_back(x);
    }
    item.set("fouten", list);
    regions.push_back(item);
  }
  d.set("fouten_per_regio", regions);
}

mu::data ReportView::build() {
  mu::data d;
  intro(d);
  const bool two = s_.regions_with_fouten > 0;
  d.set("twee_kolommen", two);
  d.set("kerncijfers", headline_rows(s_.ok, s_.all, two));
  notes(d);
  status_and_coverage(d);
  financing(d);
  changes(d);
  if (s_.national) {
    actions(d);
    motions(d);
  }
  regions(d);
  overlaps(d);
  dates(d);
  annexes(d);

  // Sections in order, numbered without gaps.
  section("inleiding", true, d);
  section("kerncijfers", true, d);
  section("stand", true, d);
  section("financiering", true, d);
  section("wijzigingen", cmp_ != nullptr, d);
  section("acties", s_.national.has_value(), d);
  section("moties", s_.national.has_value(), d);
  section("regio", true, d);
  section("overlap", true, d);
  section("peildata", true, d);
  // Cross references by number.
  for (const char* k : {"regio", "overlap", "peildata"}) d.set(std::string("nr_") + k, section_numbers_[k]);
  d.set("bijlage_fouten", s_.regions_with_fouten > 0);
  return d;
}

}  // namespace

ReportDocument report_document(const Summary& now, const ReportDetails& details, const Comparison* cmp,
                               const ReportOptions& opt) {
  ReportView view(now, details, cmp, opt);
  ReportDocument doc;
  mu::data data = view.build();
  doc.markdown = render_template(std::string("templates/report.") + (opt.lang == Lang::en ? "en" : "nl") + ".md.mustache", data);
  doc.meta.title = view.title();
  doc.meta.kind = "rapportage";
  doc.meta.lang = opt.lang;
  doc.meta.date = now.report_date;
  doc.meta.generator = std::string("zio ") + ZIO_VERSION;
  doc.meta.images = view.images();
  return doc;
}

}  // namespace zio
