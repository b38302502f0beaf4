#pragma once
// PDF through LibreOffice (headless) from the ODT writer's output: the
// government's mandatory format for final documents, made by a real office
// suite rather than a second writer of our own.
#include <string>
#include <vector>

#include "model/text.h"

namespace zio {

// The soffice executable to use, or empty when LibreOffice is not installed.
std::string find_soffice();
// An executable of that name on PATH, or empty.
std::string find_program(const std::string& name);

// Converts an ODT (bytes) to a tagged PDF/A-2b. On failure returns false
// with a message naming the cause (and the Debian package when LibreOffice
// is missing). Each call uses its own LibreOffice profile, so conversions
// may run side by side.
bool odt_to_pdf(const std::string& odt, std::string& pdf, Text& error);

// Converts ODT files to PDF in one LibreOffice run, so its start-up (seconds)
// is paid once for a whole batch: every dir/name.odt becomes outdir/name.pdf.
// Returns false only when LibreOffice could not run; a document it failed on
// has no PDF, so read each one back with read_pdf.
bool convert_to_pdf(const std::vector<std::string>& odt_paths, const std::string& outdir, Text& error);
// Reads a PDF that convert_to_pdf made; false (with a message) when missing.
bool read_pdf(const std::string& path, std::string& pdf, Text& error);

// Through poppler (pdftotext, pdfinfo; Debian package poppler-utils), so
// the PDF's objects are parsed by a real reader, never searched as bytes.
// The text of every page (UTF-8, pages separated by form feeds):
bool pdf_text(const std::string& pdf, std::string& text, Text& error);
// The XMP metadata packet (XML; empty when the PDF has none):
bool pdf_xmp(const std::string& pdf, std::string& xmp, Text& error);
// The Keywords of that XMP packet, parsed as XML (empty when none):
bool pdf_keywords(const std::string& pdf, std::string& keywords, Text& error);
// The fingerprint among those keywords (provenance.h); empty when none.
std::string read_fingerprint_pdf(const std::string& pdf);

}  // namespace zio
