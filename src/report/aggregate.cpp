// The figures of the progress summary (aggregate.h says which and why).
#include "report/aggregate.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "load/refdata.h"

namespace zio {

namespace {

std::string file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// How far an agreement has come: concept < ter_ondertekening < ondertekend.
int status_rank(const std::string& status) {
  if (status == "ondertekend") return 3;
  if (status == "ter_ondertekening") return 2;
  if (status == "concept") return 1;
  return 0;  // no (valid) status
}

std::vector<Count> zeroes(const std::vector<std::string>& keys, bool with_geen = true) {
  std::vector<Count> out;
  for (const std::string& k : keys) out.push_back({k, 0});
  if (with_geen) out.push_back({"geen", 0});
  return out;
}

// Adds one to `key`, or to "geen" when the key is empty or not a spec value.
void bump(std::vector<Count>& counts, const std::string& key) {
  for (Count& c : counts)
    if (c.key == key) {
      ++c.n;
      return;
    }
  for (Count& c : counts)
    if (c.key == "geen") ++c.n;
}

int count_of(const std::vector<Count>& counts, const std::string& key) {
  for (const Count& c : counts)
    if (c.key == key) return c.n;
  return 0;
}

// The date six calendar months before `d`, the day clamped to the month.
std::string six_months_before(const Date& d) {
  static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  Date c = d;
  c.m -= 6;
  if (c.m < 1) {
    c.m += 12;
    c.y -= 1;
  }
  bool leap = (c.y % 4 == 0 && c.y % 100 != 0) || c.y % 400 == 0;
  int max = month_days[c.m - 1] + (c.m == 2 && leap ? 1 : 0);
  c.d = std::min(c.d, max);
  return c.iso();
}

int severity_count(const Document& doc, Severity s) {
  int n = 0;
  for (const Finding& f : doc.findings) n += f.severity == s;
  return n;
}

// Participation of one region file, per aggregate.h.
struct Participation {
  std::vector<std::string> gemeenten, jeugdregios, zorgkantoorregios;
};

Participation participation(const RegionFacts& f, const RefData& ref) {
  Participation p;
  std::set<std::string> jz;
  for (const std::string& code : f.gemeente_codes) {
    auto it = ref.gemeenten.find(code);
    if (it == ref.gemeenten.end()) continue;
    p.gemeenten.push_back(code);
    if (!it->second.jeugdregio.empty()) jz.insert(it->second.jeugdregio);
  }
  if (ref.jeugdregios.count(f.jeugdregio)) jz = {f.jeugdregio};
  p.jeugdregios.assign(jz.begin(), jz.end());
  for (const std::string& code : f.zorgkantoor_codes)
    if (ref.zorgkantoorregios.count(code)) p.zorgkantoorregios.push_back(code);
  return p;
}

Figures figures(const ReportInput& in, const std::vector<size_t>& set, const RefData& ref) {
  Figures fig;
  fig.status = zeroes(values::status);
  auto with_nvt = [](std::vector<std::string> v) {
    v.push_back(nvt_key);
    return v;
  };
  fig.jeugdhulp = zeroes(with_nvt(values::jeugdhulp_vorm));
  fig.wlz = zeroes(with_nvt(values::wlz_vorm));
  fig.gemeenten_total = static_cast<int>(ref.gemeenten.size());
  fig.jeugdregios_total = static_cast<int>(ref.jeugdregios.size());
  fig.zorgkantoorregios_total = static_cast<int>(ref.zorgkantoorregios.size());
  std::set<std::string> gm, jz, zk;

  // Every appearance of each school, in file order.
  struct Appearance {
    size_t region;
    const SchoolFacts* school;
  };
  std::unordered_map<std::string, std::vector<Appearance>> schools;
  std::vector<const std::string*> order;  // keys in first-appearance order

  for (size_t i : set) {
    const RegionFacts& f = in.regions[i].facts;
    ++fig.regions;
    bump(fig.status, f.status);
    bump(fig.jeugdhulp, f.jeugdhulp);
    bump(fig.wlz, f.wlz);
    fig.geschillenregeling += f.geschillenregeling;
    fig.pgb_uitzondering += f.pgb_uitzondering;
    fig.emb_leerlingen += f.emb_leerlingen;
    Participation p = participation(f, ref);
    gm.insert(p.gemeenten.begin(), p.gemeenten.end());
    jz.insert(p.jeugdregios.begin(), p.jeugdregios.end());
    zk.insert(p.zorgkantoorregios.begin(), p.zorgkantoorregios.end());
    for (const SchoolFacts& s : f.schools) {
      auto& list = schools[s.key];
      if (list.empty()) order.push_back(&s.key);
      list.push_back({i, &s});
    }
  }
  fig.gemeenten.assign(gm.begin(), gm.end());
  fig.jeugdregios.assign(jz.begin(), jz.end());
  fig.zorgkantoorregios.assign(zk.begin(), zk.end());

  long long providers = 0;
  for (const std::string* key : order) {
    const auto& list = schools[*key];
    // The appearance in the file with the latest peildatum; ties: the first.
    const Appearance* chosen = &list.front();
    for (const Appearance& a : list)
      if (in.regions[a.region].facts.peildatum > in.regions[chosen->region].facts.peildatum) chosen = &a;
    const SchoolFacts& s = *chosen->school;
    ++fig.schools;
    fig.schools_by_name += s.by_name;
    long long pupils = s.leerlingen.value_or(0);
    if (s.has(3)) {
      ++fig.cluster3_schools;
      fig.cluster3_pupils += pupils;
    }
    if (s.has(4)) {
      ++fig.cluster4_schools;
      fig.cluster4_pupils += pupils;
    }
    if (s.cluster34()) {
      ++fig.cluster34_schools;
      fig.cluster34_pupils += pupils;
      fig.cluster34_pupils_unknown += !s.leerlingen.has_value();
    }
    providers += s.zorgaanbieders;
    fig.zorgaanbieders_max = std::max(fig.zorgaanbieders_max, s.zorgaanbieders);
    // A home gemeente counts when it is a party to any counted agreement
    // that covers this school (gemeente_codes are sorted).
    for (const auto& [code, n] : s.herkomst) {
      fig.herkomst_pupils += n;
      for (const Appearance& a : list) {
        const auto& codes = in.regions[a.region].facts.gemeente_codes;
        if (std::binary_search(codes.begin(), codes.end(), code)) {
          fig.herkomst_party_pupils += n;
          break;
        }
      }
    }
  }
  if (fig.schools) fig.zorgaanbieders_mean = static_cast<double>(providers) / fig.schools;
  return fig;
}

RegionRow row_of(const RegionFile& r, const RefData& ref, const std::string& cutoff) {
  RegionRow row;
  row.path = r.doc.path;
  row.file = file_name(r.doc.path);
  row.facts = r.facts;  // without the schools
  const RegionFacts& f = r.facts;
  row.outdated = !cutoff.empty() && !f.peildatum.empty() && f.peildatum < cutoff;
  long long providers = 0;
  for (const SchoolFacts& s : f.schools) {
    ++row.schools;
    if (s.cluster34()) {
      ++row.cluster34_schools;
      row.cluster34_pupils += s.leerlingen.value_or(0);
    }
    providers += s.zorgaanbieders;
    row.zorgaanbieders_max = std::max(row.zorgaanbieders_max, s.zorgaanbieders);
    for (const auto& [code, n] : s.herkomst) {
      row.herkomst_pupils += n;
      if (std::binary_search(f.gemeente_codes.begin(), f.gemeente_codes.end(), code)) row.herkomst_party_pupils += n;
    }
  }
  if (row.schools) row.zorgaanbieders_mean = static_cast<double>(providers) / row.schools;
  Participation p = participation(f, ref);
  row.gemeenten = static_cast<int>(p.gemeenten.size());
  row.jeugdregios = std::move(p.jeugdregios);
  row.zorgkantoorregios = std::move(p.zorgkantoorregios);
  row.fouten = severity_count(r.doc, Severity::fout);
  row.waarschuwingen = severity_count(r.doc, Severity::waarschuwing);
  row.info = severity_count(r.doc, Severity::info);
  return row;
}

std::vector<SchoolOverlap> overlaps(const ReportInput& in, const std::vector<RegionRow>& rows) {
  // Index first (two small numbers per appearance), build only the overlaps.
  std::unordered_map<std::string, std::vector<std::pair<size_t, size_t>>> by_key;
  std::vector<const std::string*> order;
  for (size_t r = 0; r < in.regions.size(); ++r) {
    const auto& schools = in.regions[r].facts.schools;
    for (size_t k = 0; k < schools.size(); ++k) {
      auto& list = by_key[schools[k].key];
      if (list.empty()) order.push_back(&schools[k].key);
      list.emplace_back(r, k);  // region_facts keeps one entry per key and file
    }
  }
  std::vector<SchoolOverlap> out;
  for (const std::string* key : order) {
    const auto& list = by_key[*key];
    if (list.size() < 2) continue;
    SchoolOverlap o;
    const SchoolFacts& first = in.regions[list.front().first].facts.schools[list.front().second];
    o.key = first.key;
    o.by_name = first.by_name;
    o.naam = first.naam;
    o.brin = first.brin;
    o.vestiging = first.vestiging;
    std::optional<long long> pupils;
    for (auto [r, k] : list) {
      const SchoolFacts& s = in.regions[r].facts.schools[k];
      o.in.push_back({rows[r].file, rows[r].facts.naam, rows[r].has_fouten(), s.id, s.naam, s.clusters, s.leerlingen});
      if (s.clusters != first.clusters) o.clusters_differ = true;
      if (!s.leerlingen) continue;
      if (pupils && *pupils != *s.leerlingen) o.leerlingen_differ = true;
      pupils = s.leerlingen;
    }
    out.push_back(std::move(o));
  }
  return out;
}

NationalPart national_part(const Document& doc) {
  const National& n = doc.national;
  NationalPart p;
  p.file = file_name(doc.path);
  p.titel = n.rapportage.titel.v;
  p.kenmerk = n.rapportage.kenmerk.v;
  if (n.rapportage.peildatum.set && n.rapportage.peildatum->valid()) p.peildatum = n.rapportage.peildatum->iso();
  p.fouten = severity_count(doc, Severity::fout);
  p.waarschuwingen = severity_count(doc, Severity::waarschuwing);
  p.acties_status = zeroes(values::actie_status, false);
  p.moties_status = zeroes(values::motie_status, false);
  for (const Actie& a : n.acties.v) {
    p.acties.push_back({a.nummer.v, a.titel.v, a.status.v, a.toelichting.v});
    bump(p.acties_status, a.status.v);
  }
  for (const Motie& m : n.moties.v) {
    NationalMotion x{m.kamerstuk.v, {}, m.onderwerp.v, m.status.v, m.toelichting.v};
    for (const Str& s : m.indieners.v) x.indieners.push_back(s.v);
    p.moties.push_back(std::move(x));
    bump(p.moties_status, m.status.v);
  }
  return p;
}

std::string match_key(const RegionRow& r) {
  std::string out;
  bool gap = false;
  for (unsigned char c : r.facts.naam) {
    if (std::isspace(c)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
  }
  return out.empty() ? "\x01" + r.file : out;
}

}  // namespace

int Figures::status_count(const std::string& key) const { return count_of(status, key); }
int Figures::jeugdhulp_count(const std::string& key) const { return count_of(jeugdhulp, key); }
int Figures::wlz_count(const std::string& key) const { return count_of(wlz, key); }
double Figures::herkomst_share() const {
  return herkomst_pupils ? static_cast<double>(herkomst_party_pupils) / herkomst_pupils : 0.0;
}

Summary summarize(const ReportInput& in, const std::string& report_date) {
  Summary s;
  s.report_date = report_date.empty() ? default_report_date(in) : report_date;
  Date date;
  std::string cutoff;
  if (!s.report_date.empty()) {
    if (!Date::parse_shape(s.report_date, date) || !date.valid())
      throw std::invalid_argument("report date is not a valid ISO date: " + s.report_date);
    cutoff = six_months_before(date);
  }
  const RefData& ref = RefData::for_year(date.valid() ? date.y : 2026);

  std::vector<size_t> ok, all;
  for (size_t i = 0; i < in.regions.size(); ++i) {
    s.regions.push_back(row_of(in.regions[i], ref, cutoff));
    const RegionRow& row = s.regions.back();
    all.push_back(i);
    if (row.has_fouten())
      ++s.regions_with_fouten;
    else
      ok.push_back(i);
    if (row.outdated) s.outdated.push_back(row.file);
    const std::string& p = row.facts.peildatum;
    if (p.empty()) continue;
    if (s.peildatum_min.empty() || p < s.peildatum_min) s.peildatum_min = p;
    if (p > s.peildatum_max) s.peildatum_max = p;
  }
  s.ok = figures(in, ok, ref);
  s.all = figures(in, all, ref);
  s.overlaps = overlaps(in, s.regions);
  if (in.national) s.national = national_part(*in.national);
  for (const Document& d : in.unreadable) {
    Reason why = unreadable_reason(d, in.national);
    s.unreadable.push_back({file_name(d.path), d.path, why.text, why.pos});
  }
  s.files = static_cast<int>(in.regions.size() + in.unreadable.size() + (in.national ? 1 : 0));
  return s;
}

Comparison compare(const Summary& then, const Summary& now) {
  Comparison c{then, now, {}};
  std::vector<bool> used(then.regions.size(), false);
  std::unordered_map<std::string, std::vector<size_t>> by_key;  // linear, not a scan per region
  for (size_t i = 0; i < then.regions.size(); ++i) by_key[match_key(then.regions[i])].push_back(i);
  auto find = [&](const RegionRow& r) -> int {
    auto it = by_key.find(match_key(r));
    if (it == by_key.end()) return -1;
    int any = -1;
    for (size_t i : it->second) {
      if (used[i]) continue;
      if (then.regions[i].file == r.file) return static_cast<int>(i);
      if (any < 0) any = static_cast<int>(i);
    }
    return any;
  };
  for (const RegionRow& r : now.regions) {
    std::string name = r.facts.naam.empty() ? r.file : r.facts.naam;
    int i = find(r);
    if (i < 0) {
      c.moved.push_back({StatusChange::Kind::added, name, "", r.file, "", r.facts.status, false, r.has_fouten()});
      continue;
    }
    used[i] = true;
    const RegionRow& t = then.regions[i];
    if (t.facts.status != r.facts.status || t.has_fouten() != r.has_fouten())
      c.moved.push_back({StatusChange::Kind::changed, name, t.file, r.file, t.facts.status, r.facts.status,
                         t.has_fouten(), r.has_fouten()});
  }
  for (size_t i = 0; i < then.regions.size(); ++i) {
    if (used[i]) continue;
    const RegionRow& t = then.regions[i];
    c.moved.push_back({StatusChange::Kind::removed, t.facts.naam.empty() ? t.file : t.facts.naam, t.file, "",
                       t.facts.status, "", t.has_fouten(), false});
  }
  return c;
}

ReportDetails report_details(const ReportInput& in, const Summary& s) {
  ReportDetails out;
  // Which region files have fouten, as the Summary decided.
  std::vector<bool> has_fouten(in.regions.size(), false);
  for (size_t i = 0; i < in.regions.size() && i < s.regions.size(); ++i) has_fouten[i] = s.regions[i].has_fouten();

  struct Pick {
    size_t region;
    const SchoolFacts* school;
    int best = 0;  // furthest status rank among the covering agreements
  };
  // Schools in one set of region files: the appearance with the latest
  // peildatum speaks for the school (ties: the first), as in aggregate.cpp.
  auto pick = [&](bool fouten_set) {
    std::unordered_map<std::string, Pick> by_key;
    std::vector<const std::string*> order;
    for (size_t i = 0; i < in.regions.size(); ++i) {
      if (has_fouten[i] != fouten_set) continue;
      const RegionFacts& f = in.regions[i].facts;
      int rank = status_rank(f.status);
      for (const SchoolFacts& sf : f.schools) {
        auto [it, fresh] = by_key.try_emplace(sf.key, Pick{i, &sf, rank});
        if (fresh) {
          order.push_back(&it->first);
          continue;
        }
        Pick& p = it->second;
        p.best = std::max(p.best, rank);
        if (f.peildatum > in.regions[p.region].facts.peildatum) {
          p.region = i;
          p.school = &sf;
        }
      }
    }
    return std::make_pair(std::move(by_key), std::move(order));
  };
  auto [ok_schools, ok_order] = pick(false);
  auto [fout_schools, fout_order] = pick(true);

  const char* keys[] = {"geen", "concept", "ter_ondertekening", "ondertekend"};
  ReportDetails::Coverage by_rank[4];
  for (int r = 0; r < 4; ++r) by_rank[r].key = keys[r];
  for (const std::string* key : ok_order) {
    const Pick& p = ok_schools.at(*key);
    if (!p.school->cluster34()) continue;
    ++by_rank[p.best].schools;
    by_rank[p.best].pupils += p.school->leerlingen.value_or(0);
  }
  ReportDetails::Coverage only{"fouten", 0, 0};
  for (const std::string* key : fout_order) {
    if (ok_schools.count(*key)) continue;
    const Pick& p = fout_schools.at(*key);
    if (!p.school->cluster34()) continue;
    ++only.schools;
    only.pupils += p.school->leerlingen.value_or(0);
  }
  for (int r : {1, 2, 3, 0}) out.coverage.push_back(by_rank[r]);
  out.coverage.push_back(only);

  for (size_t i = 0; i < in.regions.size(); ++i) {
    if (!has_fouten[i]) continue;
    ReportDetails::RegionFouten rf;
    rf.file = file_name(in.regions[i].doc.path);
    rf.region = in.regions[i].facts.naam;
    for (const Finding& f : in.regions[i].doc.findings)
      if (f.severity == Severity::fout) rf.fouten.push_back({f.rule, f.pos, f.message});
    out.fouten.push_back(std::move(rf));
  }
  return out;
}

}  // namespace zio
