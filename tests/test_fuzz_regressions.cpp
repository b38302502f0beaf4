// Inputs the fuzz targets (fuzz/, docs/fuzzing.md) found or were seeded
// with: every file in tests/fixtures/fuzz goes through the path of
// fuzz/load_rules_outputs.cpp (load, rules, all outputs, contract and
// checklist) and must come through without a crash; the ASan build of the
// suite catches what a plain build would not.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "load/loader.h"
#include "render/view.h"
#include "rules/output.h"
#include "rules/validate.h"
#include "support.h"

using namespace zio::test;

TEST_CASE("fuzz regressions: every input in tests/fixtures/fuzz loads, validates and renders") {
  namespace fs = std::filesystem;
  int n = 0;
  for (const auto& e : fs::directory_iterator(source_path("tests/fixtures/fuzz"))) {
    INFO(e.path().string());
    ++n;
    zio::Document doc = zio::load_text(e.path().filename().string(), slurp(e.path().string()), nullptr, true);
    zio::run_rules(doc);
    std::ostringstream out;
    CHECK_NOTHROW(zio::write_text(out, {doc}, zio::Lang::nl));
    CHECK_NOTHROW(zio::write_json(out, {doc}, zio::Lang::en));
    CHECK_NOTHROW(zio::write_sarif(out, {doc}, zio::Lang::nl));
    if (!doc.fatal && doc.kind == zio::FileKind::region) {
      zio::RenderOptions opt{zio::Lang::nl, true};
      CHECK_NOTHROW(zio::contract_markdown(doc, opt));
      CHECK_NOTHROW(zio::checklist_markdown(&doc, opt, false));
    }
    CHECK(out.str().find('\x1b') == std::string::npos);  // never raw ESC in any output
  }
  CHECK(n >= 4);
}
