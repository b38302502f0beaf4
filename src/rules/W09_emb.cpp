// W09 emb: the EMB-regeling pays at most EUR 8,000 a pupil, until end 2026.
#include <cctype>
#include <cstdio>

#include "load/refdata.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
// The amount and the term are data (data/emb_regeling.csv, with their
// source year), read through emb_regeling().

// The first year of a school year written as YYYY-YYYY ("2025-2026"); 0 for
// any other shape, which D06 reports (W09 does not guess at it).
int first_year(const std::string& s) {
  if (s.size() != 9 || s[4] != '-') return 0;
  int y = 0;
  for (size_t i = 0; i < 9; ++i) {
    if (i == 4) continue;
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return 0;
    if (i < 4) y = y * 10 + (s[i] - '0');
  }
  return y;
}

std::string euro(double v) {
  char buf[64];
  // Whole amounts as people write them (9500); the range check keeps the
  // cast defined.
  if (v > -1e15 && v < 1e15 && v == static_cast<double>(static_cast<long long>(v)))
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  else if (v > -1e15 && v < 1e15)
    std::snprintf(buf, sizeof buf, "%.2f", v);
  else
    std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

void check(const Context& c, Sink& s) {
  const Emb& e = c.region.afspraken.emb;
  if (!e.set) return;
  const EmbRegeling& r = emb_regeling();
  std::string max = euro(r.max_per_leerling), year = std::to_string(r.bronjaar);
  if (e.bedrag_per_leerling.set && e.bedrag_per_leerling.v > r.max_per_leerling)
    s.report(e.bedrag_per_leerling.pos,
             Text{"emb.bedrag_per_leerling is ", "emb.bedrag_per_leerling is "} + euro(e.bedrag_per_leerling.v) +
                 Text{" euro; de EMB-regeling betaalt hoogstens " + max + " euro per leerling per schooljaar (Kamerbrief " +
                          year + ")",
                      " euro; the EMB scheme pays at most " + max + " euro per pupil per school year (letter of " + year +
                          ")"},
             {"verlaag bedrag_per_leerling tot hoogstens " + max + ", of beschrijf het meerdere als andere financiering",
              "lower bedrag_per_leerling to at most " + max + ", or describe the excess as other funding"});
  if (filled(e.schooljaar)) {
    int y = first_year(e.schooljaar.v);
    if (y > r.laatste_eerste_jaar)
      s.report(Severity::waarschuwing, e.schooljaar.pos,
               Text{"emb.schooljaar is ", "emb.schooljaar is "} + e.schooljaar.v +
                   Text{", maar de EMB-regeling loopt tot en met 2026",
                        ", but the EMB scheme runs until the end of 2026"},
               {"reken na 2026 niet op de EMB-regeling; leg vast hoe de zorg voor EMB-leerlingen daarna wordt "
                "betaald",
                "do not count on the EMB scheme after 2026; record how care for EMB pupils is paid for after "
                "that"});
  }
}
}  // namespace

extern const Rule W09 = {
    {"W09", "emb", Severity::fout,
     {"EMB-bedrag hoogstens 8000 euro per leerling, schooljaar binnen de regeling",
      "EMB amount at most 8000 euro a pupil, school year within the scheme"},
     sources::brief2019 + "; " + sources::brief2026 + Text{", actie 5", ", action 5"},
     {"Met de regeling bijzondere bekostiging voor leerlingen met een ernstige meervoudige beperking "
      "(EMB-regeling) is jaarlijks 10 miljoen euro beschikbaar, hoogstens 8000 euro per ingeschreven "
      "leerling per schooljaar (Kamerbrief onderwijs en zorg 2019). De regeling blijft in de huidige vorm "
      "bestaan, met de afgesproken looptijd tot en met 2026 (Kamerbrief verbeteraanpak Zorg in "
      "Onderwijstijd 2026, actie 5). Een hoger bedrag is een fout; een schooljaar na 2025-2026 valt (deels) "
      "buiten de regeling en geeft een waarschuwing.",
      "The scheme for pupils with severe multiple disabilities (EMB-regeling) has 10 million euro a year, at "
      "most 8000 euro per enrolled pupil per school year (2019 letter on education and care). It stays as "
      "it is, with the agreed term until the end of 2026 (2026 letter on the Zorg in Onderwijstijd "
      "improvement plan, action 5). A higher amount is an error; a school year after 2025-2026 falls (partly) "
      "outside the scheme and gives a warning."},
     {"Houd emb.bedrag_per_leerling op hoogstens 8000 en emb.schooljaar op 2025-2026 of eerder; leg vast "
      "hoe de zorg voor EMB-leerlingen na 2026 wordt betaald.",
      "Keep emb.bedrag_per_leerling at 8000 or less and emb.schooljaar at 2025-2026 or earlier; record how "
      "care for EMB pupils is paid for after 2026."}},
    check};

}  // namespace zio::rules
