// L08 gegevensuitwisseling: how pupils' data are shared is agreed.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  const Str& g = c.region.afspraken.gegevensuitwisseling;
  if (filled(g)) return;
  s.report(first_known(g.pos, c.afspraken_pos()),
           {"de afspraken regelen de gegevensuitwisseling en privacy niet (afspraken.gegevensuitwisseling ontbreekt of is leeg)",
            "the agreement does not arrange data sharing and privacy (afspraken.gegevensuitwisseling is missing or empty)"});
}
}  // namespace

extern const Rule L08 = {
    {"L08", "gegevensuitwisseling", Severity::waarschuwing,
     {"Gegevensuitwisseling en privacy zijn geregeld", "Data sharing and privacy are arranged"},
     sources::leidraad + Text{"; AVG", "; GDPR (AVG)"},
     {"School, zorgaanbieder, gemeente en zorgkantoor delen bij zorg in onderwijstijd gegevens over "
      "leerlingen, vaak gezondheidsgegevens. Onder de AVG moet vastliggen welke gegevens wie voor welk doel "
      "deelt; ook het kabinet noemt de mogelijkheden voor gegevensuitwisseling een knelpunt in de "
      "samenwerking tussen onderwijs en zorg (Kamerbrief 2021).",
      "With care in school time, school, care provider, municipality and care office share data about "
      "pupils, often health data. Under the GDPR (AVG) it must be settled who shares which data for what "
      "purpose; the government too names data sharing as a bottleneck in the cooperation between education "
      "and care (2021 letter)."},
     {"Beschrijf in afspraken.gegevensuitwisseling welke gegevens partijen delen, met welke grondslag of "
      "toestemming, en in welke overeenkomst (verwerkersovereenkomst, privacyprotocol).",
      "Describe in afspraken.gegevensuitwisseling which data the parties share, on which legal basis or "
      "consent, and in which agreement (processing agreement, privacy protocol)."}},
    check};

}  // namespace zio::rules
