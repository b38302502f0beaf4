#include "render/markdown_escape.h"

#include <cstdint>
#include <string_view>

#include "render/utf8.h"

namespace zio {

namespace {
// Whether `c` must be backslash-escaped to stay literal. Inline markup
// characters always; the characters that open a block (list item, heading
// underline, ordered list "1.") only where the value could begin a line:
// at its start, or right after a number that starts it. Everything else
// stays as written, so the Markdown stays readable in review diffs.
bool needs_escape(unsigned char c, bool at_start, bool after_leading_number) {
  static const std::string_view always = "\\`*_[]<>#|!&~";
  if (always.find(static_cast<char>(c)) != std::string_view::npos) return true;
  if (at_start) return c == '-' || c == '+' || c == '=' || c == ':';
  if (c == '.' || c == ')') return after_leading_number;
  return false;
}
}  // namespace

std::string markdown_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 4);
  bool space = false;        // a space is owed before the next visible character
  bool digits_only = true;   // everything written so far is digits
  auto blank = [&] { space = !out.empty(); };
  auto put = [&](std::string_view piece) {
    if (space) {
      out += ' ';
      digits_only = false;
    }
    space = false;
    for (char ch : piece) digits_only = digits_only && ch >= '0' && ch <= '9';
    out += piece;
  };
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c <= 0x20 || c == 0x7f) {
        blank();
      } else if (needs_escape(c, out.empty(), !space && !out.empty() && digits_only)) {
        char esc[2] = {'\\', static_cast<char>(c)};
        put(std::string_view(esc, 2));
      } else {
        char ch = static_cast<char>(c);
        put(std::string_view(&ch, 1));
      }
      ++i;
      continue;
    }
    // One UTF-8 sequence (the writers' decoder, render/utf8.h); anything
    // malformed is U+FFFD, one byte at a time.
    const size_t at = i;
    const char32_t cp = next_codepoint(s, i);
    if ((cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029) {
      blank();  // C1 controls (NEL) and Unicode line/paragraph separators
    } else if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF) || cp == 0xFFFD) {
      put("\xEF\xBF\xBD");  // noncharacters are not allowed in XML; malformed input
    } else {
      put(std::string_view(s.data() + at, i - at));
    }
  }
  return out;
}

}  // namespace zio
