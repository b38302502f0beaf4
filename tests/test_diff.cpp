// zio diff: each case in tests/diff/NAME/ is a pair of region files
// (old.yaml, new.yaml) and the exact output expected of
// `zio diff old.yaml new.yaml` (expected.txt; ZIO_ACCEPT=1 rewrites it).
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support.h"

using namespace zio::test;
namespace fs = std::filesystem;

TEST_CASE("diff: every case gives its expected output and exit code", "[diff]") {
  std::vector<std::string> cases;
  for (const auto& e : fs::directory_iterator(source_path("tests/diff")))
    if (e.is_directory()) cases.push_back(e.path().filename().string());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 7);
  for (const std::string& c : cases) {
    DYNAMIC_SECTION(c) {
      std::string dir = "tests/diff/" + c;
      Run r = run_zio({"diff", dir + "/old.yaml", dir + "/new.yaml"});
      INFO(r.err);
      CHECK(matches_golden(dir + "/expected.txt", r.out));
      bool none = r.out.find("Geen wijzigingen in de gegevens") != std::string::npos;
      CHECK(r.code == (none ? 0 : 1));
      CHECK(r.err.empty());
    }
  }
}

TEST_CASE("diff: reordering a list or editing a comment is no change", "[diff]") {
  for (const char* c : {"lijst-herschikt", "commentaar-gewijzigd"}) {
    std::string dir = std::string("tests/diff/") + c;
    Run r = run_zio({"diff", dir + "/old.yaml", dir + "/new.yaml"});
    CHECK(r.code == 0);
    CHECK(slurp(source_path(dir + "/old.yaml")) != slurp(source_path(dir + "/new.yaml")));  // the texts do differ
  }
  Run same = run_zio({"diff", "examples/hart-van-brabant.yaml", "examples/hart-van-brabant.yaml"});
  CHECK(same.code == 0);
}

TEST_CASE("diff: JSON names each change with its key path, both values and both positions", "[diff]") {
  Run r = run_zio({"diff", "--format", "json", "tests/diff/leerlingen-gewijzigd/old.yaml",
                   "tests/diff/leerlingen-gewijzigd/new.yaml"});
  CHECK(r.code == 1);
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["changes"].size() == 1);
  const auto& c = j["changes"][0];
  CHECK(c["kind"] == "changed");
  CHECK(c["path"] == "scholen[leijpark].leerlingen");
  CHECK(c["old"] == "600");
  CHECK(c["new"] == "612");
  CHECK(c["old_position"]["line"].get<int>() > 0);
  CHECK(c["new_position"]["line"] == c["old_position"]["line"]);

  Run w = run_zio({"diff", "--format", "json", "tests/diff/bevinding-opgelost/old.yaml",
                   "tests/diff/bevinding-opgelost/new.yaml"});
  auto jw = nlohmann::json::parse(w.out);
  bool w02 = false;
  for (const auto& f : jw["findings"]) w02 = w02 || (f["rule"] == "W02" && f["change"] == "resolved");
  CHECK(w02);
}

TEST_CASE("diff: an unreadable file is exit 2 with its message; English with --lang en", "[diff]") {
  std::string dir = temp_dir();
  Run r = run_zio({"diff", "examples/hart-van-brabant.yaml", dir + "/bestaat-niet.yaml"});
  CHECK(r.code == 2);
  CHECK(r.err.find("bestaat-niet.yaml") != std::string::npos);
  CHECK(r.out.empty());
  Run en = run_zio({"--lang", "en", "diff", "tests/diff/leerlingen-gewijzigd/old.yaml",
                    "tests/diff/leerlingen-gewijzigd/new.yaml"});
  CHECK(en.code == 1);
  CHECK(en.out.find(": changed: scholen[leijpark].leerlingen: 600 → 612 (was ") != std::string::npos);
  CHECK(en.out.find("1 change in the data; 0 findings resolved, 0 new") != std::string::npos);
}
