#pragma once
// One region file made ready for the writers: validated, held to the
// sign-off guard, turned into Markdown and the metadata the writers need.
// `zio render` (one file or a batch) and `zio verify` (which re-renders a
// document to prove it) go through this one function, so they cannot
// disagree about what a document made from a file looks like.
#include <ostream>
#include <string>

#include "load/loader.h"
#include "model/text.h"
#include "render/document.h"

namespace zio {

// How a document is made: which document, in which language, as a draft.
struct RenderJob {
  std::string what = "contract";  // contract | checklist
  Lang lang = Lang::nl;
  bool concept = false;           // --concept: a marked draft despite fouten
};

// Title, subtitle, date, fingerprint and flags for a document of `job` made
// from `doc` (null: the blank checklist).
DocMeta document_meta(const RenderJob& job, const Document* doc);

struct Prepared {
  int code = 0;          // 0 ready; 1 refused by the sign-off guard; 2 unreadable
  std::string markdown;  // when code == 0
  DocMeta meta;
};

// Validates `file` and, unless the sign-off guard refuses it, makes its
// Markdown and metadata. The findings and the reason of a refusal are
// written to `err`, as `zio validate` would print them.
Prepared prepare_document(const RenderJob& job, const std::string& file, std::ostream& err);
// The same for a document already validated (run_rules, with its
// fingerprint): `zio serve` checks text that is not saved yet.
Prepared prepare_validated(const RenderJob& job, const Document& doc, std::ostream& err);

}  // namespace zio
