// zio verify proves a document: it makes the document again from the
// region file and compares, so an edited, truncated, forged or foreign
// document is not "made from this data". Real files through the binary.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "render/zip.h"
#include "support.h"

using namespace zio::test;
namespace fs = std::filesystem;

namespace {

const char* const kRegion = "examples/hart-van-brabant.yaml";
const char* const kOther = "examples/gemengde-clusters.yaml";

void write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::string render(const std::string& dir, const std::string& name, const std::string& region = kRegion) {
  std::string out = dir + "/" + name;
  Run r = run_zio({"render", "contract", region, "-o", out});
  INFO(r.err);
  REQUIRE(r.code == 0);
  return out;
}

// The fingerprint verify reports for a document it accepts.
std::string fingerprint_of(const std::string& doc, const std::string& region) {
  Run r = run_zio({"verify", doc, region});
  REQUIRE(r.code == 0);
  size_t at = r.out.find("(vingerafdruk ");
  REQUIRE(at != std::string::npos);
  return r.out.substr(at + 14, 64);
}

}  // namespace

TEST_CASE("verify: a genuine document is OK, and the answer says what was compared") {
  std::string dir = temp_dir();
  for (const char* name : {"c.odt", "c.docx", "c.html"}) {
    INFO(name);
    Run r = run_zio({"verify", render(dir, name), kRegion});
    CHECK(r.code == 0);
    CHECK(r.out.find("inhoud en vingerafdruk gelijk") != std::string::npos);
    Run en = run_zio({"--lang", "en", "verify", dir + "/" + name, kRegion});
    CHECK(en.out.find("content and fingerprint equal") != std::string::npos);
  }
}

TEST_CASE("verify: an HTML whose body was edited differs, naming the part and the paragraph") {
  std::string dir = temp_dir();
  std::string html = slurp(render(dir, "c.html"));
  size_t at = html.find("Geschillenregeling", html.find("<main>"));
  REQUIRE(at != std::string::npos);
  html.replace(at, 18, "Geschillenregelin_");
  write(dir + "/edited.html", html);
  Run r = run_zio({"verify", dir + "/edited.html", kRegion});
  CHECK(r.code == 1);
  CHECK(r.out.find("onderdeel body verschilt") != std::string::npos);
  CHECK(r.out.find("Geschillenregelin_") != std::string::npos);
}

TEST_CASE("verify: a 100-byte HTML holding only the metadata is not the document") {
  std::string dir = temp_dir();
  std::string html = slurp(render(dir, "c.html"));
  std::string fp = fingerprint_of(dir + "/c.html", kRegion);
  // What the metadata says, and nothing else.
  std::string meta = "<meta name=\"keywords\" content=\"zio-sha256:" + fp +
                     " zio-soort:contract zio-taal:nl zio-concept:nee\">";
  write(dir + "/meta.html", meta);
  Run r = run_zio({"verify", dir + "/meta.html", kRegion});
  CHECK(r.code == 1);
  CHECK(r.out.find("VERSCHIL") != std::string::npos);
  // The old marker alone (no provenance) says nothing of how it was made: 2.
  write(dir + "/old.html", "<meta name=\"zio-vingerafdruk\" content=\"" + fp + "\">");
  CHECK(run_zio({"verify", dir + "/old.html", kRegion}).code == 2);
}

TEST_CASE("verify: an ODT cut short by 10 or 22 bytes is a damaged archive, exit 2") {
  std::string dir = temp_dir();
  std::string odt = slurp(render(dir, "c.odt"));
  for (size_t cut : {10u, 22u, 1u}) {
    INFO(cut);
    write(dir + "/cut.odt", odt.substr(0, odt.size() - cut));
    Run r = run_zio({"verify", dir + "/cut.odt", kRegion});
    CHECK(r.code == 2);
    CHECK(r.err.find("afgekapt of beschadigd") != std::string::npos);
  }
}

TEST_CASE("verify: an .odt that also holds word/document.xml is read as ODT and differs by that part") {
  std::string dir = temp_dir();
  std::string odt = slurp(render(dir, "c.odt"));
  std::vector<zio::ZipEntry> parts;
  std::string why;
  REQUIRE(zio::read_zip(odt, parts, why));
  parts.insert(parts.end() - 1, {"word/document.xml", "<w:document/>"});
  write(dir + "/mixed.odt", zio::make_zip(parts));
  Run r = run_zio({"verify", dir + "/mixed.odt", kRegion});
  CHECK(r.code == 1);
  CHECK(r.out.find("word/document.xml hoort niet in het document") != std::string::npos);
}

TEST_CASE("verify: an ODT whose content was edited names content.xml and the first differing paragraph") {
  std::string dir = temp_dir();
  std::string odt = slurp(render(dir, "c.odt"));
  std::vector<zio::ZipEntry> parts;
  std::string why;
  REQUIRE(zio::read_zip(odt, parts, why));
  for (zio::ZipEntry& e : parts)
    if (e.path == "content.xml") {
      size_t at = e.data.find("Doorzettingsmacht");
      REQUIRE(at != std::string::npos);
      e.data.replace(at, 17, "Doorzettingskracht");
    }
  write(dir + "/edited.odt", zio::make_zip(parts));
  Run r = run_zio({"verify", dir + "/edited.odt", kRegion});
  CHECK(r.code == 1);
  CHECK(r.out.find("onderdeel content.xml verschilt; eerste verschil in alinea") != std::string::npos);
  CHECK(r.out.find("Doorzettingskracht") != std::string::npos);
}

