#include "rules/context.h"

#include <algorithm>

namespace zio {

namespace {
int year_of(const Document& doc) {
  const DateVal& d = doc.kind == FileKind::national ? doc.national.rapportage.peildatum : doc.region.regio.peildatum;
  return d.set && d->valid() ? d->y : 2026;
}
}  // namespace

Context::Context(const Document& d, const Findings& f)
    : doc(d), region(d.region), national(d.national), ref(RefData::for_year(year_of(d))), so_far(f) {
  for (const Partij& p : region.partijen.v)
    if (p.id.set) parties_.emplace(p.id.v, &p);
  for (const School& s : region.scholen.v)
    if (s.id.set) schools_.emplace(s.id.v, &s);
  if (region.afspraken.scholen.set) {
    for (const Str& id : region.afspraken.scholen.v)
      if (const School* s = school(id.v))
        if (std::find(covered_.begin(), covered_.end(), s) == covered_.end()) covered_.push_back(s);
  } else {
    for (const School& s : region.scholen.v) covered_.push_back(&s);
  }
}

const Partij* Context::party(const std::string& id) const {
  auto it = parties_.find(id);
  return it == parties_.end() ? nullptr : it->second;
}

const School* Context::school(const std::string& id) const {
  auto it = schools_.find(id);
  return it == schools_.end() ? nullptr : it->second;
}

bool Context::is_covered(const School& s) const {
  return std::find(covered_.begin(), covered_.end(), &s) != covered_.end();
}

std::vector<const Partij*> Context::parties_of(const std::string& soort) const {
  std::vector<const Partij*> out;
  for (const Partij& p : region.partijen.v)
    if (p.soort.set && p.soort.v == soort) out.push_back(&p);
  return out;
}

bool Context::any_fout(std::string_view except) const {
  for (const Findings* list : {&doc.findings, &so_far})
    for (const Finding& f : *list)
      if (f.severity == Severity::fout && f.rule != except) return true;
  return false;
}

Pos Context::afspraken_pos() const { return first_known(region.afspraken.pos, region.root, Pos{1, 1}); }

Pos Context::root_pos() const { return first_known(region.root, Pos{1, 1}); }

const Str* Context::scholen_entry(const std::string& id) const {
  const IdList& list = region.afspraken.scholen;
  if (!list.set) return nullptr;
  for (const Str& s : list.v)
    if (s.set && s.v == id) return &s;
  return nullptr;
}

std::vector<std::string> Context::fout_rules(std::string_view except) const {
  std::vector<std::string> ids;
  for (const Findings* list : {&doc.findings, &so_far})
    for (const Finding& f : *list)
      if (f.severity == Severity::fout && f.rule != except) ids.push_back(f.rule);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace zio
