// The format registry (render/formats.h) is the one place a format is
// described: these tests hold every entry to what render, verify and
// report rely on, so a new entry that is half filled in fails here.
#include <catch2/catch.hpp>

#include <set>

#include "render/emit.h"
#include "render/formats.h"

using namespace zio;

TEST_CASE("formats: every extension maps back to its format, case and dot aside", "[formats]") {
  std::set<std::string> seen;
  for (const FormatInfo& f : output_formats()) {
    REQUIRE(!f.extensions.empty());
    CHECK(std::string(f.name) == f.extensions.front());
    for (const char* e : f.extensions) {
      CHECK(seen.insert(e).second);  // no extension claimed twice
      CHECK(format_of_extension(e) == f.format);
      std::string upper = std::string(".") + e;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      CHECK(format_of_extension(upper) == f.format);
      CHECK(format_of(std::string("map.v2/uit.") + e) == f.format);
    }
  }
  CHECK(format_of_extension("rtf") == Format::unknown);
  CHECK(format_of("map.odt/uit") == Format::unknown);  // a dot in a folder is no extension
  CHECK(format_of("-") == Format::markdown);
}

TEST_CASE("formats: each one builds a document, and each that stores a fingerprint reads it back", "[formats]") {
  DocMeta meta;
  meta.title = "Titel";
  meta.kind = "contract";
  meta.fingerprint = std::string(64, 'a');
  const std::string md = "# Titel\n\nEen alinea.\n";
  for (const FormatInfo& f : output_formats()) {
    INFO(f.name);
    CHECK((f.format == Format::markdown || f.write != nullptr || f.made_from != Format::unknown));
    if (f.write) CHECK(f.read_fingerprint != nullptr);  // verify must be able to read what we write
    if (f.format == Format::pdf) continue;  // LibreOffice: proven by the PDF tests
    std::string bytes;
    Text err;
    REQUIRE(build_document(md, meta, f.format, bytes, err));
    CHECK(!bytes.empty());
    if (f.read_fingerprint) CHECK(f.read_fingerprint(bytes) == meta.fingerprint);
  }
}

TEST_CASE("formats: the messages name every format of the table", "[formats]") {
  std::string nl = unknown_format_message("x.rtf").in(Lang::nl), en = unknown_format_message("x.rtf").in(Lang::en);
  for (const FormatInfo& f : output_formats()) {
    CHECK(nl.find(std::string(".") + f.name) != std::string::npos);
    CHECK(en.find(std::string(".") + f.name) != std::string::npos);
  }
  CHECK(extension_list(Lang::nl) == ".md, .html, .odt, .docx of .pdf");
  CHECK(format_name_list(Lang::en) == "md, html, odt, docx and pdf");
}
