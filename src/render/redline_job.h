#pragma once
// `zio render contract NEW --sinds OLD`: the contract of NEW with every
// difference from the contract of OLD marked (render/redline.h), for the
// next sign-off round. Both contracts are made by prepare_document, the
// same pipeline as any render, so the marks show what a reader of the two
// documents would see change. NEW is held to the sign-off guard as usual;
// OLD is made as it was made: a concept when it has fouten.
//
// The result is deterministic (same two files, same bytes), so `zio verify`
// can prove a redline by making it again: it needs NEW, OLD (whose
// fingerprint the document names as since_fingerprint: ODT meta.xml and
// DOCX docProps/custom.xml "zio-sinds-vingerafdruk", HTML <meta>) and the
// render job (language, --concept).
#include <ostream>
#include <string>

#include "render/emit.h"
#include "render/job.h"

namespace zio {

// The redlined contract's bytes in `format`. Returns 0 made; 1 NEW refused
// by the sign-off guard; 2 a file unreadable or the document not made.
// Messages (NEW's findings on a refusal, OLD's only when it is unreadable)
// go to `err`.
int build_redline(const RenderJob& job, const std::string& old_file, const std::string& new_file, Format format,
                  std::string& bytes, std::ostream& err);

// build_redline, written to `out` through a temporary file and a rename
// ("-": Markdown on standard output). The same exit codes.
int render_redline(const RenderJob& job, const std::string& old_file, const std::string& new_file,
                   const std::string& out, std::ostream& err);

}  // namespace zio
