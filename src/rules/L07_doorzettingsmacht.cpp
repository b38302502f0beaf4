// L07 doorzettingsmacht: someone may cut the knot when cooperation stalls.
#include <string>
#include <vector>

#include "rules/checks.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  const Doorzettingsmacht& d = c.region.afspraken.doorzettingsmacht;
  if (!filled(d.belegd_bij)) {
    if (d.set)
      s.report(first_known(d.belegd_bij.pos, d.pos),
               {"afspraken.doorzettingsmacht noemt niet bij welke partij de doorzettingsmacht ligt",
                "afspraken.doorzettingsmacht does not name the party that holds it"});
    else
      s.report(c.afspraken_pos(), {"de afspraken beleggen de doorzettingsmacht bij niemand (afspraken.doorzettingsmacht ontbreekt)",
                                   "the agreement gives nobody the power to break a deadlock (afspraken.doorzettingsmacht is missing)"});
    return;
  }
  if (c.party(d.belegd_bij.v)) return;
  std::vector<std::string> ids;
  for (const Partij& p : c.region.partijen.v)
    if (p.id.set) ids.push_back(p.id.v);
  Text hint = checks::did_you_mean(d.belegd_bij.v, ids);
  s.report(d.belegd_bij.pos,
           Text{"doorzettingsmacht ligt bij '" + d.belegd_bij.v + "', maar dat is geen partij van de afspraken",
                "the power to break a deadlock lies with '" + d.belegd_bij.v + "', but that is not a party to the agreement"},
           hint.empty() ? Text{"noem de id van een partij uit partijen", "name the id of a party from partijen"} : hint);
}
}  // namespace

extern const Rule L07 = {
    {"L07", "doorzettingsmacht", Severity::waarschuwing,
     {"De doorzettingsmacht ligt bij een partij", "The power to break a deadlock lies with a party"},
     sources::brief2019,
     {"Als de samenwerking tussen onderwijs en jeugdhulp stagneert, moet iemand kunnen doorpakken. Het "
      "kabinet beoogde dat gemeenten en samenwerkingsverbanden in het OOGO afspreken bij wie zij de "
      "doorzettingsmacht leggen (Kamerbrief 2019).",
      "When cooperation between education and youth care stalls, someone must be able to push through. "
      "The government intended municipalities and school partnerships to agree in the OOGO with whom they "
      "place this power (2019 letter)."},
     {"Vul afspraken.doorzettingsmacht.belegd_bij in met de id van de partij die de knoop mag doorhakken.",
      "Fill in afspraken.doorzettingsmacht.belegd_bij with the id of the party that may cut the knot."}},
    check};

}  // namespace zio::rules
