#include "render/markdown_escape.h"

#include <cstdint>
#include <string_view>

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
    // One UTF-8 sequence; anything malformed becomes U+FFFD, one byte at a time.
    int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    uint32_t cp = len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    bool ok = len > 0 && i + len <= n;
    for (int k = 1; ok && k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      ok = (cc & 0xC0) == 0x80;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    static const uint32_t min_cp[5] = {0, 0, 0x80, 0x800, 0x10000};
    ok = ok && cp >= min_cp[len] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (!ok) {
      put("\xEF\xBF\xBD");
      ++i;
      continue;
    }
    if ((cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029) {
      blank();  // C1 controls (NEL) and Unicode line/paragraph separators
    } else if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
      put("\xEF\xBF\xBD");  // noncharacters: not allowed in XML
    } else {
      put(std::string_view(s.data() + i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace zio
