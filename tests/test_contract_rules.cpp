// The contract says what the rules say: a law declared niet_van_toepassing
// prints its reason, a phased school is named with the date W03 gives, the
// region's own clauses are articles, and a file with status concept is
// always a marked draft.
#include <catch2/catch.hpp>

#include <fstream>

#include "render/view.h"
#include "rules/validate.h"
#include "support.h"

using namespace zio;

namespace {
Document validated_case(const std::string& rel, const std::string& extra = {}) {
  std::string text = test::slurp(test::source_path(rel)) + extra;
  Document doc = load_text(rel, text, nullptr, true);
  run_rules(doc);
  return doc;
}
}  // namespace

TEST_CASE("contract: wlz niet_van_toepassing prints the reason in the Wlz article") {
  Document doc = validated_case("tests/rules/W05/pass-wlz-niet-van-toepassing.yaml");
  std::string md = contract_markdown(doc, {});
  CHECK(md.find("1. Partijen hebben voor de langdurige zorg niets te regelen in deze overeenkomst: Geen van de "
                "leerlingen van De Linde heeft een Wlz-indicatie.") != std::string::npos);
  CHECK(md.find("gefinancierd en ingekocht door") == std::string::npos);  // no Wlz arrangements printed
}

TEST_CASE("contract: a phased school is named in the scope article with the date W03 reports") {
  Document doc = validated_case("tests/rules/W03/fail-fasering-later.yaml");
  std::string md = contract_markdown(doc, {});
  CHECK(md.find("- VSO De Eik: vanaf 1 augustus 2027") != std::string::npos);
  CHECK(md.find("niet van toepassing op VSO De Eik") == std::string::npos);
  bool w03 = false;
  for (const Finding& f : doc.findings)
    w03 = w03 || (f.rule == "W03" && f.severity == Severity::waarschuwing && f.message.nl.find("2027-08-01") != std::string::npos);
  CHECK(w03);
}

TEST_CASE("contract: afspraken.overige_artikelen are numbered articles before the closing article") {
  Document doc = validated_case("tests/rules/W10/pass-ondertekend-volledig.yaml",
                                "  overige_artikelen:\n"
                                "    - { titel: Communicatie, tekst: Partijen informeren ouders samen. }\n");
  std::string md = contract_markdown(doc, {});
  size_t own = md.find("## Artikel 14 Communicatie\n\nPartijen informeren ouders samen.");
  size_t closing = md.find("## Artikel 15 Looptijd");
  CHECK(own != std::string::npos);
  CHECK(closing != std::string::npos);
  CHECK(own < closing);
}

TEST_CASE("render: status concept always gives a CONCEPT draft, only a final status without fouten an unmarked one") {
  std::string dir = test::temp_dir();
  std::string text = test::slurp(test::source_path("tests/rules/W10/pass-ondertekend-volledig.yaml"));
  std::string concept = text;
  concept.replace(concept.find("status: ondertekend"), 19, "status: concept");
  std::ofstream(dir + "/concept.yaml") << concept;
  std::ofstream(dir + "/ondertekend.yaml") << text;
  test::Run r = test::run_zio({"render", "contract", dir + "/concept.yaml", "-o", dir + "/concept.html"});
  REQUIRE(r.code == 0);
  CHECK(test::slurp(dir + "/concept.html").find("<p class=\"concept\">CONCEPT") != std::string::npos);
  r = test::run_zio({"render", "contract", dir + "/ondertekend.yaml", "-o", dir + "/ondertekend.html"});
  REQUIRE(r.code == 0);
  CHECK(test::slurp(dir + "/ondertekend.html").find("<p class=\"concept\">") == std::string::npos);
  Document doc = load_text("concept.yaml", concept);
  run_rules(doc);
  CHECK(contract_kind(doc, false) == ContractKind::draft);
}

TEST_CASE("report: a law declared niet_van_toepassing is counted apart from one not arranged") {
  std::string dir = test::temp_dir();
  std::ofstream(dir + "/a.yaml") << test::slurp(test::source_path("tests/rules/W05/pass-wlz-niet-van-toepassing.yaml"));
  std::ofstream(dir + "/b.yaml") << test::slurp(test::source_path("tests/rules/W10/pass-ondertekend-volledig.yaml"));
  test::Run r = test::run_zio({"report", dir, "-o", "-"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find("| Wlz-zorg: collectief in natura | 1 |") != std::string::npos);
  CHECK(r.out.find("| Wlz-zorg: niet van toepassing | 1 |") != std::string::npos);
  CHECK(r.out.find("aangekondigde wettelijke eisen") != std::string::npos);
}

TEST_CASE("docs/sources.md quotes a source for every W and L rule") {
  std::string md = test::slurp(test::source_path("docs/sources.md"));
  for (const char* id : {"W01", "W02", "W03", "W04", "W05", "W06", "W07", "W08", "W09", "W10", "L01", "L02", "L03", "L04",
                         "L05", "L06", "L07", "L08", "L09"}) {
    INFO(id);
    CHECK(md.find(id) != std::string::npos);
  }
  CHECK(md.find("Niet te controleren uit de seeds") != std::string::npos);
}

TEST_CASE("contract: several Zvw insurers (zvw.financiers) are all named") {
  std::string text = test::slurp(test::source_path("tests/rules/W06/fail-zvw-financiers-gemeente.yaml"));
  text.replace(text.find("[zv-a, zv-b, tilburg]"), 21, "[zv-a, zv-b]");
  Document doc = load_text("zvw.yaml", text);
  run_rules(doc);
  std::string md = contract_markdown(doc, {});
  CHECK(md.find("wordt vergoed door Zorgverzekeraar Alfa en Zorgverzekeraar Beta") != std::string::npos);
  CHECK(md.find("Deze zorgverzekeraars zijn geen partij") != std::string::npos);
}
