#include "render/provenance.h"

#include <map>

namespace zio {

std::vector<std::string> provenance_keywords(const DocMeta& meta) {
  if (meta.fingerprint.empty()) return {};
  return {"zio-sha256:" + meta.fingerprint, "zio-soort:" + meta.kind,
          std::string("zio-taal:") + (meta.lang == Lang::en ? "en" : "nl"),
          std::string("zio-concept:") + (meta.concept ? "ja" : "nee")};
}

std::string trim_space(std::string_view s) {
  const char* ws = " \t\r\n\f\v";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

bool is_fingerprint(std::string_view s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

bool parse_provenance(std::string_view keywords, Provenance& out) {
  std::map<std::string, std::string> found;
  size_t i = 0;
  auto sep = [](char c) { return c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (i < keywords.size()) {
    while (i < keywords.size() && sep(keywords[i])) ++i;
    size_t start = i;
    while (i < keywords.size() && !sep(keywords[i])) ++i;
    std::string_view word = keywords.substr(start, i - start);
    if (word.rfind("zio-", 0) != 0) continue;
    size_t colon = word.find(':');
    if (colon == std::string_view::npos) continue;
    std::string key(word.substr(0, colon));
    if (!found.emplace(key, std::string(word.substr(colon + 1))).second) return false;  // given twice
  }
  auto get = [&](const char* k) -> const std::string* {
    auto it = found.find(k);
    return it == found.end() ? nullptr : &it->second;
  };
  const std::string *fp = get("zio-sha256"), *kind = get("zio-soort"), *lang = get("zio-taal"),
                    *concept = get("zio-concept");
  if (!fp || !kind || !lang || !concept || !is_fingerprint(*fp)) return false;
  if (*kind != "contract" && *kind != "checklist") return false;
  if (*lang != "nl" && *lang != "en") return false;
  if (*concept != "ja" && *concept != "nee") return false;
  out.fingerprint = *fp;
  out.kind = *kind;
  out.lang = *lang == "en" ? Lang::en : Lang::nl;
  out.concept = *concept == "ja";
  return true;
}

}  // namespace zio
