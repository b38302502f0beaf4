// W03 clusters: the agreement covers cluster 3/4 schools, and all of them.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
bool cluster_3_4(const School& s) { return s.has_cluster(3) || s.has_cluster(4); }

// The afspraken.fasering entry that names this school; nullptr when none.
const Fase* phase_of(const Afspraken& a, const std::string& id) {
  for (const Fase& f : a.fasering.v)
    if (f.school.set && f.school.v == id) return &f;
  return nullptr;
}

void check(const Context& c, Sink& s) {
  const IdList& listed = c.region.afspraken.scholen;
  bool any = false;
  for (const School* sc : c.covered())
    if (cluster_3_4(*sc)) any = true;
  if (!any)
    s.report(first_known(listed.pos, c.afspraken_pos()),
             {"de afspraken gelden voor geen enkele school van cluster 3 of 4",
              "the agreement covers no school of cluster 3 or 4"},
             {"beschrijf de cluster 3- en 4-scholen onder scholen (clusters: [3] of [4]) en noem hun id in "
              "afspraken.scholen",
              "describe the cluster 3 and 4 schools under scholen (clusters: [3] or [4]) and name their ids in "
              "afspraken.scholen"});
  // When afspraken.scholen is absent every listed school is covered. A school
  // without an id cannot be named there; D02 reports the missing id.
  if (!listed.set) return;
  for (const School& sc : c.region.scholen.v) {
    if (!filled(sc.id) || !cluster_3_4(sc) || c.scholen_entry(sc.id.v)) continue;
    std::string cl = sc.has_cluster(3) && sc.has_cluster(4) ? "3/4" : sc.has_cluster(3) ? "3" : "4";
    Text school = Text{"school '", "school '"} + sc.id.v + Text{"' (cluster ", "' (cluster "} + cl + ")";
    // Phased coverage (the model region started with two schools): a school
    // that joins on a later date is a waarschuwing; a date before the
    // peildatum has passed, so the school should be covered by now.
    if (const Fase* f = phase_of(c.region.afspraken, sc.id.v); f && f->vanaf.set && f->vanaf->valid()) {
      const DateVal& peil = c.region.regio.peildatum;
      std::string vanaf = f->vanaf->iso();
      if (peil.set && peil->valid() && f->vanaf.v < peil.v)
        s.report(Severity::fout, f->vanaf.pos,
                 school + Text{" zou volgens afspraken.fasering vanaf " + vanaf +
                                   " onder de afspraken vallen, maar die datum ligt voor de peildatum " + peil->iso(),
                               " was to be covered from " + vanaf +
                                   " according to afspraken.fasering, but that date is before the peildatum " + peil->iso()},
                 Text{"voeg '", "add '"} + sc.id.v +
                     Text{"' toe aan afspraken.scholen, of zet in fasering de nieuwe datum",
                          "' to afspraken.scholen, or put the new date in fasering"});
      else
        s.report(Severity::waarschuwing, f->vanaf.pos,
                 school + Text{" valt pas vanaf " + vanaf + " onder de afspraken (gefaseerde invoering)",
                               " is covered only from " + vanaf + " (phased introduction)"},
                 Text{"voeg '", "add '"} + sc.id.v +
                     Text{"' op die datum toe aan afspraken.scholen", "' to afspraken.scholen on that date"});
      continue;
    }
    s.report(first_known(sc.pos, sc.id.pos, c.region.scholen.pos),
             school + Text{" valt niet onder de afspraken: afspraken.scholen noemt deze school niet",
                           " is not covered by the agreement: afspraken.scholen does not name it"},
             Text{"voeg '", "add '"} + sc.id.v +
                 Text{"' toe aan afspraken.scholen, of noem de school met een datum in afspraken.fasering",
                      "' to afspraken.scholen, or name the school with a date in afspraken.fasering"});
  }
}
}  // namespace

extern const Rule W03 = {
    {"W03", "clusters", Severity::fout,
     {"De afspraken gelden voor alle cluster 3- en 4-scholen", "The agreement covers every cluster 3 and 4 school"},
     sources::brief2026 + Text{", actie 1 en 2", ", actions 1 and 2"},
     {"De wetswijziging en de regionale afspraken gaan over de gespecialiseerde scholen van cluster 3 "
      "(leerlingen met een lichamelijke en/of verstandelijke beperking en langdurig zieke leerlingen) en "
      "cluster 4 (ernstige gedragsproblemen of psychiatrische stoornissen). Gemeenten, "
      "samenwerkingsverbanden en zorgkantoren moeten afspraken maken over de ondersteuning, jeugdhulp en "
      "langdurige zorg op die scholen (Kamerbrief verbeteraanpak Zorg in Onderwijstijd 2026). Een cluster 3- "
      "of 4-school in de regio die buiten de afspraken valt, houdt de versnippering die de aanpak wil "
      "oplossen. Een regio die haar scholen gefaseerd opneemt, noemt de latere scholen met hun datum in "
      "afspraken.fasering: dat is een waarschuwing, geen fout, tot die datum voorbij is.",
      "The law change and the regional agreements concern the specialised schools of cluster 3 (pupils with "
      "a physical and/or intellectual disability and long-term ill pupils) and cluster 4 (severe behavioural "
      "problems or psychiatric disorders). Municipalities, school partnerships and care offices must agree "
      "on support, youth care and long-term care at those schools (2026 letter on the Zorg in Onderwijstijd "
      "improvement plan). A cluster 3 or 4 school in the region left out of the agreement keeps the "
      "fragmentation the plan sets out to solve. A region that covers its schools in phases lists the later "
      "ones with their date under afspraken.fasering: a warning, not an error, until that date has passed."},
     {"Noem in afspraken.scholen elke cluster 3- en 4-school uit scholen (of laat afspraken.scholen weg: "
      "dan gelden de afspraken voor alle scholen).",
      "Name every cluster 3 and 4 school of scholen in afspraken.scholen (or leave afspraken.scholen out: the "
      "agreement then covers all schools)."},
     RuleStatus::aangekondigd},
    check};

}  // namespace zio::rules
