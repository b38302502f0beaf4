// Runs every case in tests/rules/ID/: a fail-*.yaml file lists the findings
// of rule ID it must give, one per line as
//   # expect: W02 fout 14:1
// and gives exactly those (rule, severity, line, column); a pass-*.yaml file
// gives no finding of rule ID at all.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "rules/rule.h"
#include "rules/validate.h"

using namespace zio;
namespace fs = std::filesystem;

namespace {

const fs::path cases_root = fs::path(ZIO_SOURCE_DIR) / "tests" / "rules";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::multiset<std::string> expected_of(const std::string& text) {
  static const std::regex re(R"(^#\s*expect:\s*([DWL][0-9]{2})\s+(fout|waarschuwing|info)\s+([0-9]+):([0-9]+)\s*$)");
  std::multiset<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::smatch m;
    if (std::regex_match(line, m, re)) out.insert(m[1].str() + " " + m[2].str() + " " + m[3].str() + ":" + m[4].str());
  }
  return out;
}

std::multiset<std::string> found_of(const Document& doc, const std::string& rule) {
  std::multiset<std::string> out;
  for (const Finding& f : doc.findings)
    if (f.rule == rule)
      out.insert(f.rule + " " + severity_name(f.severity, Lang::nl) + " " + std::to_string(f.pos.line) + ":" +
                 std::to_string(f.pos.col));
  return out;
}

std::string dump(const Document& doc) {
  std::string s;
  for (const Finding& f : doc.findings)
    s += "  " + f.rule + " " + std::to_string(f.pos.line) + ":" + std::to_string(f.pos.col) + " " + f.message.nl + "\n";
  return s;
}

std::vector<fs::path> cases_of(const std::string& id, const std::string& prefix) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(cases_root / id, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && e.path().extension() == ".yaml") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("every rule case gives exactly the findings it expects") {
  for (const Rule* rule : all_rules()) {
    std::string id = rule->info.id;
    for (const fs::path& p : cases_of(id, "fail")) {
      DYNAMIC_SECTION(p.filename().string()) {
        std::string text = slurp(p);
        auto expected = expected_of(text);
        INFO("case " << p.string() << " must declare its findings with '# expect: " << id << " <ernst> <regel>:<kolom>'");
        REQUIRE_FALSE(expected.empty());
        Document doc = load_text(p.filename().string(), text);
        run_rules(doc);
        INFO("all findings:\n" << dump(doc));
        CHECK(found_of(doc, id) == expected);
      }
    }
    for (const fs::path& p : cases_of(id, "pass")) {
      DYNAMIC_SECTION(p.filename().string()) {
        Document doc = load_text(p.filename().string(), slurp(p));
        run_rules(doc);
        INFO("all findings:\n" << dump(doc));
        CHECK(found_of(doc, id).empty());
        CHECK_FALSE(doc.fatal);
      }
    }
  }
}

TEST_CASE("every registered rule has a source, texts, a failing and a passing case, and a doc page") {
  for (const Rule* rule : all_rules()) {
    const RuleInfo& i = rule->info;
    DYNAMIC_SECTION(i.id) {
      CHECK(std::regex_match(std::string(i.id), std::regex("[DWL][0-9]{2}")));
      CHECK(std::string(i.name).size() > 0);
      CHECK_FALSE(i.title.nl.empty());
      CHECK_FALSE(i.title.en.empty());
      CHECK_FALSE(i.source.nl.empty());
      CHECK_FALSE(i.why.nl.empty());
      CHECK_FALSE(i.why.en.empty());
      CHECK_FALSE(i.fix.nl.empty());
      CHECK_FALSE(i.fix.en.empty());
      CHECK_FALSE(cases_of(i.id, "fail").empty());
      CHECK_FALSE(cases_of(i.id, "pass").empty());
      CHECK(fs::exists(fs::path(ZIO_SOURCE_DIR) / "docs" / "rules" / (std::string(i.id) + ".md")));
    }
  }
}

TEST_CASE("the catalogue holds every rule id of the spec and docs/format.md") {
  const char* ids[] = {"W01", "W02", "W03", "W04", "W05", "W06", "W07", "W08", "W09", "W10", "L01", "L02", "L03",
                       "L04", "L05", "L06", "L07", "L08", "L09", "D01", "D02", "D03", "D04", "D05", "D06", "D07",
                       "D08", "D09"};
  for (const char* id : ids) {
    INFO(id);
    CHECK(find_rule(id) != nullptr);
  }
  CHECK(all_rules().size() == std::size(ids));
}
