// W02 geschillenregeling: the parties must make a dispute arrangement.
#include "draft/placeholders.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  const Geschillenregeling& g = c.region.afspraken.geschillenregeling;
  if (!g.set) {
    s.report(c.afspraken_pos(), {"er is geen geschillenregeling afgesproken", "no dispute resolution arrangement is agreed"});
    return;
  }
  if (!filled(g.vorm))
    s.report(g.pos, {"de geschillenregeling noemt geen vorm", "the dispute arrangement names no form"},
             {"vul geschillenregeling.vorm in: mediation, bindend_advies, arbitrage of geschillencommissie",
              "fill in geschillenregeling.vorm: mediation, bindend_advies, arbitrage or geschillencommissie"});
  // A sample text (zio init's "Noem wie het geschil beslecht.") names no one.
  bool sample = filled(g.instantie) && is_placeholder("afspraken.geschillenregeling.instantie", g.instantie.v);
  if (sample)
    s.report(g.instantie.pos,
             {"de geschillenregeling noemt niet wie het geschil beslecht: er staat nog een voorbeeldtekst",
              "the dispute arrangement does not name who settles disputes: it still holds a sample text"},
             {"vervang geschillenregeling.instantie door de instantie, bijvoorbeeld de Geschillencommissie OOGO",
              "replace geschillenregeling.instantie with the body, e.g. the Geschillencommissie OOGO"});
  else if (!filled(g.instantie))
    s.report(g.pos, {"de geschillenregeling noemt niet wie het geschil beslecht", "the dispute arrangement does not name who settles disputes"},
             {"vul geschillenregeling.instantie in, bijvoorbeeld de Geschillencommissie OOGO",
              "fill in geschillenregeling.instantie, e.g. the Geschillencommissie OOGO"});
}
}  // namespace

extern const Rule W02 = {
    {"W02", "geschillenregeling", Severity::fout,
     {"Er is een geschillenregeling met vorm en instantie", "A dispute arrangement with form and body is agreed"},
     sources::brief2026 + Text{", stap 1: wijziging van de OOGO-bepaling voor cluster 3 en 4",
                               ", step 1: change of the OOGO provision for clusters 3 and 4"},
     {"De aangekondigde wetswijziging voor cluster 3 en 4 laat gemeenten, samenwerkingsverbanden en "
      "zorgkantoren overleg voeren over de samenhangende inzet van onderwijsondersteuning, langdurige zorg en "
      "jeugdhulp; \"Om te waarborgen dat het overleg tot afspraken leidt, moeten partijen een "
      "geschillenregeling treffen\" (Kamerbrief verbeteraanpak Zorg in Onderwijstijd 2026, stap 1). Dit is "
      "een aangekondigde wettelijke eis, nog geen geldend recht. De bestaande geschillenregeling van WPO art. "
      "18a en Jeugdwet art. 2.2 gaat over het OOGO over het ondersteuningsplan, niet over deze afspraken. Een "
      "voorbeeldtekst als instantie telt als ontbrekend.",
      "The announced change of law for clusters 3 and 4 has municipalities, school partnerships and care "
      "offices consult on providing educational support, long-term care and youth care together; to make "
      "sure the consultation ends in agreements, the parties must make a dispute arrangement (2026 letter on "
      "the Zorg in Onderwijstijd improvement plan, step 1). This is an announced statutory requirement, not "
      "yet law in force. The existing dispute procedure of WPO art. 18a and Jeugdwet art. 2.2 concerns the "
      "OOGO on the support plan, not these agreements. A sample text as the body counts as missing."},
     {"Voeg afspraken.geschillenregeling toe met een vorm (mediation, bindend_advies, arbitrage of "
      "geschillencommissie) en de instantie die het geschil beslecht.",
      "Add afspraken.geschillenregeling with a form (mediation, bindend_advies, arbitrage or "
      "geschillencommissie) and the body that settles the dispute."},
     RuleStatus::aangekondigd},
    check};

}  // namespace zio::rules
