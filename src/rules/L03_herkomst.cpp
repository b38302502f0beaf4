// L03 herkomst: every home gemeente of the pupils is a party, or buiten_regio
// says what happens for the others.
#include <string>

#include "rules/checks.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  if (filled(c.region.afspraken.buiten_regio)) return;
  auto gemeenten = c.parties_of("gemeente");
  const auto& scholen = c.region.scholen.v;
  for (size_t i = 0; i < scholen.size(); ++i) {
    const School& school = scholen[i];
    if (!c.is_covered(school)) continue;
    for (const Herkomst& h : school.herkomst.v) {
      if (!filled(h.gemeente)) continue;
      const std::string code = trim(h.gemeente.v);
      bool party = false;
      for (const Partij* p : gemeenten) party = party || (p->code.set && trim(p->code.v) == code);
      if (party) continue;
      std::string label = checks::gemeente_label(c.ref, code);
      s.report(first_known(h.gemeente.pos, h.pos),
               Text{"woongemeente " + label + " in de herkomst van ", "home municipality " + label + " in the herkomst of "} +
                   checks::school_label(school, i) +
                   Text{" is geen partij, en afspraken.buiten_regio zegt niet wat er voor deze leerlingen geldt",
                        " is not a party, and afspraken.buiten_regio does not say what applies to these pupils"},
               Text{"neem gemeente " + label + " op als partij, of beschrijf in afspraken.buiten_regio wat er geldt voor leerlingen van buiten de regio",
                    "add municipality " + label + " as a party, or describe in afspraken.buiten_regio what applies to pupils from outside the region"});
    }
  }
}
}  // namespace

extern const Rule L03 = {
    {"L03", "herkomst", Severity::waarschuwing,
     {"Elke woongemeente is partij, of buiten_regio regelt de rest", "Every home municipality is a party, or buiten_regio covers the others"},
     sources::brief2026 + Text{"; ", "; "} + sources::leidraad + Text{", hoofdstuk 9", ", chapter 9"},
     {"Het gespecialiseerd onderwijs heeft een regionale functie: de leerlingen van één school komen uit veel "
      "gemeenten, zorgkantoorregio's en samenwerkingsverbanden. Daarom worden partijen aangemoedigd de "
      "afspraken zo veel mogelijk regionaal te maken (Kamerbrief 2026). Een woongemeente die niet meedoet, "
      "betaalt niet vanzelf mee: zonder afspraak vallen haar leerlingen terug op individuele beschikkingen.",
      "Specialised education serves a region: the pupils of one school come from many municipalities, care "
      "office regions and school partnerships. Parties are therefore encouraged to make their agreements "
      "regional wherever possible (2026 letter). A home municipality that does not take part does not pay "
      "by itself: without an arrangement its pupils fall back on individual decisions."},
     {"Neem de woongemeenten uit scholen[].herkomst op als partij (soort gemeente, met hun CBS-code), of "
      "beschrijf in afspraken.buiten_regio wat er geldt voor leerlingen uit andere gemeenten.",
      "Add the home municipalities of scholen[].herkomst as parties (soort gemeente, with their CBS code), "
      "or describe in afspraken.buiten_regio what applies to pupils from other municipalities."}},
    check};

}  // namespace zio::rules
