// publiccode.yml, the licence and the changelog: the project's metadata for
// public-sector software catalogues, checked like any input.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "load/canonical.h"
#include "load/yaml_tree.h"
#include "support.h"

using namespace zio::test;

namespace {

// Errors of the YAML `text` against schemas/publiccode.schema.json (Ajv,
// formats checked); empty when valid.
std::string publiccode_errors(const std::string& text) {
  zio::ParseResult parsed = zio::parse_yaml(text);
  REQUIRE(parsed.root);
  REQUIRE(parsed.findings.empty());
  std::string dir = temp_dir();
  std::ofstream(dir + "/publiccode.json") << zio::canonical_json(*parsed.root).dump();
  Run r = run_program(ZIO_NODE,
                      {source_path("tests/tools/check-schema.js"), ZIO_NPM_TOOLS, source_path("schemas/publiccode.schema.json"),
                       dir + "/publiccode.json"},
                      ZIO_SOURCE_DIR);
  REQUIRE(r.out.find("1 files, ") != std::string::npos);
  return r.code == 0 ? std::string() : r.out + r.err;
}

}  // namespace

TEST_CASE("publiccode.yml: valid against the standard's schema, and in step with the project") {
  std::string text = slurp(source_path("publiccode.yml"));
  CHECK(publiccode_errors(text).empty());
  CHECK(text.find("softwareVersion: \"" ZIO_VERSION "\"") != std::string::npos);
  CHECK(text.find("license: EUPL-1.2") != std::string::npos);
  // The schema does reject what the standard forbids.
  auto with = [&](const std::string& from, const std::string& to) {
    std::string t = text;
    t.replace(t.find(from), from.size(), to);
    return t;
  };
  CHECK_FALSE(publiccode_errors(with("developmentStatus: beta", "developmentStatus: klaar")).empty());
  CHECK_FALSE(publiccode_errors(with("releaseDate: \"2026-12-02\"", "releaseDate: \"2026-13-45\"")).empty());
  CHECK_FALSE(publiccode_errors(with("url: \"https://example.org/zio.git\"", "url: \"zio.git\"")).empty());
  CHECK_FALSE(publiccode_errors(with("  type: community\n  contacts:\n    - name: zio maintainers\n", "  type: community\n")).empty());
}

TEST_CASE("licence and changelog: EUPL-1.2 in full, and a changelog entry") {
  std::string licence = slurp(source_path("LICENSE"));
  CHECK(licence.rfind("EUROPEAN UNION PUBLIC LICENCE v. 1.2", 0) == 0);
  for (const char* part : {"1.Definitions", "5.Obligations of the Licensee", "15.Applicable Law", "Appendix",
                           "European Union Public Licence (EUPL) v. 1.1, v. 1.2"})
    CHECK(licence.find(part) != std::string::npos);
  CHECK(licence.size() > 12000);
  std::string changelog = slurp(source_path("CHANGELOG.md"));
  CHECK(changelog.rfind("# Changelog", 0) == 0);
  CHECK(changelog.find("## [" ZIO_VERSION "]") != std::string::npos);
}
