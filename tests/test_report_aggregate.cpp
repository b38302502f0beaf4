// The aggregation stage of `zio report`, against hand-counted fixtures.
//
// tests/fixtures/report/huidig/ (report date 2026-06-30 from landelijk.yaml,
// so "outdated" means a peildatum before 2025-12-30). Files by name:
//   a-holland-rijnland.yaml  Holland Rijnland, JZ18, ondertekend, 2026-06-01,
//       clean. Gemeenten GM0546 Leiden, GM0484 Alphen a/d Rijn, GM0537
//       Katwijk; zorgkantoor ZK28. No afspraken.scholen: both schools covered.
//       De Waterlelie 20WL00, cl. 3, 200 pupils, 1 provider, herkomst Leiden
//       100 + Alphen 50 + Gouda 30 (Gouda is no party here).
//       Het Anker 20AN (BRIN only), cl. 4, 80 pupils, 2 providers, herkomst
//       Leiden 40 + Katwijk 20. Geschil yes, pgb yes, jeugdhulp
//       vrij_toegankelijk, wlz collectief_natura, EMB 4.
//       Row: 2 schools, 2 of cl. 3/4, 280 pupils, 3 gemeenten, herkomst 240
//       of which 210 from a party gemeente; providers mean 3/2 = 1.50, max 2.
//   b-midden-holland.yaml  Midden-Holland, JZ27, ter_ondertekening,
//       2025-11-15 -> OUTDATED; 1 waarschuwing (L05), no fouten. Gemeenten
//       GM0513 Gouda, GM1892 Zuidplas, GM0627 Waddinxveen; ZK13.
//       De Waterlelie 20WL00, cl. 3, 220 pupils (a- says 200), 1 provider,
//       herkomst Gouda 120 + Alphen 40 (no party here) + Zuidplas 30.
//       Kindcentrum De Vlinder (no BRIN), cl. 3+4, 60 pupils, 1 provider.
//       Geschil yes, pgb yes, collectief_ingekocht, individueel_natura, EMB 0.
//       Row: 2, 2, 220+60 = 280, 3 gemeenten, herkomst 190 / party 150,
//       providers 1.00 / 1.
//   c-haaglanden.yaml  Haaglanden, JZ24, ondertekend, 2026-05-15, WITH
//       FOUTEN: W02 (no geschillenregeling) + W10 (ondertekend with a fout)
//       = 2 fouten, 0 waarschuwingen, 1 info (L09). GM0518, GM0637; ZK10.
//       De Waterlelie 20WL00 as cl. 3+4 (a-, b- say 3), 200 pupils, 1 prov.
//       De Piramide 30PR01, cl. 4, 150 pupils, 1 provider, herkomst 100 + 40,
//       both parties. Individueel, collectief_natura, pgb yes, EMB 7.
//       Row: 2, 2, 350, 2 gemeenten, herkomst 140 / 140, providers 1.00 / 1.
//   concept-rapportage.yaml  a second national file: unreadable (landelijk.yaml
//       wins although it sorts later).
//   d-woerden.yaml  Woerden en Oudewater, no jeugdregio (derived: both
//       gemeenten are in JZ19), concept, 2026-06-15, 1 waarschuwing (W07),
//       no fouten. GM0632 Woerden, GM0589 Oudewater; ZK23.
//       "kindcentrum  de Vlinder" (no BRIN; same normalised name as b-'s),
//       cl. 3+4, 64 pupils (b- says 60), 2 providers, herkomst Woerden 30 +
//       Oudewater 10 + Gouda 20 (no party here).
//       SO Het Zicht 40HZ, cl. 1, 30 pupils, no provider, herkomst Woerden
//       10 + Utrecht 15 (a party nowhere). Vrij_toegankelijk,
//       collectief_natura, geschil yes, pgb yes, EMB 0.
//       Row: 2 schools, 1 of cl. 3/4, 64 pupils, 2 gemeenten, herkomst
//       60 + 25 = 85, party 30 + 10 + 10 = 50; providers (2+0)/2 = 1.00, max 2.
//   kapot.yaml  unclosed quote: D01 at 3:9.   landelijk.yaml  national.
//   notities.yml  a YAML list: D02 at 2:1.   leesmij.txt  not YAML: ignored.
//   => 4 regions, 1 national, 3 unreadable = 8 files; 1 region with fouten.
//   Peildata 2025-11-15 .. 2026-06-15; outdated: b-midden-holland.yaml.
//
// HEADLINE (ok = a, b, d; c has fouten):
//   status concept 1 (d), ter_ondertekening 1 (b), ondertekend 1 (a), geen 0;
//   all adds c: ondertekend 2 -> "ondertekend: 1 (+1 met fouten)".
//   Schools once: 20WL00 (a, b), 20AN (a), name "kindcentrum de vlinder"
//   (b, d), 40HZ (d) = 4 schools, 1 by name. The appearance with the latest
//   peildatum speaks for a school: 20WL00 from a (2026-06-01 > 2025-11-15):
//   cl. 3, 200 pupils, 1 provider; De Vlinder from d (2026-06-15): cl. 3+4,
//   64 pupils, 2 providers.
//   Cluster 3: Waterlelie + Vlinder = 2 schools, 200 + 64 = 264 pupils.
//   Cluster 4: Anker + Vlinder = 2, 80 + 64 = 144. Cluster 3/4: 3 schools,
//   200 + 80 + 64 = 344 pupils (Het Zicht is cluster 1), none unknown.
//   Providers per school (1 + 2 + 2 + 0) / 4 = 1.25, max 2.
//   Gemeenten a 3 + b 3 + d 2 = 8 (no overlap); jeugdregio's JZ18, JZ27 and
//   JZ19 (derived for d) = 3; zorgkantoorregio's ZK13, ZK23, ZK28 = 3.
//   Herkomst per distinct school, a gemeente counting when it is a party of
//   ANY counted agreement covering that school:
//     Waterlelie (a's herkomst; parties of a and b, so Gouda counts) 180/180,
//     Anker 60/60, Vlinder (d's; parties of b and d, Gouda counts) 60/60,
//     Het Zicht 25/10 (Utrecht no party) => 325 pupils, 310 from a party.
//   Geschillenregeling 3; jeugdhulp vrij_toegankelijk 2, collectief_ingekocht
//   1, individueel 0, geen 0; wlz collectief_natura 2, individueel_natura 1,
//   geen 0; pgb exception 3; EMB 4 + 0 + 0 = 4.
// ALL (a, b, c, d): 4 regions; concept 1, ter_ondertekening 1, ondertekend 2.
//   Schools + 30PR01 = 5 (Waterlelie still once, from a: 2026-06-01 >
//   c's 2026-05-15), 1 by name. Cl. 3: 2 / 264. Cl. 4: Anker, Vlinder,
//   Piramide = 3 / 80 + 64 + 150 = 294. Cl. 3/4: 4 / 494. Providers
//   (1+2+2+0+1)/5 = 1.2, max 2. Gemeenten 8 + 2 = 10, jeugdregio's 4 (+JZ24),
//   zorgkantoorregio's 4 (+ZK10). Herkomst 325 + Piramide 140 = 465, party
//   310 + 140 = 450. Geschil 3 (c has none); jeugdhulp individueel +1; wlz
//   collectief_natura 3; pgb 4; EMB 4 + 7 = 11.
// OVERLAPS (all files, first-appearance order): 20WL00 in a (cl. 3, 200),
//   b (cl. 3, 220), c (cl. 3+4, 200, with fouten): clusters and pupils
//   differ. De Vlinder by name in b (60) and d (64): pupils differ.
// NATIONAL: 3 acties (in_uitvoering, afgerond, vertraagd), 2 moties
//   (afgedaan, in_behandeling), no findings.
//
// tests/fixtures/report/vorige/ (no landelijk.yaml: report date = latest
// regional peildatum 2025-12-15, outdated before 2025-06-15). By name:
//   b-midden-holland.yaml  concept, 2025-06-01 -> OUTDATED, WITH FOUTEN
//       (W02: 1 fout; L05: 1 waarschuwing). GM0513, GM1892; ZK13; JZ27.
//       De Waterlelie 20WL00 cl. 3, 210 pupils, herkomst Gouda 120 + Zuidplas
//       30. Collectief_ingekocht, individueel_natura, pgb yes, no geschil.
//       Row: 1, 1, 210, 2 gemeenten, herkomst 150/150, providers 1.00/1.
//   c-haaglanden.yaml  ondertekend, 2025-12-15, clean (1 info, L09).
//       GM0518, GM0637; ZK10; JZ24. De Piramide 30PR01 cl. 4, 140 pupils,
//       herkomst 100 + 30. Individueel, collectief_natura, geschil, pgb, EMB 5.
//       Row: 1, 1, 140, 2, 130/130, 1.00/1.
//   e-drechtsteden.yaml  Zuid-Holland Zuid, concept, 2025-10-01, clean.
//       GM0505, GM0642; ZK24; JZ31. De Duinroos 50DR cl. 3, 100 pupils,
//       herkomst 60 + 20. Vrij_toegankelijk, collectief_natura, geschil, pgb.
//       Row: 1, 1, 100, 2, 80/80, 1.00/1.
//   holland-rijnland.yaml  Holland Rijnland, ter_ondertekening, 2025-12-01,
//       clean; a- without Het Anker and EMB; De Waterlelie 190 pupils.
//       Row: 1, 1, 190, 3, herkomst 180 / 150 (Gouda no party), 1.00/1.
//   ok = c, e, holland: concept 1, ter_ondertekening 1, ondertekend 1.
//     Schools Piramide, Duinroos, Waterlelie = 3; cl. 3: 2 / 100 + 190 = 290;
//     cl. 4: 1 / 140; cl. 3/4: 3 / 430. Gemeenten 2 + 2 + 3 = 7; JZ18, JZ24,
//     JZ31; ZK10, ZK24, ZK28. Herkomst 130 + 80 + 180 = 390, party 130 + 80
//     + 150 = 360. Geschil 3; vrij_toegankelijk 2, individueel 1;
//     collectief_natura 3; pgb 3; providers 1.0 / 1; EMB 5.
//   all adds b: concept 2. Waterlelie still once, from holland (2025-12-01 >
//     2025-06-01): 190 pupils, so schools and pupils as ok; with b's parties
//     Gouda now counts: herkomst 390 / 390. Gemeenten 9, jeugdregio's 4,
//     zorgkantoorregio's 4. Geschil 3; collectief_ingekocht 1; individueel_
//     natura 1; pgb 4; EMB 5.
//   Overlap: 20WL00 in b (210, with fouten) and holland (190).
// COMPARISON vorige -> huidig, regions matched by name:
//   Holland Rijnland  ter_ondertekening -> ondertekend (file renamed)
//   Midden-Holland    concept with fouten -> ter_ondertekening
//   Haaglanden        ondertekend -> ondertekend with fouten
//   Woerden en Oudewater  new (concept)
//   Zuid-Holland Zuid     gone (was concept)
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "report/aggregate.h"
#include "report/csv.h"
#include "rules/validate.h"
#include "support.h"

