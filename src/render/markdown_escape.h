#pragma once
// The one escape every template value passes through (the templates'
// custom Mustache escape): no text from a region file can become Markdown
// markup, so none can become HTML, emphasis, a link, a table break, a
// heading or a list item in any output format.
#include <string>

namespace zio {

// Markdown-escapes a value for a template: the characters of inline markup
// backslash-escaped (\\ ` * _ [ ] < > # | ! & ~), and at the value's start
// those that open a block (- + = :, and the . or ) of "1."), line breaks,
// tabs and other control characters to a space, runs of spaces collapsed
// and the ends trimmed. Invalid UTF-8 becomes U+FFFD; Unicode line and
// paragraph separators and C1 controls become a space; noncharacters
// become U+FFFD. Linear in the size of `s`.
std::string markdown_escape(const std::string& s);

}  // namespace zio
