#pragma once
// User-facing text comes in two languages; Dutch is the default.
#include <string>

namespace zio {

enum class Lang { nl, en };

// A message in both languages, so a finding is made once and printed in the
// language chosen at output time.
struct Text {
  std::string nl;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::en && !en.empty() ? en : nl; }
  bool empty() const { return nl.empty(); }
};

Text operator+(const Text& a, const Text& b);
Text operator+(const Text& a, const std::string& same_in_both);
Text operator+(const std::string& same_in_both, const Text& b);

// Parses "nl" / "en"; returns false for anything else.
bool parse_lang(const std::string& s, Lang& out);

}  // namespace zio
