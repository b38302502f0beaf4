#pragma once
// What the contract's and the checklist's views share inside render/: the
// pick of a language's words, a model string as shown, and the template of
// a document in a language. Not part of the render stage's interface.
#include <stdexcept>
#include <string>
#include <vector>

#include "load/loader.h"
#include "model/text.h"
#include "util/text.h"

namespace zio::view {

inline std::string tr(Lang lang, const char* nl, const char* en) { return lang == Lang::en ? en : nl; }

// "A, B en C" / "A, B and C".
inline std::string and_list(const std::vector<std::string>& items, Lang lang) {
  return join(items, ", ", tr(lang, " en ", " and "));
}

// A model string as shown: trimmed, empty when not set.
inline std::string str(const Str& s) { return s.set ? trim(s.v) : std::string(); }

// "templates/contract.nl.md.mustache".
inline std::string template_name(const char* kind, Lang lang) {
  return std::string("templates/") + kind + (lang == Lang::en ? ".en" : ".nl") + ".md.mustache";
}

// Throws std::invalid_argument unless `doc` is a readable region file.
inline void check_region(const Document& doc) {
  if (doc.fatal) throw std::invalid_argument(doc.path + ": the file could not be read or parsed");
  if (doc.kind != FileKind::region) throw std::invalid_argument(doc.path + ": not a region file");
}

}  // namespace zio::view
