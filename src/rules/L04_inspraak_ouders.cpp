// L04 inspraak-ouders: parents have a say in choosing and evaluating providers.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  const Ouders& o = c.region.afspraken.ouders;
  const Bool& inspraak = o.inspraak_aanbieder;
  if (inspraak.set && inspraak.v) return;
  if (inspraak.set) {
    s.report(inspraak.pos, {"ouders hebben volgens de afspraken geen inspraak bij de keuze en evaluatie van de zorgaanbieder "
                            "(ouders.inspraak_aanbieder: false)",
                            "according to the agreement parents have no say in choosing and evaluating the care provider "
                            "(ouders.inspraak_aanbieder: false)"});
  } else if (o.set) {
    s.report(o.pos, {"afspraken.ouders zegt niet of ouders inspraak hebben bij de keuze en evaluatie van de zorgaanbieder",
                     "afspraken.ouders does not say whether parents have a say in choosing and evaluating the care provider"});
  } else {
    s.report(c.afspraken_pos(), {"de afspraken regelen geen inspraak van ouders bij de keuze en evaluatie van de zorgaanbieder "
                                 "(afspraken.ouders ontbreekt)",
                                 "the agreement arranges no say for parents in choosing and evaluating the care provider "
                                 "(afspraken.ouders is missing)"});
  }
}
}  // namespace

extern const Rule L04 = {
    {"L04", "inspraak-ouders", Severity::waarschuwing,
     {"Ouders hebben inspraak bij de keuze van de zorgaanbieder", "Parents have a say in choosing the care provider"},
     sources::brief2019,
     {"Bij collectief ingekochte zorg kiezen ouders niet meer zelf de hulpverlener in de klas. Daarom is het "
      "belangrijk dat ouders en scholen inspraak hebben bij de selectie en evaluatie van de zorgaanbieder(s) "
      "verbonden aan de school (Kamerbrief 2019).",
      "With care bought collectively, parents no longer choose the carer in the class themselves. It is "
      "therefore important that parents and schools have a say in selecting and evaluating the care "
      "provider(s) attached to the school (2019 letter)."},
     {"Spreek af hoe ouders meepraten over de keuze en evaluatie van de zorgaanbieder (bijvoorbeeld via de "
      "medezeggenschapsraad of een ouderpanel) en zet afspraken.ouders.inspraak_aanbieder op true.",
      "Agree how parents take part in choosing and evaluating the care provider (e.g. through the "
      "participation council or a parents' panel) and set afspraken.ouders.inspraak_aanbieder to true."}},
    check};

}  // namespace zio::rules
