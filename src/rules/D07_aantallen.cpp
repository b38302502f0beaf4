// D07 aantallen: counts and amounts are not negative, counts not past
// kMaxCount (model/limits.h); a school's herkomst adds up to at most its
// pupils.
#include <limits>
#include <string>

#include "model/limits.h"
#include "rules/checks.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {

const Text hint_negative{"vul een aantal of bedrag van 0 of meer in", "fill in a count or amount of 0 or more"};

void count(Sink& s, const Int& v, const Text& where) {
  if (v.set && v.v < 0)
    s.report(v.pos, where + Text{" is negatief (" + std::to_string(v.v) + ")", " is negative (" + std::to_string(v.v) + ")"},
             hint_negative);
  else if (v.set && v.v > kMaxCount)
    s.report(v.pos,
             where + Text{" is onmogelijk groot (" + std::to_string(v.v) + "; hooguit " + std::to_string(kMaxCount) + ")",
                          " is impossibly large (" + std::to_string(v.v) + "; at most " + std::to_string(kMaxCount) + ")"},
             {"vul het werkelijke aantal in (heel het speciaal onderwijs telt zo'n 70.000 leerlingen)",
              "fill in the real number (all of special education has some 70,000 pupils)"});
}

void amount(Sink& s, const Num& v, const Text& where) {
  if (v.set && v.v < 0)
    s.report(v.pos, where + Text{" is negatief (" + checks::number(v.v) + ")", " is negative (" + checks::number(v.v) + ")"},
             hint_negative);
}

Text at(const char* path) { return {path, path}; }

void check(const Context& c, Sink& s) {
  const auto& scholen = c.region.scholen.v;
  for (size_t i = 0; i < scholen.size(); ++i) {
    const School& x = scholen[i];
    Text who = checks::school_label(x, i);
    count(s, x.leerlingen, Text{"leerlingen van ", "leerlingen of "} + who);
    long long sum = 0;
    for (const Herkomst& h : x.herkomst.v) {
      Text gm = h.gemeente.set ? Text{" voor ", " for "} + h.gemeente.v : Text{};
      count(s, h.leerlingen, Text{"herkomst van ", "herkomst of "} + who + gm + ": leerlingen");
      if (h.leerlingen.set && h.leerlingen.v > 0)
        sum = h.leerlingen.v > std::numeric_limits<long long>::max() - sum ? std::numeric_limits<long long>::max()
                                                                            : sum + h.leerlingen.v;
    }
    if (x.leerlingen.set && x.leerlingen.v >= 0 && sum > x.leerlingen.v) {
      std::string n = std::to_string(sum), m = std::to_string(x.leerlingen.v);
      s.report(first_known(x.herkomst.pos, x.pos),
               Text{"de herkomst van ", "the herkomst of "} + who +
                   Text{" telt " + n + " leerlingen, meer dan de " + m + " leerlingen van de school",
                        " adds up to " + n + " pupils, more than the school's " + m + " pupils"},
               {"controleer de aantallen per woongemeente en het totaal in leerlingen",
                "check the numbers per home municipality and the total in leerlingen"});
    }
  }
  const Afspraken& a = c.region.afspraken;
  count(s, a.emb.leerlingen, at("afspraken.emb.leerlingen"));
  count(s, a.geschillenregeling.termijn_weken, at("afspraken.geschillenregeling.termijn_weken"));
  amount(s, a.jeugdhulp.budget_per_jaar, at("afspraken.jeugdhulp.budget_per_jaar"));
  amount(s, a.emb.bedrag_per_leerling, at("afspraken.emb.bedrag_per_leerling"));
}

}  // namespace

extern const Rule D07 = {
    {"D07", "aantallen", Severity::fout,
     {"Aantallen en bedragen zijn niet negatief en niet onmogelijk groot; de herkomst telt op tot hoogstens het aantal leerlingen",
      "Counts and amounts are not negative nor impossibly large; the herkomst adds up to at most the pupils"},
     sources::format,
     {"Leerlingaantallen, termijnen en bedragen komen in het contract en in de voortgangsrapportage "
      "(bijvoorbeeld het aandeel leerlingen dat onder afspraken valt). Een negatief aantal, of een herkomst "
      "met meer leerlingen dan de school heeft, is een tikfout die die cijfers vertekent.",
      "Pupil numbers, time limits and amounts go into the contract and the progress report (for instance the "
      "share of pupils covered by agreements). A negative count, or a herkomst with more pupils than the "
      "school has, is a typo that distorts those figures."},
     {"Vul aantallen en bedragen in als 0 of meer, en laat de leerlingen per woongemeente in herkomst samen "
      "niet meer zijn dan leerlingen van de school.",
      "Fill in counts and amounts as 0 or more, and let the pupils per home municipality in herkomst add up "
      "to no more than the school's leerlingen."}},
    check};

}  // namespace zio::rules
