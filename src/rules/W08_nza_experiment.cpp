// W08 nza-experiment: the NZa experiment on Wlz care in school time is over.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
const Date experiment_end{2025, 9, 1, "2025-09-01"};

void check(const Context& c, Sink& s) {
  const Afspraken& a = c.region.afspraken;
  const Str& prestatie = a.wlz.prestatie;
  if (!prestatie.set || prestatie.v != "experiment_zio") return;
  // An agreement that ended by 2025-09-01 may describe the experiment; one
  // that runs on, or has no end date, cannot.
  const DateVal& einde = a.looptijd.einde;
  Text when;
  if (einde.set) {
    if (*einde <= experiment_end) return;
    when = Text{"de looptijd loopt tot ", "the term runs until "} + einde->text;
  } else {
    when = {"de looptijd heeft geen einddatum", "the term has no end date"};
  }
  s.report(prestatie.pos,
           Text{"wlz.prestatie is experiment_zio, maar het NZa-experiment Wlz-zorg in onderwijstijd is op "
                "1 september 2025 geëindigd en ",
                "wlz.prestatie is experiment_zio, but the NZa experiment on Wlz care in school time ended on "
                "1 September 2025 and "} +
               when,
           {"gebruik prestatie: begeleiding (de reguliere prestaties voor begeleiding, met een prijsafspraak "
            "binnen het maximumtarief)",
            "use prestatie: begeleiding (the regular support products, with a price agreed within the maximum "
            "tariff)"});
}
}  // namespace

extern const Rule W08 = {
    {"W08", "nza-experiment", Severity::fout,
     {"Geen NZa-experiment meer na 1 september 2025", "No NZa experiment after 1 September 2025"},
     sources::brief2026 + Text{", NZa-experiment", ", NZa experiment"},
     {"Het NZa-experiment Wlz-zorg in onderwijstijd had een looptijd van hoogstens drie jaar en is op "
      "1 september 2025 geëindigd; de staatssecretaris volgt het advies van de NZa om het niet voort te "
      "zetten. Zorg in onderwijstijd wordt sindsdien geleverd via de reguliere prestaties voor begeleiding; "
      "zorgaanbieder en zorgkantoor maken een prijsafspraak binnen het maximumtarief (Kamerbrief "
      "verbeteraanpak Zorg in Onderwijstijd 2026).",
      "The NZa experiment on Wlz care in school time ran for at most three years and ended on 1 September "
      "2025; the state secretary follows the NZa's advice not to continue it. Since then care in school time "
      "is delivered through the regular support (begeleiding) products; provider and care office agree a "
      "price within the maximum tariff (2026 letter on the Zorg in Onderwijstijd improvement plan)."},
     {"Zet wlz.prestatie op begeleiding en leg de prijsafspraak tussen zorgkantoor en aanbieder vast in de "
      "omschrijving.",
      "Set wlz.prestatie to begeleiding and record the price agreement between care office and provider in "
      "the description."}},
    check};

}  // namespace zio::rules
