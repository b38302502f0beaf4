// Drafting from the reference data: the starter of `zio init` (generic and
// for one jeugdregio), rule D08 recognising every placeholder it writes, and
// `zio codes`.
#include <catch2/catch.hpp>

#include <set>

#include "draft/codes.h"
#include "draft/placeholders.h"
#include "draft/starter.h"
#include "load/resources.h"
#include "rules/validate.h"
#include "support.h"

using namespace zio;

namespace {
Document validated(const std::string& yaml) {
  Document doc = load_text("start.yaml", yaml);
  run_rules(doc);
  return doc;
}

std::string with_status(std::string yaml, const std::string& status) {
  size_t at = yaml.find("status: concept");
  REQUIRE(at != std::string::npos);
  return yaml.replace(at, 15, "status: " + status);
}
}  // namespace

TEST_CASE("starter: every placeholder zio init writes is a D08 fout once the text goes out for signature") {
  for (Lang lang : {Lang::nl, Lang::en}) {
    for (const std::string region : {"", "JZ14"}) {
      DYNAMIC_SECTION((lang == Lang::en ? "en " : "nl ") << (region.empty() ? "generic" : region)) {
        std::string yaml = starter_yaml(region, lang);
        Document doc = validated(with_status(yaml, "ter_ondertekening"));
        REQUIRE_FALSE(doc.fatal);
        CHECK(contract_kind(doc, false) == ContractKind::refused);
        // Each value the starter list put in the file is found by D08, as a fout.
        std::set<int> d08_lines;
        for (const Finding& f : doc.findings)
          if (f.rule == "D08") {
            CHECK(f.severity == Severity::fout);
            d08_lines.insert(f.pos.line);
          }
        int placed = 0;
        for (const Leaf& leaf : doc.leaves)
          for (const StarterText& t : starter_texts())
            if (leaf.path == t.path && leaf.value == t.text.in(lang)) {
              INFO(leaf.path << " = " << leaf.value << " at line " << leaf.pos.line);
              CHECK(d08_lines.count(leaf.pos.line));
              ++placed;
            }
        CHECK(placed >= 15);
        // And the concept the user starts from is a draft, never signable.
        CHECK(contract_kind(validated(yaml), true) == ContractKind::draft);
      }
    }
  }
}

TEST_CASE("starter: every entry of the placeholder list is used by the template") {
  std::string nl(resource("templates/init/regio.nl.yaml.mustache")), en(resource("templates/init/regio.en.yaml.mustache"));
  // Written through the gemeente and zorgkantoor sections (starter.cpp).
  const std::set<std::string> by_code = {"gemeente_naam", "gemeente_code", "zorgkantoor_naam", "zorgkantoor_code"};
  for (const StarterText& t : starter_texts()) {
    INFO(t.tag);
    if (by_code.count(t.tag)) continue;
    CHECK(nl.find(std::string("{{") + t.tag + "}}") != std::string::npos);
    CHECK(en.find(std::string("{{") + t.tag + "}}") != std::string::npos);
  }
}

TEST_CASE("starter for JZ14: the gemeenten of Twente with CBS code and own name, and zorgkantoorregio ZK22") {
  std::string yaml = starter_yaml("JZ14", Lang::nl);
  Document doc = validated(yaml);
  int gemeenten = 0;
  for (const Partij& p : doc.region.partijen.v) gemeenten += p.soort.v == "gemeente";
  CHECK(gemeenten == 14);
  CHECK(yaml.find("naam: Gemeente Hengelo ") != std::string::npos);
  CHECK(yaml.find("code: GM0164") != std::string::npos);
  CHECK(yaml.find("code: ZK22") != std::string::npos);
  CHECK(yaml.find("jeugdregio: JZ14") != std::string::npos);
  // The gemeente names and codes are real: no D04 on the parties (the one D04
  // left is the herkomst placeholder GM0000), no D03 and no W01.
  for (const Finding& f : doc.findings) {
    INFO(f.rule << " " << f.pos.line << ": " << f.message.nl);
    CHECK(f.rule != "D03");
    CHECK(f.rule != "W01");
    if (f.rule == "D04") CHECK(f.message.nl.find("GM0000") != std::string::npos);
  }
  CHECK_THROWS_AS(starter_yaml("JZ99", Lang::nl), UnknownRegion);
  // Hart van Brabant spans ZK12 (nine gemeenten) and ZK25 (two): both are
  // parties, and the zorgkantoor of most gemeenten is the Wlz financier.
  Document hvb = validated(starter_yaml("JZ35", Lang::nl));
  CHECK(hvb.region.afspraken.wlz.financier.v == "zk-midden-brabant");
  int zk = 0;
  for (const Partij& p : hvb.region.partijen.v) zk += p.soort.v == "zorgkantoor";
  CHECK(zk == 2);
}

TEST_CASE("zio init --jeugdregio and zio codes on the command line") {
  test::Run r = test::run_zio({"init", "--jeugdregio", "JZ14", "-o", "-"});
  CHECK(r.code == 0);
  CHECK(r.out.find("Gemeente Enschede") != std::string::npos);
  r = test::run_zio({"init", "--jeugdregio", "JZ99", "-o", "-"});
  CHECK(r.code == 2);
  CHECK(r.err.find("onbekende jeugdregio 'JZ99'") != std::string::npos);

  r = test::run_zio({"codes"});
  CHECK(r.code == 0);
  CHECK(r.out.find("JZ14  Twente  (14 gemeenten; zorgkantoorregio ZK22 Twente)") != std::string::npos);
  r = test::run_zio({"codes", "--jeugdregio", "JZ14"});
  CHECK(r.out.find("GM0164  Hengelo (O.)  (naam: Gemeente Hengelo)  jeugdregio JZ14 Twente  zorgkantoorregio ZK22 Twente") !=
        std::string::npos);
  r = test::run_zio({"codes", "--gemeente", "Gemeente Hengelo"});
  CHECK(r.code == 0);
  CHECK(r.out.rfind("GM0164", 0) == 0);
  r = test::run_zio({"codes", "--zoek", "hengelo"});
  CHECK(r.out.find("GM0164") != std::string::npos);
  r = test::run_zio({"codes", "--zoek", "Atlantis"});
  CHECK(r.code == 1);
  CHECK(r.err.find("niets gevonden voor 'Atlantis'") != std::string::npos);
}
