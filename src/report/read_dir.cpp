// Reading a report folder: list, validate on all cores, reduce each region
// file to its facts, and sort the documents into regions / national /
// unreadable (aggregate.h).
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>

#include "report/aggregate.h"

#include "model/limits.h"
#include "util/parallel.h"
#include "rules/checks.h"
#include "rules/context.h"
#include "rules/validate.h"

namespace zio {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// Lowercase ASCII; every run of blanks and ASCII punctuation becomes one
// space; ends trimmed. Bytes of UTF-8 sequences are kept as they are.
std::string normalise_name(const std::string& s) {
  std::string out;
  bool gap = false;
  for (unsigned char c : s) {
    if (c < 0x80 && !std::isalnum(c)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
  }
  return out;
}

bool is_landelijk(const std::string& path) {
  std::string n = lower(file_name(path));
  return n == "landelijk.yaml" || n == "landelijk.yml";
}

// A document reduced to what the report keeps.
struct Prepared {
  Document doc;
  std::optional<RegionFacts> facts;  // a readable region file
};

Prepared prepare(Document doc) {
  Prepared p;
  if (!doc.fatal && doc.kind == FileKind::region && doc.region.regio.set) p.facts = region_facts(doc);
  doc.text = std::string();
  doc.region = Region{};
  if (doc.kind != FileKind::national) doc.national = National{};
  p.doc = std::move(doc);
  return p;
}

ReportInput categorize(std::vector<Prepared> docs) {
  // landelijk.yaml wins; else the first national file by name.
  size_t chosen = docs.size();
  for (size_t i = 0; i < docs.size(); ++i) {
    const Document& d = docs[i].doc;
    if (d.fatal || d.kind != FileKind::national) continue;
    if (chosen == docs.size() || (is_landelijk(d.path) && !is_landelijk(docs[chosen].doc.path))) chosen = i;
  }
  ReportInput in;
  if (chosen < docs.size()) in.national = std::move(docs[chosen].doc);
  for (size_t i = 0; i < docs.size(); ++i) {
    if (i == chosen) continue;
    if (docs[i].facts)
      in.regions.push_back(RegionFile{std::move(docs[i].doc), std::move(*docs[i].facts)});
    else
      in.unreadable.push_back(std::move(docs[i].doc));
  }
  return in;
}

}  // namespace

bool SchoolFacts::has(int cluster) const {
  return std::find(clusters.begin(), clusters.end(), cluster) != clusters.end();
}

RegionFacts region_facts(const Document& doc) {
  const Region& r = doc.region;
  RegionFacts f;
  auto text = [](const Str& s) { return s.set ? trim(s.v) : std::string(); };
  f.naam = text(r.regio.naam);
  f.jeugdregio = text(r.regio.jeugdregio);
  f.status = text(r.regio.status);
  if (r.regio.peildatum.set && r.regio.peildatum->valid()) f.peildatum = r.regio.peildatum->iso();
  const Afspraken& a = r.afspraken;
  // A law declared niet_van_toepassing is counted apart from "not arranged".
  f.jeugdhulp = filled(a.jeugdhulp.niet_van_toepassing) ? nvt_key : text(a.jeugdhulp.vorm);
  f.wlz = filled(a.wlz.niet_van_toepassing) ? nvt_key : text(a.wlz.vorm);
  f.geschillenregeling = filled(a.geschillenregeling.vorm) && filled(a.geschillenregeling.instantie);
  f.pgb_uitzondering = a.pgb.maatwerk_mogelijk.set && a.pgb.maatwerk_mogelijk.v;
  // Negative counts are a fout (D07); they must not subtract from the totals.
  if (a.emb.leerlingen.set && a.emb.leerlingen.v > 0 && plausible_count(a.emb.leerlingen.v)) f.emb_leerlingen = a.emb.leerlingen.v;

  std::set<std::string> gm, zk;
  for (const Partij& p : r.partijen.v) {
    if (!p.soort.set || !filled(p.code)) continue;
    if (p.soort.v == "gemeente") gm.insert(trim(p.code.v));
    if (p.soort.v == "zorgkantoor") zk.insert(trim(p.code.v));
  }
  f.gemeente_codes.assign(gm.begin(), gm.end());
  f.zorgkantoor_codes.assign(zk.begin(), zk.end());

  Context ctx(doc, doc.findings);  // the rules' notion of covered schools
  std::set<std::string> seen;
  for (const School* s : ctx.covered()) {
    SchoolFacts sf;
    sf.id = text(s->id);
    sf.naam = text(s->naam);
    sf.brin = upper(text(s->brin));
    sf.vestiging = upper(text(s->vestiging));
    if (!sf.vestiging.empty()) {
      sf.key = "V:" + sf.vestiging;
    } else if (!sf.brin.empty()) {
      sf.key = "B:" + sf.brin;
    } else {
      sf.by_name = true;
      sf.key = "N:" + normalise_name(sf.naam);
      // No BRIN and no name (a fout already): never the same as another school.
      if (sf.key == "N:") sf.key = "X:" + doc.path + "#" + std::to_string(seen.size());
    }
    if (!seen.insert(sf.key).second) continue;  // the same school listed twice in one file
    std::set<int> cl;
    for (const Int& c : s->clusters.v)
      if (c.set) cl.insert(static_cast<int>(c.v));
    sf.clusters.assign(cl.begin(), cl.end());
    if (s->leerlingen.set && plausible_count(s->leerlingen.v)) sf.leerlingen = s->leerlingen.v;
    std::set<std::string> providers;
    for (const Str& z : s->zorgaanbieders.v)
      if (filled(z)) providers.insert(trim(z.v));
    sf.zorgaanbieders = static_cast<int>(providers.size());
    for (const Herkomst& h : s->herkomst.v)
      if (filled(h.gemeente) && h.leerlingen.set && plausible_count(h.leerlingen.v))
        sf.herkomst.emplace_back(trim(h.gemeente.v), h.leerlingen.v);
    f.schools.push_back(std::move(sf));
  }
  return f;
}

ReportInput collect_documents(std::vector<Document> docs) {
  std::vector<Prepared> prepared;
  prepared.reserve(docs.size());
  for (Document& d : docs) prepared.push_back(prepare(std::move(d)));
  return categorize(std::move(prepared));
}

ReportInput read_report_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> names;
  auto fail = [&] {
    throw ReportDirError(Text{"kan de map '" + dir + "' niet lezen: ", "cannot read the directory '" + dir + "': "} +
                         ec.message());
  };
  fs::directory_iterator it(dir, ec);
  if (ec) fail();
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string ext = lower(it->path().extension().string());
    if (ext != ".yaml" && ext != ".yml") continue;
    std::error_code e2;
    if (it->is_directory(e2)) continue;
    names.push_back(it->path().filename().string());
  }
  if (ec) fail();
  std::sort(names.begin(), names.end());

  // Files are independent and parsing dominates: validate on all cores, and
  // reduce each to its facts in the worker so the models never pile up.
  std::vector<Prepared> slots(names.size());
  parallel_for(names.size(), [&](size_t i) { slots[i] = prepare(validate_file((fs::path(dir) / names[i]).string(), true)); });
  ReportInput in = categorize(std::move(slots));
  // The same data under two names (a copy) is one region: counted once.
  std::map<std::string, std::string> by_fingerprint;
  std::vector<RegionFile> kept;
  for (RegionFile& r : in.regions) {
    if (!r.doc.fingerprint.empty()) {
      auto [it, fresh] = by_fingerprint.emplace(r.doc.fingerprint, r.doc.path);
      if (!fresh) {
        in.duplicates.emplace_back(r.doc.path, it->second);
        continue;
      }
    }
    kept.push_back(std::move(r));
  }
  in.regions = std::move(kept);
  return in;
}

