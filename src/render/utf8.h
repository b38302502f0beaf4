#pragma once
// The one UTF-8 decoder of the writers (HTML, ODT, DOCX) and the charts,
// and the one XML-safe text filter they all pass text through.
#include <cstddef>
#include <string>
#include <string_view>

namespace zio {

// The code point at s[i]; advances i past it. An invalid sequence (a bad
// lead or continuation byte, a truncated, overlong or surrogate form, or a
// value above U+10FFFF) yields U+FFFD and advances one byte.
char32_t next_codepoint(std::string_view s, size_t& i);

// Appends `cp` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// The number of code points (as next_codepoint counts them).
size_t codepoint_count(std::string_view s);

// Valid UTF-8 with only characters XML 1.0 allows: invalid bytes become
// U+FFFD, control characters other than tab and newline and U+FFFE/U+FFFF
// are dropped. The loader refuses such input; this keeps every XML part
// well-formed if one slips by (metadata does not pass through cmark).
std::string xml_safe(std::string_view s);

}  // namespace zio
