// SARIF as code-scanning services take it: the official SARIF 2.1.0
// schema with formats and Microsoft's multitool accept every output; paths
// relative to %SRCROOT%; rule help embedded, links only when absolute;
// fingerprints that survive line shifts; regions inside the file.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "rules/rule.h"
#include "support.h"

using namespace zio::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json sarif(const std::vector<std::string>& args, int expect_code = -1, const std::string& cwd = ZIO_SOURCE_DIR) {
  std::vector<std::string> a = {"validate", "--format", "sarif"};
  a.insert(a.end(), args.begin(), args.end());
  Run r = run_program(zio_exe(), a, cwd);
  INFO(r.err);
  if (expect_code >= 0) CHECK(r.code == expect_code);
  return json::parse(r.out);
}

const json& run0(const json& s) { return s["runs"][0]; }

}  // namespace

TEST_CASE("sarif: rule help is embedded; links only from an absolute base URL") {
  json s = sarif({"examples/concept-met-gaten.yaml"}, 1);
  const json& driver = run0(s)["tool"]["driver"];
  CHECK_FALSE(driver.contains("informationUri"));
  REQUIRE(driver["rules"].size() == zio::all_rules().size());
  for (const json& rule : driver["rules"]) {
    INFO(rule["id"]);
    CHECK_FALSE(rule.contains("helpUri"));
    CHECK_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
    CHECK(rule["help"]["text"].get<std::string>().size() > 40);
    std::string md = rule["help"]["markdown"];
    CHECK(md.rfind("# " + rule["id"].get<std::string>() + " ", 0) == 0);
    CHECK(md.find("## Waarom") != std::string::npos);
  }
  json en = sarif({"--sarif-base-url", "https://example.org/zio/blob/main", "examples/concept-met-gaten.yaml"});
  const json& en_driver = run0(en)["tool"]["driver"];
  CHECK(en_driver["informationUri"] == "https://example.org/zio/blob/main/README.md");
  CHECK(en_driver["rules"][0]["helpUri"] == "https://example.org/zio/blob/main/docs/rules/D01.md");
  json english = sarif({"examples/concept-met-gaten.yaml", "--lang", "en"});
  CHECK(run0(english)["tool"]["driver"]["rules"][0]["help"]["markdown"].get<std::string>().find("## Why") != std::string::npos);

  Run relative = run_zio({"validate", "--format", "sarif", "--sarif-base-url", "docs/rules", "examples/hart-van-brabant.yaml"});
  CHECK(relative.code == 2);
  CHECK(relative.out.empty());
  CHECK(relative.err.find("--sarif-base-url moet een absolute URL zijn") != std::string::npos);
}

TEST_CASE("sarif: artifact URIs are normalised and relative to %SRCROOT%") {
  std::string outside = temp_dir();
  std::string abs_file = write(outside, "met spatie.yaml", kValid);
  json s = sarif({"./examples/../examples/concept-met-gaten.yaml", fs::absolute(ZIO_SOURCE_DIR "/examples/hart-van-brabant.yaml").string(),
                  abs_file});
  const json& run = run0(s);
  std::string root = fs::path(ZIO_SOURCE_DIR).lexically_normal().generic_string();
  if (root.back() != '/') root += '/';
  CHECK(run["originalUriBaseIds"]["SRCROOT"]["uri"] == "file://" + root);
  const json& a = run["artifacts"];
  REQUIRE(a.size() == 3);
  CHECK(a[0]["location"] == json({{"uri", "examples/concept-met-gaten.yaml"}, {"uriBaseId", "SRCROOT"}}));
  CHECK(a[1]["location"] == json({{"uri", "examples/hart-van-brabant.yaml"}, {"uriBaseId", "SRCROOT"}}));
  std::string outside_uri = "file://" + fs::path(outside).lexically_normal().generic_string() + "/met%20spatie.yaml";
  CHECK(a[2]["location"] == json({{"uri", outside_uri}}));
  for (const json& res : run["results"]) {
    const json& loc = res["locations"][0]["physicalLocation"]["artifactLocation"];
    CHECK(a[loc["index"].get<size_t>()]["location"]["uri"] == loc["uri"]);
  }

  json rooted = sarif({"--sarif-root", "examples", "examples/concept-met-gaten.yaml"});
  CHECK(run0(rooted)["artifacts"][0]["location"]["uri"] == "concept-met-gaten.yaml");
  CHECK(run0(rooted)["originalUriBaseIds"]["SRCROOT"]["uri"] == "file://" + root + "examples/");
}

TEST_CASE("sarif: fingerprints stay when lines shift, and differ between findings") {
  std::string dir = temp_dir();
  std::string original = slurp(source_path("examples/concept-met-gaten.yaml"));
  write(dir, "regio.yaml", original);
  json before = sarif({"--sarif-root", dir, dir + "/regio.yaml"});
  write(dir, "regio.yaml", "# drie regels\n# commentaar\n# erbij\n" + original);
  json after = sarif({"--sarif-root", dir, dir + "/regio.yaml"});
  const json& b = run0(before)["results"];
  const json& a = run0(after)["results"];
  REQUIRE(b.size() == a.size());
  REQUIRE(b.size() > 5);
  std::set<std::string> seen;
  for (size_t i = 0; i < b.size(); ++i) {
    INFO(b[i]["ruleId"] << " " << b[i]["message"]["text"]);
    std::string fp = b[i]["partialFingerprints"]["zioKeyPath/v1"];
    CHECK(fp.size() == 64);
    CHECK(a[i]["partialFingerprints"]["zioKeyPath/v1"] == fp);
    CHECK(a[i]["locations"][0]["physicalLocation"]["region"]["startLine"].get<int>() ==
          b[i]["locations"][0]["physicalLocation"]["region"]["startLine"].get<int>() + 3);
    CHECK(seen.insert(fp).second);
  }
}

