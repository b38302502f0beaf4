#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "load/canonical.h"
#include "load/yaml_tree.h"
#include "render/document.h"
#include "render/emit.h"
#include "render/pdf.h"
#include "render/zip.h"

namespace zio::cli {

namespace {

// The fingerprint a document carries, by its content rather than its name.
std::string stored_fingerprint(const std::string& bytes) {
  if (bytes.rfind("%PDF-", 0) == 0) return read_fingerprint_pdf(bytes);
  if (bytes.rfind("PK", 0) == 0) {
    std::string probe;
    if (read_zip_entry(bytes, "word/document.xml", probe)) return read_fingerprint_docx(bytes);
    return read_fingerprint_odt(bytes);
  }
  return read_fingerprint_html(bytes);
}

}  // namespace

int verify(const Global& g, const std::string& document, const std::string& file) {
  bool en = g.lang == Lang::en;
  std::string bytes, text;
  Finding err;
  if (!read_file(document, bytes, err, 256u << 20)) {
    error(g, document + ": " + err.message);
    return 2;
  }
  if (!read_file(file, text, err, ParseLimits{}.max_bytes)) {
    error(g, file + ": " + err.message);
    return 2;
  }
  std::string stored = stored_fingerprint(bytes);
  if (stored.empty()) {
    error(g, document + ": " +
                 Text{"geen vingerafdruk van zio gevonden (is het met zio gemaakt, als .odt, .docx, .html of .pdf?)",
                      "no zio fingerprint found (was it made by zio, as .odt, .docx, .html or .pdf?)"});
    return 2;
  }
  std::string actual = fingerprint(text);
  if (actual.empty()) {
    error(g, file + ": " + Text{"het regiobestand is geen leesbare YAML", "the region file is not readable YAML"});
    return 2;
  }
  if (stored == actual) {
    std::cout << (en ? "OK: " : "OK: ") << document << (en ? " was rendered from the data in " : " is gemaakt uit de gegevens in ")
              << file << " (" << (en ? "fingerprint " : "vingerafdruk ") << actual << ")\n";
    return 0;
  }
  std::cout << (en ? "MISMATCH: " : "VERSCHIL: ") << document
            << (en ? " was NOT rendered from the data in " : " is NIET gemaakt uit de gegevens in ") << file << "\n  "
            << (en ? "document: " : "document:      ") << stored << "\n  " << (en ? "data:     " : "gegevens:      ")
            << actual << "\n";
  return 1;
}

}  // namespace zio::cli
