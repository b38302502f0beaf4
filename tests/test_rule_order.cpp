// Findings are printed in file order, except that an unknown key comes
// before the findings it causes: "onbekende sleutel 'geschilenregeling'
// (bedoelde u 'geschillenregeling'?)" first, then "er is geen
// geschillenregeling".
#include <catch2/catch.hpp>

#include "rules/validate.h"

using namespace zio;

TEST_CASE("an unknown key is reported before the missing-key finding it causes") {
  Document doc = load_text("typo.yaml",
                           "zio: 1\n"
                           "regio: { naam: R, peildatum: 2026-03-01 }\n"
                           "partijen: []\n"
                           "scholen: []\n"
                           "afspraken:\n"
                           "  looptijd: { ingang: 2026-08-01, einde: 2030-07-31 }\n"
                           "  geschilenregeling: { vorm: mediation, instantie: De mediator }\n");
  run_rules(doc);
  int unknown = -1, missing = -1;
  for (size_t i = 0; i < doc.findings.size(); ++i) {
    const Finding& f = doc.findings[i];
    if (f.rule == "D02" && f.message.nl.find("geschilenregeling") != std::string::npos) unknown = static_cast<int>(i);
    if (f.rule == "W02" && missing < 0) missing = static_cast<int>(i);
  }
  REQUIRE(unknown >= 0);
  REQUIRE(missing >= 0);
  CHECK(unknown < missing);
  // The unknown key still points at its own line.
  CHECK(doc.findings[unknown].pos.line == 7);
  CHECK(doc.findings[missing].pos.line == 5);
}
