// zio render and zio verify through the real binary: goldens for Markdown
// and HTML of every example, the sign-off guard, fingerprints in every
// format, byte-identical zips, hostile text in all formats, PDF through
// LibreOffice read back with pdftotext.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <algorithm>

#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "load/canonical.h"
#include "render/zip.h"
#include "support.h"

using namespace zio::test;
namespace fs = std::filesystem;

namespace {

std::string entry(const std::string& zip, const std::string& path) {
  std::string out;
  REQUIRE(zio::read_zip_entry(zip, path, out));
  return out;
}

const char* regions[] = {"hart-van-brabant", "gemengde-clusters", "concept-met-gaten"};

}  // namespace

TEST_CASE("render: Markdown and HTML of every example match their goldens") {
  std::string dir = temp_dir();
  for (const char* name : regions) {
    std::string in = std::string("examples/") + name + ".yaml";
    bool has_fouten = std::string(name) == "concept-met-gaten";
    for (const char* what : {"contract", "checklist"}) {
      for (const char* ext : {"md", "html"}) {
        DYNAMIC_SECTION(name << " " << what << " ." << ext) {
          std::string out = dir + "/" + name + "." + what + "." + ext;
          std::vector<std::string> args = {"render", what, in, "-o", out};
          if (has_fouten && std::string(what) == "contract") args.push_back("--concept");
          Run r = run_zio(args);
          INFO(r.err);
          REQUIRE(r.code == 0);
          CHECK(matches_golden(std::string("tests/golden/render/") + name + "." + what + "." + ext, slurp(out)));
        }
      }
    }
  }
  Run blank = run_zio({"render", "checklist", "--leeg", "-o", dir + "/leeg.md"});
  CHECK(blank.code == 0);
  CHECK(matches_golden("tests/golden/render/checklist.leeg.md", slurp(dir + "/leeg.md")));
  Run en = run_zio({"--lang", "en", "render", "contract", "examples/hart-van-brabant.yaml", "-o", dir + "/en.md"});
  CHECK(en.code == 0);
  CHECK(matches_golden("tests/golden/render/hart-van-brabant.contract.en.md", slurp(dir + "/en.md")));
}

TEST_CASE("render: no signable contract while there are fouten, and nothing half-written") {
  std::string dir = temp_dir();
  std::string out = dir + "/contract.odt";
  std::ofstream(out) << "bestaand";
  Run r = run_zio({"render", "contract", "examples/concept-met-gaten.yaml", "-o", out});
  CHECK(r.code == 1);
  CHECK(r.err.find("het contract wordt niet gemaakt: er zijn 3 fouten") != std::string::npos);
  CHECK(r.err.find("[W02 geschillenregeling]") != std::string::npos);
  CHECK(slurp(out) == "bestaand");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);

  Run concept = run_zio({"render", "contract", "--concept", "examples/concept-met-gaten.yaml", "-o", dir + "/c.md"});
  CHECK(concept.code == 0);
  std::string md = slurp(dir + "/c.md");
  CHECK(md.find("openstaande bevindingen") != std::string::npos);
  CHECK(md.find("W02") != std::string::npos);

  Run nodir = run_zio({"render", "contract", "examples/hart-van-brabant.yaml", "-o", dir + "/bestaat/niet/c.odt"});
  CHECK(nodir.code == 2);
  CHECK(nodir.err.find("kan ") != std::string::npos);
  Run ext = run_zio({"render", "contract", "examples/hart-van-brabant.yaml", "-o", dir + "/c.rtf"});
  CHECK(ext.code == 2);
  CHECK(ext.err.find("onbekende uitvoersoort") != std::string::npos);
  Run bad = run_zio({"render", "contract", "bestaat-niet.yaml", "-o", dir + "/x.md"});
  CHECK(bad.code == 2);
  CHECK_FALSE(fs::exists(dir + "/x.md"));
  Run stdout_md = run_zio({"render", "checklist", "examples/hart-van-brabant.yaml", "-o", "-"});
  CHECK(stdout_md.code == 0);
  CHECK(stdout_md.out.rfind("# Checklist", 0) == 0);
}

TEST_CASE("render: ODT and DOCX are byte-identical across renders and carry the fingerprint; verify reads it back") {
  std::string dir = temp_dir();
  for (const char* ext : {"odt", "docx", "html"}) {
    DYNAMIC_SECTION(ext) {
      std::string a = dir + "/a." + ext, b = dir + "/b." + ext;
      REQUIRE(run_zio({"render", "contract", "examples/hart-van-brabant.yaml", "-o", a}).code == 0);
      REQUIRE(run_zio({"render", "contract", "examples/hart-van-brabant.yaml", "-o", b}).code == 0);
      CHECK(slurp(a) == slurp(b));
      Run ok = run_zio({"verify", a, "examples/hart-van-brabant.yaml"});
      CHECK(ok.code == 0);
      CHECK(ok.out.rfind("OK: ", 0) == 0);
      Run other = run_zio({"verify", a, "examples/gemengde-clusters.yaml"});
      CHECK(other.code == 1);
      CHECK(other.out.find("is NIET gemaakt uit de gegevens") != std::string::npos);
    }
  }
  // Comments and key order do not change the fingerprint.
  REQUIRE(run_zio({"render", "contract", "examples/hart-van-brabant.yaml", "-o", dir + "/a.odt"}).code == 0);
  std::string reordered = dir + "/herschikt.yaml";
  std::string text = slurp(source_path("examples/hart-van-brabant.yaml"));
  std::ofstream(reordered) << "# een nieuwe opmerking bovenaan\n" << text << "\n# en onderaan\n";
  CHECK(run_zio({"verify", dir + "/a.odt", reordered}).code == 0);
  Run notzio = run_zio({"verify", "examples/hart-van-brabant.yaml", "examples/hart-van-brabant.yaml"});
  CHECK(notzio.code == 2);
}

