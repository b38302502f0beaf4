// L01 aanspreekpunt-ouders: parents know where to go.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  const Ouders& o = c.region.afspraken.ouders;
  if (filled(o.aanspreekpunt)) return;
  if (!o.set) {
    s.report(c.afspraken_pos(), {"de afspraken noemen geen aanspreekpunt voor ouders (afspraken.ouders ontbreekt)",
                                 "the agreement names no point of contact for parents (afspraken.ouders is missing)"});
    return;
  }
  s.report(first_known(o.aanspreekpunt.pos, o.pos),
           {"afspraken.ouders noemt geen aanspreekpunt", "afspraken.ouders names no point of contact"});
}
}  // namespace

extern const Rule L01 = {
    {"L01", "aanspreekpunt-ouders", Severity::waarschuwing,
     {"Ouders hebben een aanspreekpunt", "Parents have a point of contact"},
     sources::brief2026,
     {"Het doel van de afspraken is dat jeugdigen de ondersteuning, hulp en zorg krijgen die ze nodig hebben "
      "om onderwijs te volgen, en dat ouders weten bij wie ze terecht kunnen (Kamerbrief 2026). Zonder vast "
      "aanspreekpunt lopen ouders langs school, gemeente, zorgkantoor en aanbieder.",
      "The aim of the agreements is that young people get the support, help and care they need to follow "
      "education, and that parents know whom to turn to (2026 letter). Without a fixed point of contact, "
      "parents go from school to municipality, care office and provider."},
     {"Vul afspraken.ouders.aanspreekpunt in: wie ouders benaderen met vragen over zorg in onderwijstijd, "
      "bijvoorbeeld de zorgcoördinator van de school.",
      "Fill in afspraken.ouders.aanspreekpunt: whom parents contact with questions about care in school "
      "time, e.g. the school's care coordinator."}},
    check};

}  // namespace zio::rules
