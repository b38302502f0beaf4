// W05 samenhang: education support, youth care and Wlz care are all arranged,
// each with who pays for it.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
bool any_filled(const IdList& l) {
  for (const Str& s : l.v)
    if (filled(s)) return true;
  return false;
}

void missing_section(const Context& c, Sink& s, const char* key, const Text& what, const Text& hint) {
  s.report(c.afspraken_pos(),
           Text{"de afspraken regelen geen ", "the agreement does not arrange "} + what + ": afspraken." + key +
               Text{" ontbreekt", " is missing"},
           hint);
}

void check(const Context& c, Sink& s) {
  const Afspraken& a = c.region.afspraken;

  // A part declared niet_van_toepassing (with its reason) is arranged: the
  // law has nothing to arrange here, e.g. no pupil has a Wlz indicatie.
  const Onderwijsondersteuning& o = a.onderwijsondersteuning;
  if (o.set && filled(o.niet_van_toepassing)) {
  } else if (!o.set)
    missing_section(c, s, "onderwijsondersteuning", {"onderwijsondersteuning", "educational support"},
                    {"voeg afspraken.onderwijsondersteuning toe met de financiers (samenwerkingsverbanden)",
                     "add afspraken.onderwijsondersteuning with its financiers (samenwerkingsverbanden)"});
  else if (!any_filled(o.financiers))
    s.report(first_known(o.financiers.pos, o.pos),
             {"onderwijsondersteuning noemt geen financiers", "onderwijsondersteuning names no financiers"},
             {"noem in onderwijsondersteuning.financiers de samenwerkingsverbanden (of schoolbesturen) die "
              "betalen",
              "name in onderwijsondersteuning.financiers the samenwerkingsverbanden (or school boards) that pay"});

  const Jeugdhulp& j = a.jeugdhulp;
  if (j.set && filled(j.niet_van_toepassing)) {
  } else if (!j.set)
    missing_section(c, s, "jeugdhulp", {"jeugdhulp", "youth care (jeugdhulp)"},
                    {"voeg afspraken.jeugdhulp toe met de vorm en de financierende gemeenten",
                     "add afspraken.jeugdhulp with its form and the paying municipalities"});
  else if (!any_filled(j.financiers))
    s.report(first_known(j.financiers.pos, j.pos), {"jeugdhulp noemt geen financiers", "jeugdhulp names no financiers"},
             {"noem in jeugdhulp.financiers de gemeenten die de jeugdhulp betalen",
              "name in jeugdhulp.financiers the municipalities that pay for the youth care"});

  const Wlz& w = a.wlz;
  if (w.set && filled(w.niet_van_toepassing)) {
  } else if (!w.set)
    missing_section(c, s, "wlz", {"langdurige zorg (Wlz)", "long-term care (Wlz)"},
                    {"voeg afspraken.wlz toe met de vorm en het zorgkantoor als financier, of met "
                     "niet_van_toepassing: <reden> als geen leerling Wlz-zorg krijgt",
                     "add afspraken.wlz with its form and the care office as financier, or with "
                     "niet_van_toepassing: <reason> when no pupil receives Wlz care"});
  else if (!filled(w.financier))
    s.report(first_known(w.financier.set ? w.financier.pos : Pos{}, w.pos),
             {"wlz noemt geen financier", "wlz names no financier"},
             {"vul wlz.financier in met het id van het zorgkantoor",
              "fill in wlz.financier with the id of the care office"});
}
}  // namespace

extern const Rule W05 = {
    {"W05", "samenhang", Severity::fout,
     {"Onderwijsondersteuning, jeugdhulp en Wlz-zorg zijn alle drie geregeld, met financiers",
      "Educational support, youth care and Wlz care are all arranged, with their financiers"},
     sources::brief2026 + Text{", actie 1", ", action 1"},
     {"De aangekondigde wetswijziging (Kamerbrief 2026, stap 1) gaat gemeenten, samenwerkingsverbanden en "
      "zorgkantoren verplichten overleg te voeren over het zoveel mogelijk in samenhang aanbieden van onderwijsondersteuning, langdurige zorg en jeugdhulp "
      "op cluster 3- en 4-scholen, inclusief afspraken over de wijze van financiering (Kamerbrief "
      "verbeteraanpak Zorg in Onderwijstijd 2026). Ontbreekt een van de drie, of staat er niet bij wie "
      "betaalt, dan blijft de onduidelijkheid over taken en verantwoordelijkheden bestaan.",
      "The announced change of law (2026 letter, step 1) will oblige municipalities, school partnerships and "
      "care offices to consult on providing "
      "educational support, long-term care and youth care together as far as possible at cluster 3 and 4 "
      "schools, including how it is financed (2026 letter on the Zorg in Onderwijstijd improvement plan). "
      "If one of the three is missing, or it does not say who pays, the lack of clarity about tasks and "
      "responsibilities remains."},
     {"Neem in afspraken de onderdelen onderwijsondersteuning (financiers), jeugdhulp (financiers) en wlz "
      "(financier) op. Heeft een wet hier niets te regelen (een cluster 4-school zonder leerlingen met een "
      "Wlz-indicatie), schrijf dan bij dat onderdeel niet_van_toepassing: <reden>.",
      "Include in afspraken the parts onderwijsondersteuning (financiers), jeugdhulp (financiers) and wlz "
      "(financier). Where a law has nothing to arrange (a cluster 4 school without pupils with a Wlz "
      "indicatie), write niet_van_toepassing: <reason> in that part."},
     RuleStatus::aangekondigd},
    check};

}  // namespace zio::rules
