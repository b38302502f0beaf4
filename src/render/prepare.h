#pragma once
// A region file made ready for the writers: validated, held to the sign-off
// guard, turned into Markdown and metadata. `zio render` makes documents
// with it and `zio verify` makes them again, so both take the same path.
#include <string>

#include "load/loader.h"
#include "model/text.h"
#include "render/document.h"

namespace zio {

struct DocumentRequest {
  std::string what;  // "contract" or "checklist"
  Lang lang = Lang::nl;
  bool concept = false;  // a marked draft of a contract, also with fouten
};

struct Prepared {
  // 0 ready; 1 refused by the sign-off guard (a contract while the file has
  // fouten); 2 unreadable, or not a region file.
  int code = 0;
  Document doc;         // the validated file (its findings explain a refusal)
  bool show_findings = false;  // code != 0 because of doc's findings
  Text message;         // why not, when code != 0 (may be empty for 2: see doc)
  std::string markdown;
  DocMeta meta;
};

// The title, subtitle, date, fingerprint and provenance of a document of
// `req.what` about `doc` (nullptr: a blank checklist).
DocMeta document_meta(const Document* doc, const DocumentRequest& req);

Prepared prepare_document(const std::string& file, const DocumentRequest& req);

}  // namespace zio
