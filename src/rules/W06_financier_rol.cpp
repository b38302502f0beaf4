// W06 financier-rol: each kind of care is paid by the body the law names.
#include <initializer_list>

#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
// One role: which key, which soorten may fill it, and the message tail.
struct Role {
  const char* key;                          // "jeugdhulp.financiers"
  std::initializer_list<const char*> soorten;
  Text expected;                            // "jeugdhulp wordt betaald door gemeenten (Jeugdwet)"
};

// Reports `id` when it names a party whose soort is not one of the role's.
// Unknown ids and parties without a valid soort are D03's and D02's business.
void check_id(const Context& c, Sink& s, const Str& id, const Role& role) {
  if (!id.set) return;
  const Partij* p = c.party(id.v);
  if (!p || !p->soort.set) return;
  for (const char* ok : role.soorten)
    if (p->soort.v == ok) return;
  std::string allowed;
  for (const char* ok : role.soorten) allowed += (allowed.empty() ? "" : " / ") + std::string(ok);
  s.report(id.pos,
           Text{"", ""} + role.key + Text{" noemt '", " names '"} + id.v + Text{"' (soort ", "' (soort "} +
               p->soort.v + "): " + role.expected,
           Text{"noem hier een partij van soort ", "name a party of soort "} + allowed +
               Text{", of corrigeer de soort van '", " here, or correct the soort of '"} + id.v + "'");
}

void check(const Context& c, Sink& s) {
  const Afspraken& a = c.region.afspraken;
  static const Role jeugd_fin{"jeugdhulp.financiers", {"gemeente"},
                              {"jeugdhulp wordt betaald door gemeenten (Jeugdwet)",
                               "youth care is paid for by municipalities (Jeugdwet)"}};
  static const Role jeugd_ink{"jeugdhulp.inkoper", {"gemeente"},
                              {"jeugdhulp wordt ingekocht door een gemeente (Jeugdwet)",
                               "youth care is purchased by a municipality (Jeugdwet)"}};
  static const Role wlz_fin{"wlz.financier", {"zorgkantoor"},
                            {"langdurige zorg wordt betaald via het zorgkantoor (Wlz)",
                             "long-term care is paid for through the care office (Wlz)"}};
  static const Role oo_fin{"onderwijsondersteuning.financiers", {"samenwerkingsverband", "schoolbestuur"},
                           {"onderwijsondersteuning wordt betaald door samenwerkingsverbanden of schoolbesturen "
                            "(WPO/WVO 2020)",
                            "educational support is paid for by school partnerships or school boards (WPO/WVO 2020)"}};
  static const Role zvw_fin{"zvw.financier", {"zorgverzekeraar"},
                            {"zorg uit de Zorgverzekeringswet wordt betaald door een zorgverzekeraar (Zvw)",
                             "care under the Health Insurance Act is paid for by a health insurer (Zvw)"}};

  for (const Str& id : a.onderwijsondersteuning.financiers.v) check_id(c, s, id, oo_fin);
  for (const Str& id : a.jeugdhulp.financiers.v) check_id(c, s, id, jeugd_fin);
  check_id(c, s, a.jeugdhulp.inkoper, jeugd_ink);
  check_id(c, s, a.wlz.financier, wlz_fin);
  check_id(c, s, a.zvw.financier, zvw_fin);
  static const Role zvw_fins{"zvw.financiers", {"zorgverzekeraar"}, zvw_fin.expected};
  for (const Str& id : a.zvw.financiers.v) check_id(c, s, id, zvw_fins);
}
}  // namespace

extern const Rule W06 = {
    {"W06", "financier-rol", Severity::fout,
     {"Elke zorgvorm wordt betaald door de partij die de wet aanwijst",
      "Each kind of care is paid for by the body the law designates"},
     {"Jeugdwet hoofdstuk 2; Wet langdurige zorg; WPO art. 18a; WVO 2020 (samenwerkingsverband passend onderwijs); "
      "Zorgverzekeringswet art. 11",
      "Jeugdwet chapter 2; Long-term Care Act (Wlz); WPO art. 18a; WVO 2020 (school partnership for inclusive "
      "education); Health Insurance Act (Zvw) art. 11"},
     {"Zorg in onderwijstijd wordt uit verschillende wetten betaald, elk via een eigen partij: de gemeente is "
      "aan zet voor jeugdhulp, het zorgkantoor voor langdurige zorg aan leerlingen met een Wlz-indicatie en "
      "het samenwerkingsverband passend onderwijs, met de aangesloten schoolbesturen, voor de "
      "onderwijsondersteuning (Kamerbrief verbeteraanpak Zorg in Onderwijstijd 2026; Jeugdwet hoofdstuk 2, "
      "WPO art. 18a, WVO 2020). Medische zorg en verpleging op school betaalt de zorgverzekeraar "
      "(Zorgverzekeringswet art. 11). Een afspraak die een geldstroom bij de verkeerde partij legt, is niet "
      "uitvoerbaar. Cluster 1- en 2-scholen horen niet bij een samenwerkingsverband: ze worden rechtstreeks "
      "door het Rijk bekostigd (Kamerbrief 2026, actie 4), dus daar mag het schoolbestuur de "
      "onderwijsondersteuning betalen.",
      "Care in school time is paid for under several laws, each through its own body: the municipality is "
      "responsible for youth care, the care office for long-term care of pupils with a Wlz assessment and "
      "the school partnership for inclusive education, with its school boards, for educational support (2026 "
      "letter on the Zorg in Onderwijstijd improvement plan; Jeugdwet chapter 2, WPO art. 18a, WVO "
      "2020). Medical care and nursing at school are paid for by the health insurer (Zvw art. 11). An "
      "agreement that puts a funding stream with the wrong body cannot be carried out. Cluster 1 and 2 "
      "schools belong to no school partnership: they are funded directly by the State (2026 letter, action "
      "4), so there the school board may pay for educational support."},
     {"Laat jeugdhulp.financiers en jeugdhulp.inkoper naar gemeenten verwijzen, wlz.financier naar een "
      "zorgkantoor, onderwijsondersteuning.financiers naar samenwerkingsverbanden of schoolbesturen en "
      "zvw.financier naar een zorgverzekeraar; of corrigeer de soort van de partij.",
      "Make jeugdhulp.financiers and jeugdhulp.inkoper refer to municipalities, wlz.financier to a care "
      "office, onderwijsondersteuning.financiers to school partnerships or school boards and zvw.financier "
      "to a health insurer; or correct the party's soort."}},
    check};

}  // namespace zio::rules
