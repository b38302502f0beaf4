// L06 looptijd-evaluatie: the agreement has a term and an evaluation inside it.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
bool usable(const DateVal& d) { return d.set && d->valid(); }

void check(const Context& c, Sink& s) {
  const Afspraken& a = c.region.afspraken;
  const Looptijd& l = a.looptijd;
  const Evaluatie& e = a.evaluatie;
  if (!l.set) {
    s.report(c.afspraken_pos(), {"de afspraken hebben geen looptijd (afspraken.looptijd ontbreekt)",
                                 "the agreement has no term (afspraken.looptijd is missing)"});
  } else {
    if (!l.ingang.set)
      s.report(l.pos, {"afspraken.looptijd noemt geen ingangsdatum", "afspraken.looptijd names no start date"});
    if (!l.einde.set)
      s.report(l.pos, {"afspraken.looptijd noemt geen einddatum", "afspraken.looptijd names no end date"});
  }
  if (!e.datum.set) {
    if (e.set)
      s.report(e.pos, {"afspraken.evaluatie noemt geen datum", "afspraken.evaluatie names no date"});
    else
      s.report(c.afspraken_pos(), {"de afspraken noemen geen evaluatiemoment (afspraken.evaluatie ontbreekt)",
                                   "the agreement names no evaluation date (afspraken.evaluatie is missing)"});
    return;
  }
  // Only valid dates are compared; D06 reports the others, and an end
  // before the start.
  if (!usable(e.datum)) return;
  bool from = usable(l.ingang), to = usable(l.einde);
  if (from && to && l.einde.v < l.ingang.v) return;
  bool before = from && e.datum.v < l.ingang.v;
  bool after = to && e.datum.v > l.einde.v;
  if (!before && !after) return;
  std::string lo = from ? l.ingang->iso() : "?", hi = to ? l.einde->iso() : "?";
  Text where = before ? Text{"vóór de ingang", "before the start"} : Text{"na het einde", "after the end"};
  s.report(e.datum.pos,
           Text{"evaluatiedatum " + e.datum->iso() + " ligt ", "evaluation date " + e.datum->iso() + " lies "} + where +
               Text{" van de looptijd (" + lo + " t/m " + hi + ")", " of the term (" + lo + " to " + hi + ")"},
           {"kies een evaluatiedatum binnen de looptijd, zodat de uitkomst nog tot bijsturing kan leiden",
            "choose an evaluation date within the term, so the outcome can still lead to changes"});
}
}  // namespace

extern const Rule L06 = {
    {"L06", "looptijd-evaluatie", Severity::waarschuwing,
     {"Looptijd met ingang en einde, en een evaluatie binnen die looptijd",
      "A term with start and end, and an evaluation within it"},
     sources::brief2026,
     {"Afspraken over zorg in onderwijstijd moeten worden bijgehouden: de wetswijziging zelf wordt vijf jaar "
      "na inwerkingtreding geëvalueerd, en het kabinet wil 'goed de vinger aan de pols houden' (Kamerbrief "
      "2026). Een regionale overeenkomst heeft daarom een begin, een einde en een moment daartussen waarop "
      "partijen samen bekijken of de afspraken werken.",
      "Agreements on care in school time need follow-up: the law change itself is evaluated five years after "
      "it enters into force, and the government intends to 'keep a finger on the pulse' (2026 letter). A "
      "regional agreement therefore has a start, an end and a moment in between at which the parties review "
      "together whether the arrangements work."},
     {"Vul afspraken.looptijd.ingang en .einde in, en afspraken.evaluatie.datum met een datum binnen die "
      "looptijd.",
      "Fill in afspraken.looptijd.ingang and .einde, and afspraken.evaluatie.datum with a date within that "
      "term."}},
    check};

}  // namespace zio::rules
