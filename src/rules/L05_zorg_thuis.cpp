// L05 zorg-thuis: care at school stays aligned with care at home.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  const Str& z = c.region.afspraken.zorg_thuis;
  if (filled(z)) return;
  s.report(first_known(z.pos, c.afspraken_pos()),
           {"de afspraken zeggen niet hoe de zorg op school aansluit op de zorg thuis (afspraken.zorg_thuis ontbreekt of is leeg)",
            "the agreement does not say how care at school connects with care at home (afspraken.zorg_thuis is missing or empty)"});
}
}  // namespace

extern const Rule L05 = {
    {"L05", "zorg-thuis", Severity::waarschuwing,
     {"De aansluiting op de zorg thuis is geregeld", "The link with care at home is arranged"},
     sources::brief2019 + Text{"; ", "; "} + sources::brief2021,
     {"Collectieve zorg op school mag de zorg thuis niet in de weg zitten, bijvoorbeeld als de school dicht is "
      "of het kind ziek thuis blijft (Kamerbrief 2021). Al bij de pilots met collectieve financiering moest "
      "de aansluiting met de zorg thuis geborgd blijven (Kamerbrief 2019), en het pgb blijft beschikbaar "
      "voor de zorg thuis (Kamerbrief 2021).",
      "Collective care at school must not get in the way of care at home, for instance when the school is "
      "closed or the child stays home ill (2021 letter). Already in the pilots with collective financing "
      "the link with care at home had to stay secured (2019 letter), and the pgb remains available for care "
      "at home (2021 letter)."},
     {"Beschrijf in afspraken.zorg_thuis hoe school, aanbieder en de zorg thuis op elkaar aansluiten, "
      "bijvoorbeeld met één plan per leerling.",
      "Describe in afspraken.zorg_thuis how school, provider and care at home connect, for instance with "
      "one plan per pupil."}},
    check};

}  // namespace zio::rules