TEST_CASE("verify: a zip bomb is refused within bounds, exit 2") {
  std::string dir = temp_dir();
  std::string odt = slurp(render(dir, "c.odt"));
  std::vector<zio::ZipEntry> parts;
  std::string why;
  REQUIRE(zio::read_zip(odt, parts, why));
  parts.push_back({"bom.xml", std::string(80u << 20, '\0')});  // 80 MB of zeros: ~80 kB deflated
  std::string bomb = zio::make_zip(parts);
  REQUIRE(bomb.size() < (1u << 20));
  write(dir + "/bom.odt", bomb);
  Run r = run_zio({"verify", dir + "/bom.odt", kRegion});
  CHECK(r.code == 2);
  CHECK(r.err.find("zip-bom") != std::string::npos);
  // The library refuses by ratio as well as by size.
  zio::ZipLimits tight;
  tight.max_ratio = 10;
  std::vector<zio::ZipEntry> got;
  bool too_large = false;
  CHECK_FALSE(zio::read_zip(zio::make_zip({{"a.xml", std::string(1u << 20, 'a')}}), got, why, &too_large, tight));
  CHECK(too_large);
}

TEST_CASE("verify: a 60-byte fake PDF holding the fingerprint is not OK") {
  std::string dir = temp_dir();
  std::string fp = fingerprint_of(render(dir, "c.html"), kRegion);
  std::string fake = "%PDF-1.4\nzio-sha256:" + fp + "\n";
  write(dir + "/fake.pdf", fake);
  Run r = run_zio({"verify", dir + "/fake.pdf", kRegion});
  CHECK(r.code != 0);
  CHECK(r.out.find("OK") == std::string::npos);
}

TEST_CASE("verify: a genuine PDF against other data is NOT OK, though its name holds the other's fingerprint",
          "[libreoffice]") {
  std::string dir = temp_dir();
  std::string other_fp = fingerprint_of(render(dir, "other.html", kOther), kOther);
  // A region whose name carries the other file's fingerprint: it reaches
  // the PDF's uncompressed metadata before the keywords do.
  std::string text = slurp(source_path(kRegion));
  size_t at = text.find("  naam: ");
  REQUIRE(at != std::string::npos);
  size_t eol = text.find('\n', at);
  text.replace(at, eol - at, "  naam: \"Hart zio-sha256:" + other_fp + "\"");
  std::string region = dir + "/a.yaml";
  write(region, text);
  std::string pdf = render(dir, "a.pdf", region);
  Run r = run_zio({"verify", pdf, source_path(kOther)});
  CHECK(r.code == 1);
  CHECK(r.out.find("VERSCHIL") != std::string::npos);
  Run ok = run_zio({"verify", pdf, region});
  CHECK(ok.code == 0);
  CHECK(ok.out.find("tekst en vingerafdruk gelijk") != std::string::npos);
}

TEST_CASE("verify: a document is unreadable for true reasons, never about region files") {
  std::string dir = temp_dir();
  Run missing = run_zio({"verify", dir + "/nergens.pdf", kRegion});
  CHECK(missing.code == 2);
  CHECK(missing.err.find("bestand niet gevonden") != std::string::npos);
  Run folder = run_zio({"verify", dir, kRegion});
  CHECK(folder.code == 2);
  CHECK(folder.err.find("map") != std::string::npos);
  Run dev = run_zio({"verify", "/dev/zero", kRegion});
  CHECK(dev.code == 2);
  CHECK(dev.err.find("geen gewoon bestand") != std::string::npos);
  // Over the size cap: a sparse file of 300 MB costs no disk.
  std::string big = dir + "/groot.pdf";
  { std::ofstream(big) << "%PDF-1.7\n"; }
  fs::resize_file(big, 300u << 20);
  Run large = run_zio({"verify", big, kRegion});
  CHECK(large.code == 2);
  CHECK(large.err.find("te groot") != std::string::npos);
  CHECK(large.err.find("regiobestand") == std::string::npos);
}

TEST_CASE("verify --templates: a document made with replacement templates verifies with them") {
  std::string dir = temp_dir();
  std::string templates = dir + "/sjablonen";
  fs::copy(source_path("templates"), templates, fs::copy_options::recursive);
  std::string css = templates + "/html/style.css";
  { std::ofstream(css, std::ios::app) << "\n/* huisstijl van de regio */\n"; }
  std::string out = dir + "/c.html";
  REQUIRE(run_zio({"render", "contract", kRegion, "-o", out, "--templates", templates}).code == 0);
  CHECK(run_zio({"verify", out, kRegion}).code == 1);  // without them it is another document
  CHECK(run_zio({"verify", "--templates", templates, out, kRegion}).code == 0);
}