TEST_CASE("render: hostile text in every free-text field renders safely and identically in all formats") {
  std::string dir = temp_dir();
  // Every free-text field of the model region gets the same hostile value;
  // JSON is YAML, so the changed data is written back as JSON.
  const std::string hostile = "<script>alert(1)</script> & \"quotes\" 'single' ]]> *ster* | pipe | # kop "
                              "\u0627\u0644\u0645\u062f\u0631\u0633\u0629 \u05d1\u05d9\u05ea \U0001F600 " +
                              std::string(5000, 'y');  // not 'x': "xxx" is a placeholder (D08)
  zio::ParseResult parsed = zio::parse_yaml(slurp(source_path("examples/hart-van-brabant.yaml")));
  REQUIRE_FALSE(parsed.fatal);
  nlohmann::json data = zio::canonical_json(*parsed.root);
  int replaced = 0;
  std::function<void(nlohmann::json&)> walk = [&](nlohmann::json& j) {
    if (j.is_array())
      for (auto& x : j) walk(x);
    if (!j.is_object()) return;
    for (auto it = j.begin(); it != j.end(); ++it) {
      static const std::set<std::string> free_text = {"omschrijving", "voorwaarden", "aanspreekpunt", "zorg_thuis",
                                                      "gegevensuitwisseling", "buiten_regio", "instantie", "functie"};
      if (free_text.count(it.key()) && it.value().is_string()) {
        it.value() = hostile;
        ++replaced;
      } else {
        walk(it.value());
      }
    }
  };
  walk(data);
  REQUIRE(replaced >= 10);
  std::string src = dir + "/vijandig.yaml";
  std::ofstream(src) << data.dump(2);
  Run v = run_zio({"validate", src});
  INFO(v.out);
  REQUIRE(v.code == 0);

  for (const char* ext : {"md", "html", "odt", "docx"})
    REQUIRE(run_zio({"render", "contract", src, "-o", dir + "/c." + ext}).code == 0);
  std::string html = slurp(dir + "/c.html");
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  std::string odt = entry(slurp(dir + "/c.odt"), "content.xml");
  std::string docx = entry(slurp(dir + "/c.docx"), "word/document.xml");
  for (const std::string* xml : {&odt, &docx}) {
    CHECK(xml->find("<script>") == std::string::npos);
    CHECK(xml->find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(xml->find("]]&gt;") != std::string::npos);
    CHECK(xml->find("\u0627\u0644\u0645\u062f\u0631\u0633\u0629") != std::string::npos);
    CHECK(xml->find("\U0001F600") != std::string::npos);
    CHECK(xml->find(std::string(5000, 'y')) != std::string::npos);
  }
  CHECK(html.find(std::string(5000, 'y')) != std::string::npos);
  CHECK(html.find("*ster* | pipe | # kop") != std::string::npos);  // literal, not markup
}

TEST_CASE("render: PDF through LibreOffice carries the region, the articles and the fingerprint", "[libreoffice]") {
  std::string dir = temp_dir();
  std::string pdf = dir + "/contract.pdf";
  Run r = run_zio({"render", "contract", "examples/hart-van-brabant.yaml", "-o", pdf});
  INFO(r.err);
  REQUIRE(r.code == 0);
  REQUIRE(slurp(pdf).rfind("%PDF-", 0) == 0);
  std::string text = pdf_text(pdf, /*layout=*/true);  // REQUIREs pdftotext (poppler-utils)
  REQUIRE_FALSE(text.empty());
  CHECK(text.find("Hart van Brabant") != std::string::npos);
  for (const char* article : {"Partijen", "Geschillenregeling", "Doorzettingsmacht", "Ondertekening"}) {
    INFO(article);
    CHECK(text.find(article) != std::string::npos);
  }
  Run fp = run_zio({"verify", pdf, "examples/hart-van-brabant.yaml"});
  CHECK(fp.code == 0);
  std::string hex = fp.out.substr(fp.out.find("vingerafdruk ") + 13, 64);
  CHECK(text.find("Vingerafdruk gegevens: " + hex) != std::string::npos);

  Run concept = run_zio({"render", "contract", "--concept", "examples/concept-met-gaten.yaml", "-o", dir + "/c.pdf"});
  REQUIRE(concept.code == 0);
  std::string ctext = pdf_text(dir + "/c.pdf");
  // 'CONCEPT' on every page: count form feeds (pages) and markers.
  size_t pages = std::count(ctext.begin(), ctext.end(), '\f');
  size_t markers = 0;
  for (size_t at = ctext.find("CONCEPT"); at != std::string::npos; at = ctext.find("CONCEPT", at + 1)) ++markers;
  CHECK(pages >= 2);
  CHECK(markers >= pages);
}
