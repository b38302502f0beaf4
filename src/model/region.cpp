#include "model/region.h"

#include "model/finding.h"

namespace zio {

bool filled(const Str& s) {
  return s.set && s.v.find_first_not_of(" \t\r\n") != std::string::npos;
}

bool School::has_cluster(long long c) const {
  for (const Int& x : clusters.v)
    if (x.set && x.v == c) return true;
  return false;
}

const char* severity_name(Severity s, Lang lang) {
  switch (s) {
    case Severity::fout: return lang == Lang::en ? "error" : "fout";
    case Severity::waarschuwing: return lang == Lang::en ? "warning" : "waarschuwing";
    case Severity::info: return "info";
  }
  return "";
}

}  // namespace zio
