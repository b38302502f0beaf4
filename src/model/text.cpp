#include "model/text.h"

namespace zio {

Text operator+(const Text& a, const Text& b) { return {a.nl + b.nl, a.en + b.en}; }
Text operator+(const Text& a, const std::string& s) { return {a.nl + s, a.en + s}; }
Text operator+(const std::string& s, const Text& b) { return {s + b.nl, s + b.en}; }

bool parse_lang(const std::string& s, Lang& out) {
  if (s == "nl") { out = Lang::nl; return true; }
  if (s == "en") { out = Lang::en; return true; }
  return false;
}

}  // namespace zio
