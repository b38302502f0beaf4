#include "util/text.h"

#include <cctype>

namespace zio {

std::string trim(std::string_view s) {
  const char* blank = " \t\r\n";
  size_t b = s.find_first_not_of(blank);
  if (b == std::string_view::npos) return {};
  return std::string(s.substr(b, s.find_last_not_of(blank) - b + 1));
}

std::string join(const std::vector<std::string>& items, std::string_view sep, std::string_view last_sep) {
  if (last_sep.empty()) last_sep = sep;
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? last_sep : sep;
    out += items[i];
  }
  return out;
}

std::string sentences(std::string_view s) {
  std::string t = trim(s);
  if (t.empty()) return t;
  unsigned char last = static_cast<unsigned char>(t.back());
  bool closed_inside = t.size() >= 2 && (t[t.size() - 2] == '.' || t[t.size() - 2] == '!' || t[t.size() - 2] == '?');
  if (std::isalnum(last) || ((last == ')' || last == '\'' || last == '"') && !closed_inside)) t += '.';
  return t;
}

std::string clause(std::string_view s) {
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

std::string capitalise(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

}  // namespace zio
