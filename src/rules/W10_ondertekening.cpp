// W10 ondertekening: nothing to sign while a fout stands; a signed agreement
// names who signed for every governing party, and when.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"
#include "util/text.h"

namespace zio::rules {

namespace {
// A zorgkantoor takes part in the overleg (W01) but signs only for Wlz
// arrangements: when wlz is arranged and names it as financier (or names no
// financier, so it may be any zorgkantoor).
bool must_sign(const Partij& p, const Afspraken& a) {
  const Str& soort = p.soort;
  if (!soort.set) return false;
  if (soort.v == "zorgkantoor")
    return arranged(a.wlz) && (!filled(a.wlz.financier) || (p.id.set && a.wlz.financier.v == p.id.v));
  return soort.v == "gemeente" || soort.v == "samenwerkingsverband" || soort.v == "schoolbestuur";
}

void check(const Context& c, Sink& s) {
  const Str& status = c.region.regio.status;
  if (!status.set || (status.v != "ter_ondertekening" && status.v != "ondertekend")) return;
  std::vector<std::string> blocking = c.fout_rules("W10");
  if (!blocking.empty())
    s.report(status.pos,
             Text{"de status is ", "the status is "} + status.v +
                 Text{", maar het bestand bevat nog fouten (", ", but the file still has errors ("} + join(blocking) +
                 ")",
             {"los eerst alle fouten op, of zet de status terug op concept",
              "fix every error first, or set the status back to concept"});
  if (status.v != "ondertekend") return;
  const std::vector<Partij>& parties = c.region.partijen.v;
  for (size_t i = 0; i < parties.size(); ++i) {
    const Partij& p = parties[i];
    if (!must_sign(p, c.region.afspraken)) continue;
    const Ondertekenaar& o = p.ondertekenaar;
    if (o.set && filled(o.naam) && o.datum.set) continue;
    // Named by id, else by name, else by place in the list (0-based, as the other rules count).
    std::string name = filled(p.id)     ? "'" + p.id.v + "'"
                       : filled(p.naam) ? "'" + p.naam.v + "'"
                                        : "partijen[" + std::to_string(i) + "]";
    Text lacks = !o.set                            ? Text{"geen ondertekenaar", "no signatory"}
                 : !filled(o.naam) && !o.datum.set ? Text{"een ondertekenaar zonder naam en datum",
                                                          "a signatory without name and date"}
                 : !filled(o.naam)                 ? Text{"een ondertekenaar zonder naam", "a signatory without name"}
                                                   : Text{"een ondertekenaar zonder datum", "a signatory without date"};
    s.report(o.set ? o.pos : first_known(p.pos, c.region.partijen.pos, c.root_pos()),
             Text{"de status is ondertekend, maar partij ", "the status is ondertekend, but party "} + name +
                 " (" + p.soort.v + Text{") heeft ", ") has "} + lacks,
             Text{"vul bij ", "fill in for "} + name +
                 Text{" ondertekenaar.naam en ondertekenaar.datum in", " ondertekenaar.naam and ondertekenaar.datum"});
  }
}
}  // namespace

extern const Rule W10 = {
    {"W10", "ondertekening", Severity::fout,
     {"Geen ondertekening met fouten; elke bestuurlijke partij tekent met naam en datum",
      "No signing with errors; every governing party signs with name and date"},
     {"Ondertekeningspraktijk bestuurlijke overeenkomsten; " + sources::brief2026.nl,
      "Sign-off practice for administrative agreements; " + sources::brief2026.en},
     {"De afspraken worden op bestuurlijk niveau ondertekend door de gemeenten, samenwerkingsverbanden, "
      "het zorgkantoor en de schoolbesturen, zoals in de regio Hart van Brabant (Kamerbrief verbeteraanpak "
      "Zorg in Onderwijstijd 2026). Een tekst die ter ondertekening ligt of ondertekend is, moet aan de "
      "wettelijke en aangekondigde eisen voldoen: een fout in het bestand betekent dat er iets ontbreekt "
      "waar de bestuurders voor tekenen. Bij een ondertekende overeenkomst staat voor elke gemeente, elk "
      "samenwerkingsverband, zorgkantoor en schoolbestuur wie tekende en wanneer, zodat vaststaat vanaf "
      "wanneer de afspraken gelden. Een zorgkantoor dat aan het overleg deelneemt zonder Wlz-afspraken "
      "(wlz: niet_van_toepassing, of een ander zorgkantoor als financier) hoeft niet te tekenen.",
      "The agreement is signed at board level by the municipalities, school partnerships, the care office "
      "and the school boards, as in the Hart van Brabant region (2026 letter on the Zorg in Onderwijstijd "
      "improvement plan). A text put up for signature or signed must meet the statutory and announced "
      "requirements: an error in the file means something is missing that the boards sign for. A signed "
      "agreement states for every municipality, school partnership, care office and school board who "
      "signed and when, so it is clear from when the arrangements apply. A care office that takes part in the "
      "consultation without Wlz arrangements (wlz: niet_van_toepassing, or another care office as financier) "
      "need not sign."},
     {"Los alle fouten op voordat de status ter_ondertekening of ondertekend wordt, en vul bij ondertekend "
      "voor elke gemeente, elk samenwerkingsverband, zorgkantoor en schoolbestuur ondertekenaar.naam en "
      "ondertekenaar.datum in.",
      "Fix every error before setting the status to ter_ondertekening or ondertekend, and when ondertekend "
      "fill in ondertekenaar.naam and ondertekenaar.datum for every gemeente, samenwerkingsverband, "
      "zorgkantoor and schoolbestuur."}},
    check};

}  // namespace zio::rules
