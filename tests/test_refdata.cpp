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

TEST_CASE("the EMB-regeling's figures are data with their source year") {
  const zio::EmbRegeling& e = zio::emb_regeling();
  CHECK(e.max_per_leerling == 8000);
  CHECK(e.bronjaar == 2019);
  CHECK(e.bron.find("maximaal €8.000 per schooljaar") != std::string::npos);
  CHECK(e.laatste_eerste_jaar == 2025);
  CHECK(e.looptijd_bron.find("tot en met 2026") != std::string::npos);
}
