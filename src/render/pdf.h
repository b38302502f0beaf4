#pragma once
// PDF through LibreOffice (headless) from the ODT writer's output: the
// government's mandatory format for final documents, made by a real office
// suite rather than a second writer of our own.
#include <string>

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

// The fingerprint stored in a PDF made from our ODT (its keywords end up in
// the PDF's metadata); empty when none is found.
std::string read_fingerprint_pdf(const std::string& pdf);

}  // namespace zio
