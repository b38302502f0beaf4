// W04 pgb-uitzondering: collective care keeps room for an individual pgb.
#include "draft/placeholders.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
// Why the exception is needed here: "jeugdhulp.vorm is 'x'" and/or
// "wlz.vorm is 'y'"; empty when care is not arranged collectively.
std::string collective_reason(const Afspraken& a) {
  std::string why;
  const Str& j = a.jeugdhulp.vorm;
  if (arranged(a.jeugdhulp) && j.set && (j.v == "vrij_toegankelijk" || j.v == "collectief_ingekocht")) why = "jeugdhulp.vorm: " + j.v;
  const Str& w = a.wlz.vorm;
  if (arranged(a.wlz) && w.set && w.v == "collectief_natura") why += (why.empty() ? "" : ", ") + std::string("wlz.vorm: ") + w.v;
  return why;
}

const Text pgb_hint{"voeg afspraken.pgb toe met maatwerk_mogelijk: true en de voorwaarden waaronder een "
                    "individueel pgb in de klas mogelijk blijft",
                    "add afspraken.pgb with maatwerk_mogelijk: true and the conditions under which an "
                    "individual pgb in class stays possible"};

void check(const Context& c, Sink& s) {
  const Afspraken& a = c.region.afspraken;
  const Pgb& p = a.pgb;
  // Ruling the exception out is wrong whatever the form of care: report it
  // once, at the value, and nothing else about pgb.
  if (p.maatwerk_mogelijk.set && !p.maatwerk_mogelijk.v) {
    s.report(p.maatwerk_mogelijk.pos,
             {"pgb.maatwerk_mogelijk is false: er moet ruimte blijven voor maatwerk met een individueel pgb",
              "pgb.maatwerk_mogelijk is false: room for tailored care (maatwerk) with an individual pgb must remain"},
             {"zet maatwerk_mogelijk op true en beschrijf in voorwaarden wanneer een individueel pgb in de "
              "klas mogelijk blijft",
              "set maatwerk_mogelijk to true and describe in voorwaarden when an individual pgb in class stays "
              "possible"});
    return;
  }
  std::string why = collective_reason(a);
  if (why.empty()) return;
  Text collective = Text{"de zorg is collectief geregeld (", "care is arranged collectively ("} + why + "), ";
  if (!p.set) {
    s.report(c.afspraken_pos(),
             collective + Text{"maar er is geen pgb-uitzondering: afspraken.pgb ontbreekt",
                               "but there is no pgb exception: afspraken.pgb is missing"},
             pgb_hint);
    return;
  }
  if (!p.maatwerk_mogelijk.set)
    s.report(p.pos,
             collective + Text{"maar pgb zegt niet dat maatwerk met een individueel pgb mogelijk blijft "
                               "(maatwerk_mogelijk ontbreekt)",
                               "but pgb does not say that tailored care with an individual pgb stays possible "
                               "(maatwerk_mogelijk is missing)"},
             {"vul pgb.maatwerk_mogelijk: true in", "fill in pgb.maatwerk_mogelijk: true"});
  // A sample text (zio init's "Beschrijf wanneer ...") states no conditions.
  if (!filled(p.voorwaarden) || is_placeholder("afspraken.pgb.voorwaarden", p.voorwaarden.v))
    s.report(first_known(p.voorwaarden.set ? p.voorwaarden.pos : Pos{}, p.pos),
             collective + Text{"maar pgb.voorwaarden zegt niet wanneer een individueel pgb in de klas mogelijk blijft",
                               "but pgb.voorwaarden does not say when an individual pgb in class stays possible"},
             {"beschrijf in pgb.voorwaarden wanneer en hoe een individueel pgb in de klas mogelijk blijft, "
              "afgesproken met aanbieder, school en ouders",
              "describe in pgb.voorwaarden when and how an individual pgb in class stays possible, agreed with "
              "provider, school and parents"});
}
}  // namespace

extern const Rule W04 = {
    {"W04", "pgb-uitzondering", Severity::fout,
     {"Bij collectieve zorg blijft maatwerk met een individueel pgb mogelijk",
      "With collective care, tailored care (maatwerk) with an individual pgb stays possible"},
     sources::brief2026 + "; " + sources::brief2021,
     {"Gemeenten worden geacht jeugdhulp op cluster 3- en 4-scholen als vrij toegankelijke voorziening aan "
      "te bieden, zodat een pgb in de klas minder nodig is; maar \"zo nodig en nadrukkelijk\" blijft er "
      "ruimte voor maatwerk met een individueel pgb (Kamerbrief verbeteraanpak Zorg in Onderwijstijd 2026). "
      "Al in 2021 schreef het kabinet dat bij collectieve inkoop in beginsel geen pgb op school nodig is, "
      "maar dat maatwerk, zo nodig als pgb, in overleg met zorgaanbieder, school en ouders mogelijk moet "
      "blijven (Kamerbrief samenwerking onderwijs en (jeugd)zorg 2021).",
      "Municipalities are expected to offer youth care at cluster 3 and 4 schools as a freely accessible "
      "service, so a pgb (personal budget) in class is needed less; but \"where needed and explicitly\" room "
      "remains for tailored care (maatwerk) with an individual pgb (2026 letter on the Zorg in Onderwijstijd "
      "improvement plan). Already in 2021 the government wrote that with collective purchasing no pgb at "
      "school is needed in principle, but that tailored care, as a pgb where needed, must stay possible in "
      "consultation with provider, school and parents (2021 letter on cooperation between education and "
      "(youth) care)."},
     {"Zet afspraken.pgb.maatwerk_mogelijk op true en beschrijf in pgb.voorwaarden wanneer een individueel "
      "pgb in de klas mogelijk blijft.",
      "Set afspraken.pgb.maatwerk_mogelijk to true and describe in pgb.voorwaarden when an individual pgb in "
      "class stays possible."},
     RuleStatus::aangekondigd},
    check};

}  // namespace zio::rules
