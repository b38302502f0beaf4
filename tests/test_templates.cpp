// Templates: the nl and en templates of each document cannot drift apart
// (same sections, same variables, English goldens of every example), and a
// user's template folder (--templates) is user input: its problems are
// normal errors with file, line and column, exit 2, nothing written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "support.h"

using namespace zio::test;
namespace fs = std::filesystem;

namespace {

// The tags of a template in order, comments left out: "#a", "^b", "/a", "x".
std::vector<std::string> tag_sequence(const std::string& src) {
  std::vector<std::string> out;
  static const std::regex tag(R"(\{\{\{?\s*([#^/&>!]?)\s*([^}]*?)\s*\}?\}\})");
  for (auto it = std::sregex_iterator(src.begin(), src.end(), tag); it != std::sregex_iterator(); ++it) {
    std::string sigil = (*it)[1], name = (*it)[2];
    if (sigil == "!") continue;
    out.push_back(sigil + name);
  }
  return out;
}

std::vector<std::string> example_names() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(source_path("examples")))
    if (e.path().extension() == ".yaml" && e.path().stem() != "landelijk") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

void write(const std::string& path, const std::string& text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("templates: nl and en of each document have the same sections and variables, in order", "[templates]") {
  // Differences grammar forces, as {document, nl tag, en tag}: Dutch says
  // "waarvan 3 bestanden die niet konden worden gelezen", English "of which
  // 3 could not be read", so each needs its own value.
  const std::set<std::tuple<std::string, std::string, std::string>> allowed = {
      {"report", "onleesbaar", "onleesbaar_aantal"},
  };
  for (const char* doc : {"contract", "checklist", "report"}) {
    DYNAMIC_SECTION(doc) {
      std::vector<std::string> nl = tag_sequence(slurp(source_path(std::string("templates/") + doc + ".nl.md.mustache")));
      std::vector<std::string> en = tag_sequence(slurp(source_path(std::string("templates/") + doc + ".en.md.mustache")));
      REQUIRE(nl.size() > 10);
      REQUIRE(nl.size() == en.size());
      for (size_t i = 0; i < nl.size(); ++i) {
        if (nl[i] == en[i] || allowed.count({doc, nl[i], en[i]})) continue;
        FAIL_CHECK(doc << " tag " << i << ": nl '" << nl[i] << "' but en '" << en[i] << "'");
      }
    }
  }
}

TEST_CASE("templates: the English contract and checklist of every example match their goldens", "[templates]") {
  std::string dir = temp_dir();
  for (const std::string& name : example_names()) {
    for (const char* what : {"contract", "checklist"}) {
      DYNAMIC_SECTION(name << " " << what) {
        std::string out = dir + "/" + name + "." + what + ".en.md";
        std::vector<std::string> args = {"--lang", "en", "render", what, "examples/" + name + ".yaml", "-o", out};
        if (name == "concept-met-gaten" && std::string(what) == "contract") args.push_back("--concept");
        Run r = run_zio(args);
        INFO(r.err);
        REQUIRE(r.code == 0);
        CHECK(matches_golden("tests/golden/render/" + name + "." + what + ".en.md", slurp(out)));
      }
    }
  }
}

TEST_CASE("templates: a broken user template is the user's error, with file, line and column; nothing written",
          "[templates]") {
  std::string dir = temp_dir(), tpl = dir + "/sjablonen", out = dir + "/contract.odt";
  std::string src = slurp(source_path("templates/contract.nl.md.mustache"));
  int lines = static_cast<int>(std::count(src.begin(), src.end(), '\n'));
  write(tpl + "/contract.nl.md.mustache", src + "\n{{#a}}niet gesloten\n");
  Run r = run_zio({"render", "contract", "examples/hart-van-brabant.yaml", "-o", out, "--templates", tpl});
  CHECK(r.code == 2);
  CHECK(r.err.find(tpl + "/contract.nl.md.mustache:" + std::to_string(lines + 2) + ":1: fout: de sectie 'a' wordt niet gesloten") !=
        std::string::npos);
  CHECK(r.err.find("interne fout") == std::string::npos);
  CHECK(!fs::exists(out));

  Run en = run_zio({"--lang", "en", "render", "contract", "examples/hart-van-brabant.yaml", "-o", out, "--templates", tpl});
  CHECK(en.code == 2);
  CHECK(en.err.find(":1: error: the section 'a' is not closed") != std::string::npos);
  CHECK(!fs::exists(out));
}

TEST_CASE("templates: a malformed styles.xml and an unknown variable are found before anything is written",
          "[templates]") {
  std::string dir = temp_dir(), tpl = dir + "/sjablonen";
  write(tpl + "/odt/styles.xml", "<?xml version=\"1.0\"?>\n<a>\n  <b>\n</a>\n");
  Run r = run_zio({"render", "checklist", "examples/hart-van-brabant.yaml", "-o", dir + "/c.odt", "--templates", tpl});
  CHECK(r.code == 2);
  CHECK(r.err.find(tpl + "/odt/styles.xml:4:") != std::string::npos);
  CHECK(r.err.find("geen geldige XML") != std::string::npos);
  CHECK(!fs::exists(dir + "/c.odt"));

  fs::remove_all(tpl);
  write(tpl + "/checklist.nl.md.mustache", "# Checklist\n\nRegio: {{regoi}}\n");
  Run c = run_zio({"templates", "check", tpl});
  CHECK(c.code == 2);
  CHECK(c.out.find(tpl + "/checklist.nl.md.mustache:3:8: fout: onbekende variabele 'regoi'") != std::string::npos);
  Run rr = run_zio({"render", "checklist", "examples/hart-van-brabant.yaml", "-o", dir + "/c.md", "--templates", tpl});
  CHECK(rr.code == 2);
  CHECK(!fs::exists(dir + "/c.md"));

  Run rep = run_zio({"report", "examples", "-o", dir + "/r.md", "--templates", dir + "/bestaat-niet"});
  CHECK(rep.code == 2);
  CHECK(rep.err.find("map niet gevonden") != std::string::npos);
  CHECK(!fs::exists(dir + "/r.md"));
}

TEST_CASE("templates check: a copy of the built-in templates is usable; a misspelt name is pointed out",
          "[templates]") {
  std::string dir = temp_dir(), tpl = dir + "/kopie";
  fs::copy(source_path("templates"), tpl, fs::copy_options::recursive);
  Run ok = run_zio({"templates", "check", tpl});
  INFO(ok.out);
  CHECK(ok.code == 0);
  CHECK(ok.out.find("De sjablonen zijn bruikbaar.") != std::string::npos);
  CHECK(ok.out.find("fout") == std::string::npos);

  fs::rename(tpl + "/contract.nl.md.mustache", tpl + "/contract.nl.md.mustach");
  Run typo = run_zio({"--lang", "en", "templates", "check", tpl});
  CHECK(typo.code == 0);  // a warning: the built-in contract template is used
  CHECK(typo.out.find("contract.nl.md.mustach: warning: zio does not use this file") != std::string::npos);
  CHECK(typo.out.find("did you mean 'contract.nl.md.mustache'?") != std::string::npos);
  // and the user-edited copy still renders the same contract as the built-in one
  Run a = run_zio({"render", "contract", "examples/hart-van-brabant.yaml", "-o", dir + "/a.md", "--templates", tpl});
  Run b = run_zio({"render", "contract", "examples/hart-van-brabant.yaml", "-o", dir + "/b.md"});
  CHECK(a.code == 0);
  CHECK(b.code == 0);
  CHECK(slurp(dir + "/a.md") == slurp(dir + "/b.md"));
}
