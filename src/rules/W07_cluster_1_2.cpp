// W07 cluster-1-2: cluster 1 and 2 schools go through the LTA, not the OOGO.
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
void check(const Context& c, Sink& s) {
  for (const School* sc : c.covered()) {
    bool c1 = sc->has_cluster(1), c2 = sc->has_cluster(2);
    if (!c1 && !c2) continue;
    std::string cl = c1 && c2 ? "1/2" : c1 ? "1" : "2";
    // A school without id is covered only when afspraken.scholen is absent;
    // name it by its place in the list then (0-based, as the other rules count).
    size_t index = static_cast<size_t>(sc - c.region.scholen.v.data());
    std::string name = filled(sc->id) ? "'" + sc->id.v + "'" : "scholen[" + std::to_string(index) + "]";
    const Str* entry = filled(sc->id) ? c.scholen_entry(sc->id.v) : nullptr;
    Pos where = entry ? entry->pos : first_known(sc->clusters.pos, sc->pos, c.region.scholen.pos);
    s.report(where,
             Text{"de afspraken gelden voor school ", "the agreement covers school "} + name + " (cluster " + cl +
                 Text{"): jeugdhulp op school voor cluster 1 en 2 loopt via het Landelijk Transitiearrangement "
                      "(LTA)",
                      "): youth care at school for clusters 1 and 2 goes through the national transition "
                      "arrangement (Landelijk Transitiearrangement, LTA)"},
             Text{"stem de afspraken voor ", "align the arrangements for "} + name +
                 Text{" af met het LTA van de VNG, of haal de school uit afspraken.scholen",
                      " with the VNG's LTA, or take the school out of afspraken.scholen"});
  }
}
}  // namespace

extern const Rule W07 = {
    {"W07", "cluster-1-2", Severity::waarschuwing,
     {"Cluster 1- en 2-scholen lopen via het LTA", "Cluster 1 and 2 schools go through the LTA"},
     sources::brief2026 + Text{", actie 4", ", action 4"},
     {"De wetswijziging voor regionale afspraken (OOGO) past niet bij scholen van cluster 1 (blinde en "
      "slechtziende kinderen) en cluster 2 (dove of slechthorende kinderen en kinderen met een taal- en "
      "spraakontwikkelingsstoornis): zij worden rechtstreeks door het Rijk bekostigd en horen niet bij een "
      "samenwerkingsverband. Jeugdhulp op school voor deze leerlingen is opgenomen in het Landelijk "
      "Transitiearrangement (LTA) dat de VNG landelijk inkoopt (Kamerbrief verbeteraanpak Zorg in "
      "Onderwijstijd 2026, actie 4). Regionale afspraken voor zo'n school kunnen dubbel zijn met het LTA.",
      "The law change for regional agreements (OOGO) does not fit schools of cluster 1 (blind and visually "
      "impaired children) and cluster 2 (deaf or hard-of-hearing children and children with a language "
      "disorder): they are funded directly by the State and belong to no school partnership. Youth care at "
      "school for these pupils has been included in the national transition arrangement (LTA) that the VNG "
      "purchases nationally (2026 letter on the Zorg in Onderwijstijd improvement plan, action 4). Regional "
      "arrangements for such a school may duplicate the LTA."},
     {"Controleer of de afspraken voor de cluster 1- of 2-school aanvullen wat het LTA niet dekt, en zeg dat "
      "in de omschrijving; of haal de school uit afspraken.scholen.",
      "Check that the arrangements for the cluster 1 or 2 school add only what the LTA does not cover, and "
      "say so in the description; or take the school out of afspraken.scholen."},
     RuleStatus::aangekondigd},
    check};

}  // namespace zio::rules