TEST_CASE("sarif: a region never lies past the end of the file") {
  std::string dir = temp_dir();
  // A flow sequence left open: yaml-cpp notices at the end, after line 3.
  std::string p = write(dir, "kort.yaml", "zio: 1\nregio:\n  naam: [Testregio\n");
  json s = sarif({p}, 2);
  const json& res = run0(s)["results"];
  REQUIRE(res.size() == 1);
  const json& region = res[0]["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startLine"] == 3);
  CHECK(region["startColumn"] == 19);  // just after "  naam: [Testregio"
  // Without a final line break, the same.
  std::string q = write(dir, "zonder-eind.yaml", "zio: 1\nregio:\n  naam: [Testregio");
  CHECK(run0(sarif({q}, 2))["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3);
}

TEST_CASE("sarif: every example and bad input passes the official schema and the multitool") {
  std::string dir = temp_dir();
  std::string inputs = dir + "/in";
  fs::create_directories(inputs);
  std::vector<std::vector<std::string>> runs;
  std::vector<std::string> examples;
  for (const auto& e : fs::directory_iterator(source_path("examples")))
    if (e.path().extension() == ".yaml") examples.push_back(e.path().string());
  std::sort(examples.begin(), examples.end());
  runs.push_back(examples);
  runs.push_back({"--lang", "en", "--sarif-base-url", "https://example.org/zio/", examples[0]});
  // The rule cases (each a small bad region file, D01's broken YAML among them).
  std::vector<std::string> cases;
  for (const auto& e : fs::recursive_directory_iterator(source_path("tests/rules")))
    if (e.path().extension() == ".yaml") cases.push_back(fs::relative(e.path(), ZIO_SOURCE_DIR).string());
  std::sort(cases.begin(), cases.end());
  runs.push_back(cases);
  // Unreadable input of every kind the loader tells apart.
  std::string bin("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 12);
  runs.push_back({write(inputs, "leeg.yaml", ""), write(inputs, "kapot.yaml", "zio: 1\nregio:\n  naam: [Testregio\n"),
                  write(inputs, "tabs.yaml", "zio: 1\nregio:\n\tnaam: Testregio\n"), write(inputs, "bin.yaml", bin + std::string(100, '\0')),
                  write(inputs, "latin1.yaml", "zio: 1\nregio:\n  naam: Caf\xe9\n"), inputs, inputs + "/bestaat-niet.yaml",
                  write(inputs, "diep.yaml", "a: " + std::string(200, '[') + std::string(200, ']') + "\n")});
  std::vector<std::string> outputs;
  for (size_t i = 0; i < runs.size(); ++i) {
    std::vector<std::string> a = {"validate", "--format", "sarif"};
    a.insert(a.end(), runs[i].begin(), runs[i].end());
    Run r = run_zio(a);
    CHECK(r.code >= 0);
    CHECK(r.code <= 2);
    std::string out = dir + "/run" + std::to_string(i) + ".sarif";
    write(dir, "run" + std::to_string(i) + ".sarif", r.out);
    outputs.push_back(out);
  }
  std::vector<std::string> schema_args = {source_path("tests/tools/check-schema.js"), ZIO_NPM_TOOLS,
                                          std::string(ZIO_NPM_TOOLS) + "/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"};
  schema_args.insert(schema_args.end(), outputs.begin(), outputs.end());
  Run schema = run_program(ZIO_NODE, schema_args, ZIO_SOURCE_DIR);
  INFO(schema.out << schema.err);
  CHECK(schema.code == 0);
  CHECK(schema.out.find(std::to_string(outputs.size()) + " files, 0 invalid") != std::string::npos);

  REQUIRE(fs::exists(ZIO_MULTITOOL));
  std::vector<std::string> mt_args = {"validate"};
  mt_args.insert(mt_args.end(), outputs.begin(), outputs.end());
  mt_args.insert(mt_args.end(), {"-o", dir + "/validation.sarif"});
  // .NET without ICU data works in invariant mode; no telemetry from tests.
  std::vector<std::string> env_args = {"DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1", "DOTNET_CLI_TELEMETRY_OPTOUT=1", ZIO_MULTITOOL};
  env_args.insert(env_args.end(), mt_args.begin(), mt_args.end());
  Run mt = run_program("/usr/bin/env", env_args, dir);
  INFO(mt.out << mt.err);
  CHECK(mt.code == 0);
  CHECK(mt.out.find(": error ") == std::string::npos);
  json log = json::parse(slurp(dir + "/validation.sarif"));
  int errors = 0;
  for (const json& r : log["runs"][0]["results"])
    if (r.value("level", "warning") == "error") {
      ++errors;
      UNSCOPED_INFO(r.dump());
    }
  CHECK(errors == 0);
  CHECK(mt.out.find(std::to_string(outputs.size()) + " files scanned") != std::string::npos);
}