using namespace zio;

namespace {

std::string fixture(const std::string& name) { return test::source_path("tests/fixtures/report/" + name); }

// "concept=1 ter_ondertekening=1 ..." so one CHECK shows every count.
std::string counts(const std::vector<Count>& cs) {
  std::string out;
  for (const Count& c : cs) out += (out.empty() ? "" : " ") + c.key + "=" + std::to_string(c.n);
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::string clusters(const std::vector<int>& v) {
  std::string out;
  for (int c : v) out += (out.empty() ? "" : "+") + std::to_string(c);
  return out;
}

// Everything of a row but the facts' lists, in one line.
std::string row_line(const RegionRow& r) {
  std::ostringstream o;
  const RegionInfo& f = r.facts;
  o << r.file << '|' << f.naam << '|' << f.jeugdregio << '|' << f.status << '|' << f.peildatum << '|'
    << (r.outdated ? "verouderd" : "actueel") << "|scholen " << r.schools << '|' << r.cluster34_schools << '|'
    << r.cluster34_pupils << "|gm " << r.gemeenten << ' ' << join(r.jeugdregios) << ' ' << join(r.zorgkantoorregios)
    << "|herkomst " << r.herkomst_pupils << '/'
    << r.herkomst_party_pupils << "|za " << r.zorgaanbieders_mean << '/' << r.zorgaanbieders_max << '|'
    << f.jeugdhulp << '|' << f.wlz << '|' << (f.geschillenregeling ? "geschil" : "-") << '|'
    << (f.pgb_uitzondering ? "pgb" : "-") << "|emb " << f.emb_leerlingen << "|f" << r.fouten << " w"
    << r.waarschuwingen << " i" << r.info;
  return o.str();
}

std::string appearance(const SchoolAppearance& a) {
  return a.file + "|" + a.region + "|" + (a.region_has_fouten ? "fouten" : "ok") + "|" + a.id + "|" + a.naam + "|" +
         clusters(a.clusters) + "|" + (a.leerlingen ? std::to_string(*a.leerlingen) : "?");
}

}  // namespace

TEST_CASE("report: huidig folder, every figure counted by hand", "[report]") {
  ReportInput in = read_report_dir(fixture("huidig"));
  REQUIRE(in.regions.size() == 4);
  REQUIRE(in.national);
  CHECK(std::filesystem::path(in.national->path).filename() == "landelijk.yaml");
  REQUIRE(in.unreadable.size() == 3);
  // The reduced documents keep their findings, not their text or model.
  CHECK(in.regions[0].doc.text.empty());
  CHECK(in.regions[0].doc.region.partijen.v.empty());
  CHECK(in.national->text.empty());
  CHECK(default_report_date(in) == "2026-06-30");

  Summary s = summarize(in, "");
  CHECK(s.report_date == "2026-06-30");
  CHECK(s.files == 8);
  CHECK(s.peildatum_min == "2025-11-15");
  CHECK(s.peildatum_max == "2026-06-15");
  CHECK(join(s.outdated) == "b-midden-holland.yaml");
  CHECK(s.regions_with_fouten == 1);

  REQUIRE(s.regions.size() == 4);
  CHECK(row_line(s.regions[0]) ==
        "a-holland-rijnland.yaml|Holland Rijnland|JZ18|ondertekend|2026-06-01|actueel|scholen 2|2|280|gm 3 JZ18 ZK28|"
        "herkomst 240/210|za 1.5/2|vrij_toegankelijk|collectief_natura|geschil|pgb|emb 4|f0 w1 i0");
  CHECK(row_line(s.regions[1]) ==
        "b-midden-holland.yaml|Midden-Holland|JZ27|ter_ondertekening|2025-11-15|verouderd|scholen 2|2|280|"
        "gm 3 JZ27 ZK13|herkomst 190/150|za 1/1|collectief_ingekocht|individueel_natura|geschil|pgb|emb 0|f0 w1 i0");
  CHECK(row_line(s.regions[2]) ==
        "c-haaglanden.yaml|Haaglanden|JZ24|ondertekend|2026-05-15|actueel|scholen 2|2|350|gm 2 JZ24 ZK10|"
        "herkomst 140/140|za 1/1|individueel|collectief_natura|-|pgb|emb 7|f2 w1 i1");
  CHECK(row_line(s.regions[3]) ==
        "d-woerden.yaml|Woerden en Oudewater||concept|2026-06-15|actueel|scholen 2|1|64|gm 2 JZ19 ZK23|"
        "herkomst 85/50|za 1/2|vrij_toegankelijk|collectief_natura|geschil|pgb|emb 0|f0 w1 i0");
  CHECK_FALSE(s.regions[0].has_fouten());
  CHECK(s.regions[2].has_fouten());
  CHECK(s.regions[2].path == fixture("huidig") + "/c-haaglanden.yaml");
  // The facts behind the figures: codes as written, schools by key.
  CHECK(join(s.regions[0].facts.gemeente_codes) == "GM0484,GM0537,GM0546");
  CHECK(join(s.regions[0].facts.zorgkantoor_codes) == "ZK28");
  const auto& d_schools = in.regions[3].facts.schools;
  REQUIRE(d_schools.size() == 2);
  CHECK(d_schools[0].key == "N:kindcentrum de vlinder");
  CHECK(d_schools[0].by_name);
  CHECK(clusters(d_schools[0].clusters) == "3+4");
  CHECK(d_schools[0].zorgaanbieders == 2);
  CHECK(d_schools[0].herkomst.size() == 3);
  CHECK(d_schools[1].key == "B:40HZ");
  CHECK(in.regions[0].facts.schools[0].key == "V:20WL00");

  SECTION("headline figures: only regions without fouten") {
    const Figures& f = s.ok;
    CHECK(f.regions == 3);
    CHECK(counts(f.status) == "concept=1 ter_ondertekening=1 ondertekend=1 geen=0");
    CHECK(f.schools == 4);
    CHECK(f.schools_by_name == 1);
    CHECK(f.cluster3_schools == 2);
    CHECK(f.cluster3_pupils == 264);
    CHECK(f.cluster4_schools == 2);
    CHECK(f.cluster4_pupils == 144);
    CHECK(f.cluster34_schools == 3);
    CHECK(f.cluster34_pupils == 344);
    CHECK(f.cluster34_pupils_unknown == 0);
    CHECK(join(f.gemeenten) == "GM0484,GM0513,GM0537,GM0546,GM0589,GM0627,GM0632,GM1892");
    CHECK(f.gemeenten_total == 342);
    CHECK(join(f.jeugdregios) == "JZ18,JZ19,JZ27");
    CHECK(f.jeugdregios_total == 42);
    CHECK(join(f.zorgkantoorregios) == "ZK13,ZK23,ZK28");
    CHECK(f.zorgkantoorregios_total == 31);
    CHECK(f.herkomst_pupils == 325);
    CHECK(f.herkomst_party_pupils == 310);
    CHECK(f.herkomst_share() == Approx(310.0 / 325.0));
    CHECK(f.geschillenregeling == 3);
    CHECK(counts(f.jeugdhulp) == "vrij_toegankelijk=2 collectief_ingekocht=1 individueel=0 niet_van_toepassing=0 geen=0");
    CHECK(counts(f.wlz) == "collectief_natura=2 individueel_natura=1 niet_van_toepassing=0 geen=0");
    CHECK(f.pgb_uitzondering == 3);
    CHECK(f.zorgaanbieders_mean == Approx(1.25));
    CHECK(f.zorgaanbieders_max == 2);
    CHECK(f.emb_leerlingen == 4);
  }

  SECTION("all readable regions, for the '+N met fouten'") {
    const Figures& f = s.all;
    CHECK(f.regions == 4);
    CHECK(counts(f.status) == "concept=1 ter_ondertekening=1 ondertekend=2 geen=0");
    CHECK(f.status_count("ondertekend") - s.ok.status_count("ondertekend") == 1);
    CHECK(f.schools == 5);
    CHECK(f.schools_by_name == 1);
    CHECK(f.cluster3_schools == 2);
    CHECK(f.cluster3_pupils == 264);
    CHECK(f.cluster4_schools == 3);
    CHECK(f.cluster4_pupils == 294);
    CHECK(f.cluster34_schools == 4);
    CHECK(f.cluster34_pupils == 494);
    CHECK(f.cluster34_pupils_unknown == 0);
    CHECK(f.gemeenten.size() == 10);
    CHECK(join(f.jeugdregios) == "JZ18,JZ19,JZ24,JZ27");
    CHECK(join(f.zorgkantoorregios) == "ZK10,ZK13,ZK23,ZK28");
    CHECK(f.herkomst_pupils == 465);
    CHECK(f.herkomst_party_pupils == 450);
    CHECK(f.geschillenregeling == 3);
    CHECK(counts(f.jeugdhulp) == "vrij_toegankelijk=2 collectief_ingekocht=1 individueel=1 niet_van_toepassing=0 geen=0");
    CHECK(f.jeugdhulp_count("individueel") == 1);
    CHECK(counts(f.wlz) == "collectief_natura=3 individueel_natura=1 niet_van_toepassing=0 geen=0");
    CHECK(f.wlz_count("collectief_natura") == 3);
    CHECK(f.pgb_uitzondering == 4);
    CHECK(f.zorgaanbieders_mean == Approx(1.2));
    CHECK(f.zorgaanbieders_max == 2);
    CHECK(f.emb_leerlingen == 11);
  }

  SECTION("schools in more than one agreement") {
    REQUIRE(s.overlaps.size() == 2);
    const SchoolOverlap& w = s.overlaps[0];
    CHECK(w.key == "V:20WL00");
    CHECK_FALSE(w.by_name);
    CHECK(w.naam == "SO/VSO De Waterlelie");
    CHECK(w.brin == "20WL");
    CHECK(w.vestiging == "20WL00");
    REQUIRE(w.in.size() == 3);
    CHECK(appearance(w.in[0]) == "a-holland-rijnland.yaml|Holland Rijnland|ok|waterlelie|SO/VSO De Waterlelie|3|200");
    CHECK(appearance(w.in[1]) == "b-midden-holland.yaml|Midden-Holland|ok|waterlelie|De Waterlelie|3|220");
    CHECK(appearance(w.in[2]) == "c-haaglanden.yaml|Haaglanden|fouten|waterlelie|De Waterlelie|3+4|200");
    CHECK(w.clusters_differ);
    CHECK(w.leerlingen_differ);
    const SchoolOverlap& v = s.overlaps[1];
    CHECK(v.key == "N:kindcentrum de vlinder");
    CHECK(v.by_name);
    CHECK(v.brin.empty());
    REQUIRE(v.in.size() == 2);
    CHECK(appearance(v.in[0]) == "b-midden-holland.yaml|Midden-Holland|ok|vlinder|Kindcentrum De Vlinder|3+4|60");
    CHECK(appearance(v.in[1]) == "d-woerden.yaml|Woerden en Oudewater|ok|vlinder|kindcentrum  de Vlinder|3+4|64");
    CHECK_FALSE(v.clusters_differ);
    CHECK(v.leerlingen_differ);
  }

  SECTION("the national file") {
    REQUIRE(s.national);
    const NationalPart& n = *s.national;
    CHECK(n.file == "landelijk.yaml");
    CHECK(n.titel == "Voortgang verbeteraanpak Zorg in Onderwijstijd");
    CHECK(n.kenmerk == "TEST-2026-1");
    CHECK(n.peildatum == "2026-06-30");
    CHECK(n.fouten == 0);
    CHECK(n.waarschuwingen == 0);
    REQUIRE(n.acties.size() == 3);
    CHECK(n.acties[0].nummer == 1);
    CHECK(n.acties[0].titel == "Aanpassen wetgeving voor cluster 3 en 4");
    CHECK(n.acties[0].status == "in_uitvoering");
    CHECK(n.acties[0].toelichting == "Het wetsvoorstel is in voorbereiding.");
    CHECK(n.acties[1].nummer == 4);
    CHECK(n.acties[1].status == "afgerond");
    CHECK(n.acties[1].toelichting.empty());
    CHECK(n.acties[2].nummer == 5);
    CHECK(n.acties[2].status == "vertraagd");
    CHECK(counts(n.acties_status) == "gepland=0 in_uitvoering=1 afgerond=1 vertraagd=1 gestopt=0");
    REQUIRE(n.moties.size() == 2);
    CHECK(n.moties[0].kamerstuk == "31 839, nr. 960");
    CHECK(join(n.moties[0].indieners) == "Drost,Ceder");
    CHECK(n.moties[0].onderwerp == "Collectieve zorg in onderwijs wettelijk borgen.");
    CHECK(n.moties[0].status == "afgedaan");
    CHECK(n.moties[0].toelichting == "Hiermee wordt de motie van de leden Drost en Ceder afgedaan.");
    CHECK(n.moties[1].kamerstuk == "31 497, nr. 458");
    CHECK(join(n.moties[1].indieners) == "De Hoop");
    CHECK(n.moties[1].status == "in_behandeling");
    CHECK(counts(n.moties_status) == "afgedaan=1 in_behandeling=1");
  }

  SECTION("unreadable files, each with its reason") {
    REQUIRE(s.unreadable.size() == 3);
    CHECK(s.unreadable[0].file == "concept-rapportage.yaml");
    CHECK(s.unreadable[0].reason.nl == "tweede landelijk bestand; de rapportage gebruikt landelijk.yaml");
    CHECK(s.unreadable[0].reason.en == "a second national file; the report uses landelijk.yaml");
    CHECK_FALSE(s.unreadable[0].pos.known());
    CHECK(s.unreadable[1].file == "kapot.yaml");
    CHECK(s.unreadable[1].reason.nl ==
          "het aanhalingsteken wordt nergens afgesloten; de rest van het bestand zou tekst worden");
    CHECK(s.unreadable[1].pos.line == 3);
    CHECK(s.unreadable[1].pos.col == 9);
    CHECK(s.unreadable[2].file == "notities.yml");
    CHECK(s.unreadable[2].reason.nl ==
          "het bestand moet een blok met sleutels zijn (zio, regio, partijen, scholen, afspraken), geen lijst of "
          "losse waarde");
    CHECK(s.unreadable[2].pos.line == 2);
    CHECK(s.unreadable[2].pos.col == 1);
  }
}

TEST_CASE("report: CSV of the huidig folder, byte for byte", "[report]") {
  Summary s = summarize(read_report_dir(fixture("huidig")));
  const std::string expected =
      "\xEF\xBB\xBF"
      "regio;jeugdregio;status;peildatum;verouderd;scholen;scholen cluster 3/4;leerlingen cluster 3/4;gemeenten;"
      "jeugdhulp;wlz;geschillenregeling;pgb-uitzondering;zorgaanbieders per school (gemiddeld);"
      "zorgaanbieders per school (max);EMB-leerlingen;fouten;waarschuwingen;bestand;opmerking\r\n"
      "Holland Rijnland;JZ18;ondertekend;2026-06-01;nee;2;2;280;3;vrij_toegankelijk;collectief_natura;ja;ja;1,50;2;"
      "4;0;1;a-holland-rijnland.yaml;\r\n"
      "Midden-Holland;JZ27;ter_ondertekening;2025-11-15;ja;2;2;280;3;collectief_ingekocht;individueel_natura;ja;ja;"
      "1,00;1;0;0;1;b-midden-holland.yaml;\r\n"
      "Haaglanden;JZ24;ondertekend;2026-05-15;nee;2;2;350;2;individueel;collectief_natura;nee;ja;1,00;1;7;2;1;"
      "c-haaglanden.yaml;\r\n"
      "Woerden en Oudewater;;concept;2026-06-15;nee;2;1;64;2;vrij_toegankelijk;collectief_natura;ja;ja;1,00;2;0;0;1;"
      "d-woerden.yaml;\r\n"
      ";;onleesbaar;;;;;;;;;;;;;;;;concept-rapportage.yaml;"
      "\"tweede landelijk bestand; de rapportage gebruikt landelijk.yaml\"\r\n"
      ";;onleesbaar;;;;;;;;;;;;;;;;kapot.yaml;"
      "\"het aanhalingsteken wordt nergens afgesloten; de rest van het bestand zou tekst worden\"\r\n"
      ";;onleesbaar;;;;;;;;;;;;;;;;notities.yml;"
      "het bestand moet een blok met sleutels zijn (zio, regio, partijen, scholen, afspraken), geen lijst of losse "
      "waarde\r\n";
  CHECK(regions_csv(s) == expected);
}

TEST_CASE("report: CSV quoting (RFC 4180 with ';') and no formulas from region files", "[report]") {
  Summary s;
  RegionRow r;
  r.file = "=1+1.yaml";
  r.facts.naam = "Regio \"Noord\"; west";
  r.facts.jeugdregio = "@JZ01";
  r.facts.status = "concept";
  r.facts.peildatum = "2026-01-01";
  s.regions.push_back(r);
  s.unreadable.push_back({"x.yaml", "/tmp/x.yaml", Text{"regel 1\nregel 2", "line"}, {}});
  std::string csv = regions_csv(s);
  std::string rows = csv.substr(csv.find("\r\n") + 2);
  CHECK(rows ==
        "\"Regio \"\"Noord\"\"; west\";'@JZ01;concept;2026-01-01;nee;0;0;0;0;;;nee;nee;;;0;0;0;'=1+1.yaml;\r\n"
        ";;onleesbaar;;;;;;;;;;;;;;;;x.yaml;\"regel 1\nregel 2\"\r\n");
}

TEST_CASE("report: vorige folder and the comparison with huidig", "[report]") {
  Summary then = summarize(read_report_dir(fixture("vorige")));
  CHECK(then.report_date == "2025-12-15");  // no landelijk.yaml: the latest peildatum
  CHECK(then.files == 4);
  CHECK_FALSE(then.national);
  CHECK(then.unreadable.empty());
  CHECK(then.peildatum_min == "2025-06-01");
  CHECK(then.peildatum_max == "2025-12-15");
  CHECK(join(then.outdated) == "b-midden-holland.yaml");
  CHECK(then.regions_with_fouten == 1);
  REQUIRE(then.regions.size() == 4);
  CHECK(row_line(then.regions[0]) ==
        "b-midden-holland.yaml|Midden-Holland|JZ27|concept|2025-06-01|verouderd|scholen 1|1|210|gm 2 JZ27 ZK13|"
        "herkomst 150/150|za 1/1|collectief_ingekocht|individueel_natura|-|pgb|emb 0|f1 w1 i0");
  CHECK(row_line(then.regions[1]) ==
        "c-haaglanden.yaml|Haaglanden|JZ24|ondertekend|2025-12-15|actueel|scholen 1|1|140|gm 2 JZ24 ZK10|"
        "herkomst 130/130|za 1/1|individueel|collectief_natura|geschil|pgb|emb 5|f0 w0 i1");
  CHECK(row_line(then.regions[2]) ==
        "e-drechtsteden.yaml|Zuid-Holland Zuid|JZ31|concept|2025-10-01|actueel|scholen 1|1|100|gm 2 JZ31 ZK24|"
        "herkomst 80/80|za 1/1|vrij_toegankelijk|collectief_natura|geschil|pgb|emb 0|f0 w0 i0");
  CHECK(row_line(then.regions[3]) ==
        "holland-rijnland.yaml|Holland Rijnland|JZ18|ter_ondertekening|2025-12-01|actueel|scholen 1|1|190|"
        "gm 3 JZ18 ZK28|herkomst 180/150|za 1/1|vrij_toegankelijk|collectief_natura|geschil|pgb|emb 0|f0 w0 i0");

  const Figures& ok = then.ok;
  CHECK(ok.regions == 3);
  CHECK(counts(ok.status) == "concept=1 ter_ondertekening=1 ondertekend=1 geen=0");
  CHECK(ok.schools == 3);
  CHECK(ok.schools_by_name == 0);
  CHECK(ok.cluster3_schools == 2);
  CHECK(ok.cluster3_pupils == 290);
  CHECK(ok.cluster4_schools == 1);
  CHECK(ok.cluster4_pupils == 140);
  CHECK(ok.cluster34_schools == 3);
  CHECK(ok.cluster34_pupils == 430);
  CHECK(ok.gemeenten.size() == 7);
  CHECK(join(ok.jeugdregios) == "JZ18,JZ24,JZ31");
  CHECK(join(ok.zorgkantoorregios) == "ZK10,ZK24,ZK28");
  CHECK(ok.herkomst_pupils == 390);
  CHECK(ok.herkomst_party_pupils == 360);
  CHECK(ok.geschillenregeling == 3);
  CHECK(counts(ok.jeugdhulp) == "vrij_toegankelijk=2 collectief_ingekocht=0 individueel=1 niet_van_toepassing=0 geen=0");
  CHECK(counts(ok.wlz) == "collectief_natura=3 individueel_natura=0 niet_van_toepassing=0 geen=0");
  CHECK(ok.pgb_uitzondering == 3);
  CHECK(ok.zorgaanbieders_mean == Approx(1.0));
  CHECK(ok.zorgaanbieders_max == 1);
  CHECK(ok.emb_leerlingen == 5);

  const Figures& all = then.all;
  CHECK(all.regions == 4);
  CHECK(counts(all.status) == "concept=2 ter_ondertekening=1 ondertekend=1 geen=0");
  CHECK(all.schools == 3);
  CHECK(all.cluster3_pupils == 290);  // De Waterlelie once, 190 pupils from the newer file
  CHECK(all.cluster34_schools == 3);
  CHECK(all.cluster34_pupils == 430);
  CHECK(all.gemeenten.size() == 9);
  CHECK(all.jeugdregios.size() == 4);
  CHECK(all.zorgkantoorregios.size() == 4);
  CHECK(all.herkomst_pupils == 390);
  CHECK(all.herkomst_party_pupils == 390);
  CHECK(all.geschillenregeling == 3);
  CHECK(counts(all.jeugdhulp) == "vrij_toegankelijk=2 collectief_ingekocht=1 individueel=1 niet_van_toepassing=0 geen=0");
  CHECK(counts(all.wlz) == "collectief_natura=3 individueel_natura=1 niet_van_toepassing=0 geen=0");
  CHECK(all.pgb_uitzondering == 4);
  CHECK(all.emb_leerlingen == 5);

  REQUIRE(then.overlaps.size() == 1);
  CHECK(then.overlaps[0].key == "V:20WL00");
  CHECK(then.overlaps[0].naam == "De Waterlelie");
  REQUIRE(then.overlaps[0].in.size() == 2);
  CHECK(appearance(then.overlaps[0].in[0]) ==
        "b-midden-holland.yaml|Midden-Holland|fouten|waterlelie|De Waterlelie|3|210");
  CHECK(appearance(then.overlaps[0].in[1]) ==
        "holland-rijnland.yaml|Holland Rijnland|ok|waterlelie|SO/VSO De Waterlelie|3|190");
  CHECK_FALSE(then.overlaps[0].clusters_differ);
  CHECK(then.overlaps[0].leerlingen_differ);

  Summary now = summarize(read_report_dir(fixture("huidig")));
  Comparison c = compare(then, now);
  CHECK(c.then.report_date == "2025-12-15");
  CHECK(c.now.report_date == "2026-06-30");
  auto line = [](const StatusChange& m) {
    const char* kind = m.kind == StatusChange::Kind::changed ? "changed"
                       : m.kind == StatusChange::Kind::added ? "added"
                                                             : "removed";
    return std::string(kind) + "|" + m.region + "|" + m.file_then + "|" + m.file_now + "|" + m.status_then +
           (m.fouten_then ? "+fouten" : "") + "|" + m.status_now + (m.fouten_now ? "+fouten" : "");
  };
  REQUIRE(c.moved.size() == 5);
  CHECK(line(c.moved[0]) ==
        "changed|Holland Rijnland|holland-rijnland.yaml|a-holland-rijnland.yaml|ter_ondertekening|ondertekend");
  CHECK(line(c.moved[1]) ==
        "changed|Midden-Holland|b-midden-holland.yaml|b-midden-holland.yaml|concept+fouten|ter_ondertekening");
  CHECK(line(c.moved[2]) == "changed|Haaglanden|c-haaglanden.yaml|c-haaglanden.yaml|ondertekend|ondertekend+fouten");
  CHECK(line(c.moved[3]) == "added|Woerden en Oudewater||d-woerden.yaml||concept");
  CHECK(line(c.moved[4]) == "removed|Zuid-Holland Zuid|e-drechtsteden.yaml||concept|");

  // Nothing moved between a folder and itself.
  CHECK(compare(now, now).moved.empty());
}

TEST_CASE("report: outdated is six calendar months before the report date", "[report]") {
  ReportInput in = read_report_dir(fixture("huidig"));
  // b-midden-holland has peildatum 2025-11-15.
  CHECK(summarize(in, "2026-05-15").outdated.empty());  // cut-off 2025-11-15 itself: not before it
  CHECK(join(summarize(in, "2026-05-16").outdated) == "b-midden-holland.yaml");
  CHECK(summarize(in, "2026-05-31").outdated.size() == 1);  // cut-off 2025-11-30
  // Clamped to the month's end: 2026-08-31 -> 2026-02-28; Haaglanden
  // (2026-05-15) is not outdated, Midden-Holland is.
  CHECK(join(summarize(in, "2026-08-31").outdated) == "b-midden-holland.yaml");
  CHECK(join(summarize(in, "2026-12-01").outdated) == "b-midden-holland.yaml,c-haaglanden.yaml");
  CHECK_THROWS_AS(summarize(in, "2026-02-30"), std::invalid_argument);
  CHECK_THROWS_AS(summarize(in, "30-06-2026"), std::invalid_argument);
}

TEST_CASE("report: the examples folder", "[report]") {
  ReportInput in = read_report_dir(test::source_path("examples"));
  CHECK(in.regions.size() == 3);
  REQUIRE(in.national);
  CHECK(in.unreadable.empty());
  Summary s = summarize(in);
  CHECK(s.report_date == "2026-03-01");
  CHECK(s.files == 4);
  REQUIRE(s.national);
  CHECK(s.national->acties.size() == 5);
  CHECK(s.national->moties.size() == 3);
  // concept-met-gaten has fouten (W02, W03, W04); the other two are clean.
  CHECK(s.regions_with_fouten == 1);
  CHECK(s.ok.regions == 2);
  CHECK(s.all.regions == 3);
  CHECK(s.ok.status_count("ondertekend") == 1);
  CHECK(s.ok.status_count("ter_ondertekening") == 1);
  CHECK(s.all.status_count("concept") == 1);
  CHECK(s.ok.gemeenten.size() == 18);  // 11 Hart van Brabant + 7 Rijk van Nijmegen
  CHECK(join(s.ok.jeugdregios) == "JZ32,JZ35");
  CHECK(s.overlaps.empty());
}

TEST_CASE("report: empty and missing folders", "[report]") {
  std::string dir = test::temp_dir();
  std::ofstream(dir + "/notes.txt") << "no yaml here\n";
  Summary s = summarize(read_report_dir(dir));
  CHECK(s.files == 0);
  CHECK(s.report_date.empty());
  CHECK(s.regions.empty());
  CHECK(s.ok.regions == 0);
  CHECK(s.ok.schools == 0);
  CHECK(s.ok.zorgaanbieders_mean == 0);
  CHECK(s.ok.herkomst_share() == 0);
  CHECK(counts(s.ok.status) == "concept=0 ter_ondertekening=0 ondertekend=0 geen=0");
  std::filesystem::remove_all(dir);
  try {
    read_report_dir(dir);
    FAIL("no exception for a missing folder");
  } catch (const ReportDirError& e) {
    CHECK(e.message.nl.rfind("kan de map '" + dir + "' niet lezen: ", 0) == 0);
    CHECK(e.message.en.rfind("cannot read the directory '" + dir + "': ", 0) == 0);
  }
}

TEST_CASE("report: sorting documents that were read elsewhere", "[report]") {
  auto doc = [](const std::string& path, const std::string& text) {
    Document d = load_text(path, text);
    run_rules(d);
    return d;
  };
  std::vector<Document> docs;
  docs.push_back(doc("a-rapportage.yaml", "zio: 1\nrapportage: {titel: A, peildatum: 2026-01-01}\n"));
  docs.push_back(doc("b-rapportage.yaml", "zio: 1\nrapportage: {titel: B, peildatum: 2026-02-01}\n"));
  docs.push_back(doc("geen-regio.yaml", "zio: 1\npartijen: []\n"));
  ReportInput in = collect_documents(std::move(docs));
  // No landelijk.yaml: the first national file by name is used.
  REQUIRE(in.national);
  CHECK(in.national->path == "a-rapportage.yaml");
  CHECK(in.national->national.rapportage.titel.v == "A");
  CHECK(in.regions.empty());
  REQUIRE(in.unreadable.size() == 2);
  Summary s = summarize(in);
  CHECK(s.report_date == "2026-01-01");
  CHECK(s.files == 3);
  REQUIRE(s.unreadable.size() == 2);
  CHECK(s.unreadable[0].reason.nl == "tweede landelijk bestand; de rapportage gebruikt a-rapportage.yaml");
  CHECK(s.unreadable[1].file == "geen-regio.yaml");
  CHECK(s.unreadable[1].reason.nl ==
        "geen regiobestand en geen landelijk bestand: de sleutels regio en rapportage ontbreken");
}
