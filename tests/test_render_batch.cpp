// zio render with several region files into one folder (--to): the same
// bytes as one render per file, per-file exit codes and messages, no
// overwritten namesakes, and all PDFs from one LibreOffice run.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "render/pdf.h"
#include "support.h"

using namespace zio::test;
namespace fs = std::filesystem;

namespace {

size_t files_in(const std::string& dir) {
  return std::distance(fs::directory_iterator(dir), fs::directory_iterator());
}

}  // namespace

TEST_CASE("render batch: every document equals the one a single render makes") {
  std::string dir = temp_dir();
  // gemengde-clusters first: the template parsed for it (and cached) must
  // leave nothing behind in the next region's document.
  const std::vector<std::string> names = {"gemengde-clusters", "hart-van-brabant"};
  for (const char* what : {"contract", "checklist"}) {
    DYNAMIC_SECTION(what) {
      std::string out = dir + "/" + what;
      std::vector<std::string> args = {"render", what};
      for (const auto& n : names) args.push_back(source_path("examples/" + n + ".yaml"));
      args.insert(args.end(), {"-o", out, "--to", "md,html,odt,docx"});
      Run r = run_zio(args);
      INFO(r.err);
      REQUIRE(r.code == 0);
      CHECK(r.err.empty());
      CHECK(files_in(out) == names.size() * 4);
      for (const auto& n : names) {
        for (const char* ext : {"md", "html", "odt", "docx"}) {
          std::string single = dir + "/single-" + n + "." + ext;
          Run s = run_zio({"render", what, source_path("examples/" + n + ".yaml"), "-o", single});
          REQUIRE(s.code == 0);
          INFO(n << "." << ext);
          CHECK(slurp(out + "/" + n + "." + ext) == slurp(single));
        }
      }
    }
  }
}

TEST_CASE("render batch: a refused or unreadable file does not stop the others") {
  std::string dir = temp_dir();
  std::string out = dir + "/uit/";  // a trailing slash means a folder, created when missing
  Run r = run_zio({"render", "contract", source_path("examples/hart-van-brabant.yaml"),
                   source_path("examples/concept-met-gaten.yaml"), dir + "/bestaat-niet.yaml", "-o", out, "--to", "odt"});
  CHECK(r.code == 2);  // the worst of the files: one unreadable
  CHECK(fs::exists(out + "hart-van-brabant.odt"));
  CHECK(files_in(out) == 1);
  CHECK(r.err.find("concept-met-gaten.yaml: het contract wordt niet gemaakt: er zijn 3 fouten") != std::string::npos);
  CHECK(r.err.find("bestaat-niet.yaml") != std::string::npos);
  // Messages keep the order of the command line.
  CHECK(r.err.find("concept-met-gaten") < r.err.find("bestaat-niet"));

  Run refused = run_zio({"render", "contract", source_path("examples/hart-van-brabant.yaml"),
                         source_path("examples/concept-met-gaten.yaml"), "-o", dir + "/twee", "--to", "md"});
  CHECK(refused.code == 1);
  CHECK(files_in(dir + "/twee") == 1);
  Run concept = run_zio({"render", "contract", "--concept", source_path("examples/hart-van-brabant.yaml"),
                         source_path("examples/concept-met-gaten.yaml"), "-o", dir + "/drie", "--to", "md"});
  CHECK(concept.code == 0);
  CHECK(slurp(dir + "/drie/concept-met-gaten.md").find("openstaande bevindingen") != std::string::npos);

  Run national = run_zio({"--lang", "en", "render", "checklist", source_path("examples/landelijk.yaml"),
                          source_path("examples/hart-van-brabant.yaml"), "-o", dir + "/vier", "--to", "md"});
  CHECK(national.code == 2);
  CHECK(national.err.find("landelijk.yaml: this is not a region file") != std::string::npos);
  CHECK(files_in(dir + "/vier") == 1);
}

TEST_CASE("render batch: clear refusals before anything is written") {
  std::string dir = temp_dir();
  std::string a = source_path("examples/hart-van-brabant.yaml");
  fs::create_directories(dir + "/elders");
  fs::copy_file(a, dir + "/elders/hart-van-brabant.yaml");

  Run same = run_zio({"render", "contract", a, dir + "/elders/hart-van-brabant.yaml", "-o", dir + "/uit", "--to", "odt"});
  CHECK(same.code == 2);
  CHECK(same.err.find("dezelfde documenten hart-van-brabant.*") != std::string::npos);
  CHECK_FALSE(fs::exists(dir + "/uit"));

  Run no_to = run_zio({"render", "contract", a, source_path("examples/gemengde-clusters.yaml"), "-o", dir + "/uit"});
  CHECK(no_to.code == 2);
  CHECK(no_to.err.find("--to") != std::string::npos);
  CHECK_FALSE(fs::exists(dir + "/uit"));

  Run bad = run_zio({"--lang", "en", "render", "contract", a, "-o", dir + "/uit", "--to", "odt,rtf"});
  CHECK(bad.code == 2);
  CHECK(bad.err.find("unknown format 'rtf' in --to") != std::string::npos);
  CHECK_FALSE(fs::exists(dir + "/uit"));

  Run to_stdout = run_zio({"render", "contract", a, source_path("examples/gemengde-clusters.yaml"), "-o", "-", "--to", "md"});
  CHECK(to_stdout.code == 2);
  CHECK(to_stdout.out.empty());

  // A file where the folder should be.
  std::ofstream(dir + "/bezet") << "x";
  Run blocked = run_zio({"render", "contract", a, source_path("examples/gemengde-clusters.yaml"), "-o", dir + "/bezet", "--to", "md"});
  CHECK(blocked.code == 2);
  CHECK(slurp(dir + "/bezet") == "x");
}

TEST_CASE("render batch: PDFs of several regions from one LibreOffice run") {
  // zio itself runs LibreOffice here; pdf_text REQUIREs pdftotext.
  INFO("LibreOffice (package libreoffice-writer-nogui) must be installed");
  REQUIRE(!zio::find_soffice().empty());
  std::string dir = temp_dir();
  Run r = run_zio({"render", "contract", source_path("examples/hart-van-brabant.yaml"),
                   source_path("examples/gemengde-clusters.yaml"), "-o", dir + "/uit", "--to", "pdf,odt"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(files_in(dir + "/uit") == 4);  // no scratch ODTs or profiles left behind
  for (auto [name, region] : {std::pair{"hart-van-brabant", "Hart van Brabant"}, {"gemengde-clusters", "Rijk van Nijmegen"}}) {
    std::string pdf = dir + "/uit/" + name + ".pdf";
    CHECK(slurp(pdf).rfind("%PDF-", 0) == 0);
    std::string text = pdf_text(pdf);
    CHECK(text.find(region) != std::string::npos);
    // The PDF of a file is made from that file's data.
    Run v = run_zio({"verify", pdf, source_path(std::string("examples/") + name + ".yaml")});
    CHECK(v.code == 0);
  }
}