Reason unreadable_reason(const Document& doc, const std::optional<Document>& national) {
  auto first = [&](const char* rule) -> const Finding* {
    for (const Finding& f : doc.findings)
      if (f.rule == rule) return &f;
    return nullptr;
  };
  if (doc.kind == FileKind::national && !doc.fatal) {
    std::string used = national ? file_name(national->path) : std::string();
    return {Text{"tweede landelijk bestand; de rapportage gebruikt " + used,
                 "a second national file; the report uses " + used},
            {}};
  }
  if (doc.kind == FileKind::region && !doc.fatal)
    return {{"geen regiobestand en geen landelijk bestand: de sleutels regio en rapportage ontbreken",
             "neither a region file nor a national file: the keys regio and rapportage are missing"},
            {}};
  for (const char* rule : {"D01", "D02"})
    if (const Finding* f = first(rule)) return {f->message, f->pos};
  if (!doc.findings.empty()) return {doc.findings.front().message, doc.findings.front().pos};
  return {{"kan niet gelezen worden", "cannot be read"}, {}};
}

std::string default_report_date(const ReportInput& in) {
  if (in.national) {
    const DateVal& d = in.national->national.rapportage.peildatum;
    if (d.set && d->valid()) return d->iso();
  }
  std::string latest;
  for (const RegionFile& r : in.regions) latest = std::max(latest, r.facts.peildatum);
  return latest;
}

}  // namespace zio
