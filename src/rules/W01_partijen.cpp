// W01 partijen: gemeente, samenwerkingsverband and zorgkantoor all take part.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
struct Needed {
  const char* soort;
  Text noun;    // the soort in words
  Text reason;  // what it brings to the agreement
  Text hint;
};

void check(const Context& c, Sink& s) {
  static const Needed needed[] = {
      {"gemeente",
       {"gemeente", "gemeente (municipality)"},
       {"de gemeenten zijn verantwoordelijk voor de jeugdhulp", "municipalities are responsible for youth care"},
       {"voeg de gemeenten toe met soort: gemeente en hun CBS-code (GM####)",
        "add the municipalities with soort: gemeente and their CBS code (GM####)"}},
      {"samenwerkingsverband",
       {"samenwerkingsverband passend onderwijs", "samenwerkingsverband (school partnership for inclusive education)"},
       {"dat bekostigt de onderwijsondersteuning", "it funds the educational support"},
       {"voeg de samenwerkingsverbanden (po en/of vo) toe met soort: samenwerkingsverband en hun sector",
        "add the school partnerships (po and/or vo) with soort: samenwerkingsverband and their sector"}},
      {"zorgkantoor",
       {"zorgkantoor", "zorgkantoor (care office)"},
       {"dat is verantwoordelijk voor de langdurige zorg (Wlz)", "it is responsible for long-term care (Wlz)"},
       {"voeg het zorgkantoor van de regio toe met soort: zorgkantoor en de regiocode (ZK##)",
        "add the region's care office with soort: zorgkantoor and its region code (ZK##)"}},
  };
  Pos where = first_known(c.region.partijen.pos, c.root_pos());
  for (const Needed& n : needed) {
    if (!c.parties_of(n.soort).empty()) continue;
    s.report(where,
             Text{"er is geen ", "there is no "} + n.noun + Text{" onder de partijen: ", " among the parties: "} +
                 n.reason,
             n.hint);
  }
}
}  // namespace

extern const Rule W01 = {
    {"W01", "partijen", Severity::fout,
     {"Gemeente, samenwerkingsverband en zorgkantoor zijn partij",
      "A gemeente, a samenwerkingsverband and a zorgkantoor are parties"},
     sources::brief2026 + Text{", stap 1: wijziging van de OOGO-bepaling voor cluster 3 en 4", ", step 1: change of the OOGO provision for clusters 3 and 4"},
     {"Gemeenten (jeugdhulp), samenwerkingsverbanden passend onderwijs (onderwijsondersteuning) en "
      "zorgkantoren (langdurige zorg) moeten goede afspraken maken over de samenhangende inzet van "
      "ondersteuning, jeugdhulp en zorg op cluster 3- en 4-scholen. De aangekondigde wijziging van de Jeugdwet en de onderwijswetten gaat "
      "deze drie partijen verplichten daarover op overeenstemming gericht overleg (OOGO) te voeren "
      "(Kamerbrief verbeteraanpak Zorg in Onderwijstijd 2026, actie 1). Zonder een van hen ontbreekt een "
      "van de drie geldstromen.",
      "Municipalities (youth care), school partnerships for inclusive education (educational support) and "
      "care offices (long-term care) must agree on providing support, youth care and care together at "
      "cluster 3 and 4 schools. The Jeugdwet and the education acts will oblige these three parties to hold "
      "consultation aimed at agreement (OOGO) on it (2026 letter on the Zorg in Onderwijstijd improvement "
      "plan, action 1). Without one of them, one of the three funding streams is missing."},
     {"Neem in partijen ten minste één gemeente, één samenwerkingsverband en één zorgkantoor op, met de "
      "juiste soort.",
      "List at least one gemeente, one samenwerkingsverband and one zorgkantoor in partijen, with the right "
      "soort."},
     RuleStatus::aangekondigd},
    check};

}  // namespace zio::rules
