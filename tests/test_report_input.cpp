// What the report reads, told truly: a copy of a region under another name
// counts once (with a warning), and a broken landelijk.yaml is an error,
// not "there is no national file".
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "support.h"

using namespace zio::test;
namespace fs = std::filesystem;

TEST_CASE("report: the same region under two names is counted once, with a warning") {
  std::string dir = temp_dir();
  fs::copy_file(source_path("examples/hart-van-brabant.yaml"), dir + "/a.yaml");
  fs::copy_file(source_path("examples/hart-van-brabant.yaml"), dir + "/b.yaml");
  Run r = run_zio({"report", dir, "-o", "-"});
  REQUIRE(r.code == 0);
  CHECK(r.err.find("b.yaml: waarschuwing: dezelfde gegevens als") != std::string::npos);
  CHECK(r.out.find("om 1 bestand: 1 regionale afspraak") != std::string::npos);
}

TEST_CASE("report: a broken landelijk.yaml is an error, exit 2") {
  std::string dir = temp_dir();
  fs::copy_file(source_path("examples/hart-van-brabant.yaml"), dir + "/a.yaml");
  std::ofstream(dir + "/landelijk.yaml") << "rapportage:\n  peildatum: [\n";
  Run r = run_zio({"report", dir, "-o", dir + "/r.md"});
  CHECK(r.code == 2);
  CHECK(r.err.find("landelijk.yaml:3:1: sluitende ] ontbreekt") != std::string::npos);
  CHECK(r.err.find("het landelijke bestand") != std::string::npos);
  CHECK_FALSE(fs::exists(dir + "/r.md"));
}
