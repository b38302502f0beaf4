#pragma once
// Reading XML and HTML of an untrusted document (verify): libxml2 without
// network access, entity expansion or DTD loading, and its amplification
// limits kept (no XML_PARSE_HUGE).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zio {

using Namespaces = std::vector<std::pair<const char*, const char*>>;  // prefix, URI

// The string value of an XPath expression over `xml` (or HTML with
// `html`); false when the text does not parse.
bool xpath_string(std::string_view xml, bool html, const char* expr, const Namespaces& ns, std::string& out);

// The text of each node an XPath expression selects, in document order.
bool xpath_strings(std::string_view xml, bool html, const char* expr, const Namespaces& ns, std::vector<std::string>& out);

// The text of every paragraph-like element in document order: ODF text:p
// and text:h, WordprocessingML w:p, HTML p, h1-h6, li, th, td, title. False
// when the text does not parse.
bool paragraph_texts(std::string_view xml, bool html, std::vector<std::string>& out);

}  // namespace zio
