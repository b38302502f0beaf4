#pragma once
// `zio verify`: whether a document was made from the data in a region file.
// The document says how it was made (provenance.h); verify makes it again
// from the file through the same pipeline (prepare.h, emit.h) and compares:
// ODT and DOCX part by part, HTML head and body (all three are
// byte-identical for equal data), a PDF by its text (pdftotext of both,
// white space normalised) and by the fingerprint in its XMP metadata.
#include <string>

#include "model/text.h"

namespace zio {

struct Verdict {
  // 0 made from this data; 1 not; 2 unreadable (document or file), a
  // truncated or malformed archive, or a document zio did not make.
  int code = 2;
  Text message;  // the answer (code 0/1: "OK: ..."/"VERSCHIL: ...") or the error
};

// Largest document verify reads.
constexpr std::size_t kMaxDocumentBytes = 256u << 20;

Verdict verify_document(const std::string& document, const std::string& region_file);

}  // namespace zio
