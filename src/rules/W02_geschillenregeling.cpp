// W02 geschillenregeling: the parties must make a dispute arrangement.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  const Geschillenregeling& g = c.region.afspraken.geschillenregeling;
  if (!g.set) {
    s.report(c.afspraken_pos(), {"er is geen geschillenregeling afgesproken", "no dispute resolution arrangement is agreed"});
    return;
  }
  if (!filled(g.vorm))
    s.report(g.pos, {"de geschillenregeling noemt geen vorm", "the dispute arrangement names no form"},
             {"vul geschillenregeling.vorm in: mediation, bindend_advies, arbitrage of geschillencommissie",
              "fill in geschillenregeling.vorm: mediation, bindend_advies, arbitrage or geschillencommissie"});
  if (!filled(g.instantie))
    s.report(g.pos, {"de geschillenregeling noemt niet wie het geschil beslecht", "the dispute arrangement does not name who settles disputes"},
             {"vul geschillenregeling.instantie in, bijvoorbeeld de Geschillencommissie OOGO",
              "fill in geschillenregeling.instantie, e.g. the Geschillencommissie OOGO"});
}
}  // namespace

extern const Rule W02 = {
    {"W02", "geschillenregeling", Severity::fout,
     {"Er is een geschillenregeling met vorm en instantie", "A dispute arrangement with form and body is agreed"},
     sources::brief2026 + Text{"; WPO art. 18a lid 9; Jeugdwet art. 2.2", "; WPO art. 18a(9); Jeugdwet art. 2.2"},
     {"Om te zorgen dat het overleg tussen gemeenten, samenwerkingsverbanden en zorgkantoren tot afspraken "
      "leidt, moeten de partijen een geschillenregeling treffen (Kamerbrief 2026). Ook het bestaande OOGO "
      "moet een manier bevatten om geschillen te beslechten (WPO art. 18a lid 9, Jeugdwet art. 2.2).",
      "To make sure the consultation between municipalities, school partnerships and care offices ends in "
      "agreements, the parties must make a dispute arrangement (2026 letter). The existing OOGO procedure "
      "must already include a way to settle disputes (WPO art. 18a(9), Jeugdwet art. 2.2)."},
     {"Voeg afspraken.geschillenregeling toe met een vorm (mediation, bindend_advies, arbitrage of "
      "geschillencommissie) en de instantie die het geschil beslecht.",
      "Add afspraken.geschillenregeling with a form (mediation, bindend_advies, arbitrage or "
      "geschillencommissie) and the body that settles the dispute."}},
    check};

}  // namespace zio::rules
