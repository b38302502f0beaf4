#include "rules/checks.h"

#include <cmath>
#include <cstdio>

#include "load/reader.h"

namespace zio::checks {

bool has_shape(const std::string& s, const char* pattern) {
  size_t i = 0;
  for (; pattern[i]; ++i) {
    if (i >= s.size()) return false;
    char c = s[i], p = pattern[i];
    if (p == '9') {
      if (c < '0' || c > '9') return false;
    } else if (p == 'A') {
      if (c < 'A' || c > 'Z') return false;
    } else if (c != p) {
      return false;
    }
  }
  return i == s.size();
}

std::string number(double v) {
  char buf[64];
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

Text did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string s = suggest(word, candidates);
  if (s.empty() || s == word) return {};
  return Text{"bedoelde u '", "did you mean '"} + s + "'?";
}

Text quoted_list(const std::vector<std::string>& items) {
  Text out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out = out + (i + 1 == items.size() ? Text{" en ", " and "} : Text{", ", ", "});
    out = out + ("'" + items[i] + "'");
  }
  return out;
}

Text school_label(const School& s, size_t index) {
  if (filled(s.id)) return Text{"school '", "school '"} + s.id.v + "'";
  return Text{"scholen[", "scholen["} + std::to_string(index) + "]";
}

Text party_label(const Partij& p, size_t index) {
  if (filled(p.id)) return Text{"partij '", "party '"} + p.id.v + "'";
  return Text{"partijen[", "partijen["} + std::to_string(index) + "]";
}

std::string gemeente_label(const RefData& ref, const std::string& code) {
  auto it = ref.gemeenten.find(code);
  return it == ref.gemeenten.end() ? code : code + " (" + it->second.naam + ")";
}

}  // namespace zio::checks
