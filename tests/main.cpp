#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

// zio takes its language from ZIO_LANG and LANG and its colour from the
// terminal and NO_COLOR/CLICOLOR_FORCE; the tests (and every zio they start)
// run without those, so a developer's English locale changes no golden.
// Tests of the language and colour set them per run (tests/test_help.cpp).
int main(int argc, char* argv[]) {
  for (const char* v : {"ZIO_LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "CLICOLOR_FORCE"}) unsetenv(v);
  setenv("LANG", "C.UTF-8", 1);
  return Catch::Session().run(argc, argv);
}
