#include <catch2/catch.hpp>

#include "load/canonical.h"
#include "support.h"

using namespace zio;

TEST_CASE("fingerprint: comments, key order, quoting and layout do not change it; data does") {
  std::string a = "zio: 1\nregio:\n  naam: Hart van Brabant\n  peildatum: 2026-03-01\n";
  std::string b = "# opmerking\nregio: {peildatum: '2026-03-01', naam: \"Hart van Brabant\"}  # ook\nzio: 1\n";
  std::string c = "zio: 1\nregio:\n  naam: Hart van Brabant\n  peildatum: 2026-03-02\n";
  std::string d = "zio: \"1\"\nregio:\n  naam: Hart van Brabant\n  peildatum: 2026-03-01\n";
  std::string fa = fingerprint(a);
  REQUIRE(fa.size() == 64);
  CHECK(fa.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(fingerprint(b) == fa);
  CHECK(fingerprint(c) != fa);
  CHECK(fingerprint(d) != fa);  // the number 1 and the text "1" are different data
  CHECK(fingerprint("zio: [") == "");
  // Stable across releases: this value is part of signed documents.
  CHECK(fingerprint("a: 1\n") == "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
}

TEST_CASE("fingerprint: every example has one, and they differ") {
  std::string hvb = fingerprint(test::slurp(test::source_path("examples/hart-van-brabant.yaml")));
  std::string gaps = fingerprint(test::slurp(test::source_path("examples/concept-met-gaten.yaml")));
  CHECK(hvb.size() == 64);
  CHECK(gaps.size() == 64);
  CHECK(hvb != gaps);
}
