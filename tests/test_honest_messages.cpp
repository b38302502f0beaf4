// Messages that tell the truth about the file: control characters from the
// file never reach the terminal raw, invisible characters are a visible
// waarschuwing, YAML tags are refused, CR-only line endings are named, and
// every metadata reader trims the fingerprint alike.
#include <catch2/catch.hpp>

#include <fstream>

#include "render/document.h"
#include "render/zip.h"
#include "support.h"

using namespace zio::test;

namespace {

}  // namespace

TEST_CASE("messages: ESC and BEL in a key are shown escaped, never raw") {
  std::string dir = temp_dir();
  Run r = run_zio({"validate", write(dir, "esc.yaml", "zio: 1\nregio:\n  naam: x\n  x\x1b[31mkey\x07: 1\n")});
  CHECK(r.code == 2 - 1);
  CHECK(r.out.find("onbekende sleutel 'x<U+001B>[31mkey<U+0007>'") != std::string::npos);
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.find('\x07') == std::string::npos);
}

TEST_CASE("messages: bidi overrides and zero-width characters are a waarschuwing, shown by code point") {
  std::string dir = temp_dir();
  for (const char* cp : {"\u202E", "\u200B", "\u2066"}) {
    INFO(cp);
    Run r = run_zio({"validate", write(dir, "bidi.yaml", std::string("zio: 1\nregio:\n  naam: \"Test") + cp + "regio\"\n")});
    CHECK(r.out.find("waarschuwing: de tekst bevat het onzichtbare teken U+") != std::string::npos);
    CHECK(r.out.find(cp) == std::string::npos);  // not even in the quoted line
  }
}

TEST_CASE("messages: YAML tags the format does not use are refused") {
  std::string dir = temp_dir();
  Run r = run_zio({"validate", write(dir, "tag.yaml", "zio: 1\nregio:\n  naam: !!binary aGVsbG8=\n")});
  CHECK(r.code == 1);
  CHECK(r.out.find("tag.yaml:3:9: fout: de YAML-tag '!!binary' hoort niet in een regiobestand") != std::string::npos);
}

TEST_CASE("messages: CR-only line endings are named, not 'het bestand is leeg'") {
  std::string dir = temp_dir();
  Run r = run_zio({"validate", write(dir, "cr.yaml", "zio: 1\rregio:\r  naam: x\r")});
  CHECK(r.code == 2);
  CHECK(r.out.find("alleen CR als regeleinde") != std::string::npos);
  CHECK(r.out.find("leeg") == std::string::npos);
  // CR+LF (Windows) stays fine.
  Run crlf = run_zio({"validate", write(dir, "crlf.yaml", "zio: 1\r\nregio:\r\n  naam: x\r\n")});
  CHECK(crlf.out.find("regeleinde") == std::string::npos);
}

TEST_CASE("fingerprint readers trim white space alike in ODT, DOCX and HTML") {
  const std::string fp(64, 'c');
  std::string docx = zio::make_zip(
      {{"docProps/custom.xml",
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
        "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property name=\"zio-vingerafdruk\">"
        "<vt:lpwstr>\n  " + fp + "  \n</vt:lpwstr></property></Properties>"}});
  CHECK(zio::read_fingerprint_docx(docx) == fp);
  CHECK(zio::read_fingerprint_html("<meta name=\"zio-vingerafdruk\" content=\" " + fp + "\t\">") == fp);
}
