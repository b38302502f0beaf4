// The command line through the real binary: goldens for every example,
// SARIF and JSON structure, rules, init, docs in step with the rule data.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "rules/rule.h"
#include "support.h"

using namespace zio::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {
std::vector<std::string> examples() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(source_path("examples")))
    if (e.path().extension() == ".yaml") out.push_back("examples/" + e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("cli: every example's findings match its golden file") {
  auto files = examples();
  REQUIRE(files.size() >= 4);
  for (const std::string& f : files) {
    DYNAMIC_SECTION(f) {
      Run r = run_zio({"validate", f});
      std::string stem = fs::path(f).stem().string();
      CHECK(matches_golden("tests/golden/validate/" + stem + ".txt", r.out));
      CHECK(r.err.empty());
      CHECK(r.code == (r.out.find(": fout: ") != std::string::npos ? 1 : 0));
    }
  }
  Run en = run_zio({"--lang", "en", "validate", "examples/concept-met-gaten.yaml"});
  CHECK(matches_golden("tests/golden/validate/concept-met-gaten.en.txt", en.out));
  std::vector<std::string> args = {"validate", "--format", "json"};
  args.insert(args.end(), files.begin(), files.end());
  Run all = run_zio(args);
  CHECK(matches_golden("tests/golden/validate/examples.json", all.out));
}

TEST_CASE("cli: the model region is clean and the draft is not") {
  Run clean = run_zio({"validate", "examples/hart-van-brabant.yaml"});
  CHECK(clean.code == 0);
  CHECK(clean.out == "0 fouten, 0 waarschuwingen, 0 info in 1 bestand\n");
  Run draft = run_zio({"validate", "examples/concept-met-gaten.yaml"});
  CHECK(draft.code == 1);
  for (const char* id : {"[W02 geschillenregeling]", "[W03 clusters]", "[W04 pgb-uitzondering]", "[L03 herkomst]"}) {
    INFO(id);
    CHECK(draft.out.find(id) != std::string::npos);
  }
}

TEST_CASE("cli: SARIF 2.1.0 names rules, levels and regions") {
  Run r = run_zio({"validate", "--format", "sarif", "examples/concept-met-gaten.yaml", "examples/gemengde-clusters.yaml"});
  CHECK(r.code == 1);
  json s = json::parse(r.out);
  CHECK(s["version"] == "2.1.0");
  const json& run = s["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "zio");
  const json& rules = run["tool"]["driver"]["rules"];
  CHECK(rules.size() == zio::all_rules().size());
  std::set<std::string> ids;
  for (const json& rule : rules) {
    ids.insert(rule["id"]);
    CHECK_FALSE(rule.contains("helpUri"));  // only with an absolute --sarif-base-url (tests/test_sarif.cpp)
    CHECK_FALSE(rule["name"].get<std::string>().empty());
    CHECK_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
    CHECK_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
  }
  CHECK(ids.count("W02"));
  bool w02 = false, warning = false;
  for (const json& res : run["results"]) {
    std::string id = res["ruleId"];
    CHECK(id.size() == 3);
    CHECK(rules[res["ruleIndex"].get<size_t>()]["id"] == id);
    const json& region = res["locations"][0]["physicalLocation"]["region"];
    CHECK(region["startLine"].get<int>() >= 1);
    CHECK(region["startColumn"].get<int>() >= 1);
    if (id == "W02") {
      w02 = true;
      CHECK(res["level"] == "error");
      CHECK(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "examples/concept-met-gaten.yaml");
      CHECK(res["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "SRCROOT");
      CHECK(region["startLine"] == 114);
    }
    if (res["level"] == "warning") warning = true;
  }
  CHECK(w02);
  CHECK(warning);
}

TEST_CASE("cli: JSON output counts and exit code") {
  Run r = run_zio({"validate", "--format", "json", "examples/hart-van-brabant.yaml", "bestaat-niet.yaml"});
  CHECK(r.code == 2);
  json j = json::parse(r.out);
  CHECK(j["samenvatting"]["bestanden"] == 2);
  CHECK(j["samenvatting"]["onleesbaar"] == 1);
  CHECK(j["samenvatting"]["exitcode"] == 2);
  CHECK(j["bestanden"][0]["leesbaar"] == true);
  CHECK(j["bestanden"][0]["bevindingen"].empty());
  CHECK(j["bestanden"][1]["leesbaar"] == false);
  CHECK(j["bestanden"][1]["bevindingen"][0]["regel"] == "D01");
}

TEST_CASE("cli: rules prints the catalogue with sources, in both languages") {
  Run nl = run_zio({"rules"});
  Run en = run_zio({"--lang", "en", "rules"});
  CHECK(nl.code == 0);
  for (const zio::Rule* rule : zio::all_rules()) {
    std::string head = std::string(rule->info.id) + " " + rule->info.name;
    CHECK(nl.out.find(head) != std::string::npos);
    CHECK(nl.out.find(rule->info.source.nl) != std::string::npos);
    CHECK(en.out.find(rule->info.title.en) != std::string::npos);
  }
  CHECK(nl.out.find("Wettelijke of aangekondigde eisen") != std::string::npos);
  CHECK(en.out.find("Statutory or announced requirements") != std::string::npos);
}

TEST_CASE("cli: docs/rules is generated from the rule data and up to date") {
  std::string dir = temp_dir();
  Run r = run_zio({"rules", "--docs", dir, "--cases", "tests/rules"});
  CHECK(r.code == 0);
  int pages = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    INFO(name << " differs: run `build/zio rules --docs docs/rules` and commit the result");
    CHECK(slurp(e.path().string()) == slurp(source_path("docs/rules/" + name)));
    ++pages;
  }
  CHECK(pages == static_cast<int>(zio::all_rules().size()) + 1);
}

TEST_CASE("cli: init writes a commented starter that zio reads, and never overwrites") {
  std::string dir = temp_dir();
  std::string path = dir + "/regio.yaml";
  Run r = run_zio({"init", "-o", path});
  CHECK(r.code == 0);
  std::string text = slurp(path);
  CHECK(text.find("# ") != std::string::npos);
  for (const char* key : {"geschillenregeling:", "maatwerk_mogelijk:", "herkomst:", "doorzettingsmacht:", "emb:"}) CHECK(text.find(key) != std::string::npos);
  Run v = run_zio({"validate", "--format", "json", path});
  json j = json::parse(v.out);
  for (const json& f : j["bestanden"][0]["bevindingen"]) {
    INFO(f.dump());
    CHECK(f["regel"] != "D01");
    CHECK(f["regel"] != "D02");
  }
  Run again = run_zio({"init", "-o", path});
  CHECK(again.code == 2);
  CHECK(again.err.find("bestaat al") != std::string::npos);
  CHECK(slurp(path) == text);
  Run en = run_zio({"--lang", "en", "init", "-o", "-"});
  CHECK(en.code == 0);
  CHECK(en.out.find("geschillenregeling:") != std::string::npos);
  CHECK(en.out != text);
}

TEST_CASE("cli: usage errors exit 2 with a message") {
  Run r = run_zio({"validate", "--format", "xml", "examples/hart-van-brabant.yaml"});
  CHECK(r.code == 2);
  CHECK_FALSE(r.err.empty());
  Run none = run_zio({});
  CHECK(none.code == 2);
}
