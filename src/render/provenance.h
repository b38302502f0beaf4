#pragma once
// How a document was made, stored in its own metadata so `zio verify` can
// make it again from the region file and compare: the fingerprint of the
// data, the document kind, the language and whether it is a draft. Every
// writer stores the same keywords (ODT meta:keyword, which LibreOffice
// carries into a PDF's Keywords; DOCX cp:keywords; HTML
// <meta name="keywords">).
#include <string>
#include <string_view>
#include <vector>

#include "model/text.h"
#include "render/document.h"

namespace zio {

struct Provenance {
  std::string fingerprint;  // SHA-256 hex, 64 lower-case digits
  std::string kind;         // "contract" or "checklist"
  Lang lang = Lang::nl;
  bool concept = false;
};

// "zio-sha256:<hex>", "zio-soort:<kind>", "zio-taal:nl|en",
// "zio-concept:ja|nee"; empty without a fingerprint.
std::vector<std::string> provenance_keywords(const DocMeta& meta);

// Reads those keywords back from one keyword text (any of ',', ';' or white
// space between them). False unless all four are there, well-formed and
// each given once: a document that does not say how it was made cannot be
// re-made.
bool parse_provenance(std::string_view keywords, Provenance& out);

// `s` without white space at either end; metadata readers all trim alike.
std::string trim_space(std::string_view s);

// 64 lower-case hexadecimal digits.
bool is_fingerprint(std::string_view s);

}  // namespace zio
