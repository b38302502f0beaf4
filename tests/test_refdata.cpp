#include <catch2/catch.hpp>

#include "load/refdata.h"

using namespace zio;

TEST_CASE("reference data: the CBS lists are complete and read quoted names") {
  for (int year : {2025, 2026}) {
    const RefData& r = RefData::for_year(year);
    CHECK(r.gemeenten.size() == 342);
    CHECK(r.jeugdregios.size() == 42);
    CHECK(r.zorgkantoorregios.size() == 31);
    REQUIRE(r.gemeenten.count("GM0820"));
    CHECK(r.gemeenten.at("GM0820").naam == "Nuenen, Gerwen en Nederwetten");
    CHECK(r.gemeenten.at("GM0855").naam == "Tilburg");
    CHECK(r.gemeenten.at("GM0855").jeugdregio == "JZ35");
    CHECK(r.gemeenten.at("GM0855").zorgkantoorregio == "ZK12");
    CHECK(r.jeugdregios.at("JZ35") == "Midden-Brabant (Hart van Brabant)");
    CHECK(r.jeugdregios.count("JZ40") == 0);
  }
  CHECK(RefData::for_year(2019).year == 2025);
  CHECK(RefData::for_year(2031).year == 2026);
}
