// L09 vrij-toegankelijk: jeugdhulp at school is expected to be a vrij
// toegankelijke voorziening, not individual decisions.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  const Str& vorm = c.region.afspraken.jeugdhulp.vorm;
  if (!vorm.set || vorm.v != "individueel") return;
  s.report(vorm.pos,
           {"jeugdhulp wordt individueel ingezet (jeugdhulp.vorm: individueel); de verwachting is een vrij toegankelijke "
            "voorziening op school",
            "youth care is provided individually (jeugdhulp.vorm: individueel); the expectation is a freely accessible "
            "provision at school"});
}
}  // namespace

extern const Rule L09 = {
    {"L09", "vrij-toegankelijk", Severity::info,
     {"Jeugdhulp op school is een vrij toegankelijke voorziening", "Youth care at school is a freely accessible provision"},
     sources::brief2026,
     {"De verwachting is dat gemeenten jeugdhulp in onderwijstijd op cluster 3- en 4-scholen beschikbaar maken "
      "als vrij toegankelijke voorziening, zodat leerlingen en ouders geen individuele beschikking hoeven aan "
      "te vragen en een pgb in de klas minder nodig is (Kamerbrief 2026). Het is geen wettelijke plicht: een "
      "verplichting werd overwogen maar niet gekozen. Daarom is dit een melding, geen waarschuwing.",
      "Municipalities are expected to make youth care in school time at cluster 3 and 4 schools available as "
      "a freely accessible provision, so pupils and parents need no individual decision and a pgb in the "
      "class becomes less necessary (2026 letter). It is not a legal duty: an obligation was considered but "
      "not chosen. Hence this is a notice, not a warning."},
     {"Overweeg jeugdhulp op school vrij toegankelijk te maken (jeugdhulp.vorm: vrij_toegankelijk) of "
      "collectief in te kopen (collectief_ingekocht), met ruimte voor maatwerk met een individueel pgb.",
      "Consider making youth care at school freely accessible (jeugdhulp.vorm: vrij_toegankelijk) or buying "
      "it collectively (collectief_ingekocht), with room for tailored care with an individual pgb."}},
    check};

}  // namespace zio::rules
