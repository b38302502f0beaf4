// D08 plaatshouders: no placeholder text where the agreement needs an answer.
#include "draft/placeholders.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  const Str& status = c.region.regio.status;
  // A draft may hold placeholders; a text put up for signature may not.
  bool final_text = status.set && (status.v == "ter_ondertekening" || status.v == "ondertekend");
  Severity sev = final_text ? Severity::fout : Severity::waarschuwing;
  for (const Leaf& leaf : c.doc.leaves) {
    std::string what;
    if (!is_placeholder(leaf.path, leaf.value, &what)) continue;
    s.report(sev, leaf.pos,
             Text{leaf.where + " bevat nog een voorbeeldtekst of plaatshouder ('" + what + "')",
                  leaf.where + " still holds a sample text or placeholder ('" + what + "')"},
             final_text ? Text{"vul de echte afspraak in, of zet de status terug op concept",
                               "fill in the actual arrangement, or set the status back to concept"}
                        : Text{"vul de echte afspraak in voordat de tekst ter ondertekening gaat",
                               "fill in the actual arrangement before the text goes out for signature"});
  }
}
}  // namespace

extern const Rule D08 = {
    {"D08", "plaatshouders", Severity::fout,
     {"Geen voorbeeldteksten of plaatshouders in een tekst die getekend wordt",
      "No sample texts or placeholders in a text that is signed"},
     sources::format,
     {"Een startbestand van zio init bevat voorbeeldteksten (\"Noem wie het geschil beslecht.\", \"A. "
      "Achternaam\", een budget van 0) en concepten bevatten vaak plaatshouders als \"PM\", \"TODO\", \"xxx\", "
      "\"[...]\", \"illustratief\" of \"nog in bespreking\". Zo'n tekst vult een verplichte sleutel wel, maar "
      "regelt niets: een contract met \"voor mediation door Noem wie het geschil beslecht\" is niet te "
      "ondertekenen. In een concept is het een waarschuwing, bij ter_ondertekening en ondertekend een fout. "
      "De voorbeeldteksten van zio init komen uit dezelfde lijst die deze regel leest.",
      "A starter file from zio init holds sample texts (\"Name who settles the dispute.\", \"A. Surname\", a "
      "budget of 0), and drafts often hold placeholders such as \"PM\", \"TODO\", \"xxx\", \"[...]\", "
      "\"illustratief\" or \"nog in bespreking\". Such a text fills a required key but arranges nothing: a "
      "contract reading \"mediation by Name who settles the dispute\" cannot be signed. In a draft it is a "
      "warning, with ter_ondertekening and ondertekend an error. The sample texts of zio init come from the "
      "same list this rule reads."},
     {"Vervang elke voorbeeldtekst en plaatshouder door de echte afspraak, of haal een optionele sleutel "
      "weg als er niets af te spreken is.",
      "Replace every sample text and placeholder with the actual arrangement, or remove an optional key "
      "when there is nothing to agree."}},
    check};

}  // namespace zio::rules
