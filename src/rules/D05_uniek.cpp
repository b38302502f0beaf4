// D05 uniek: party ids, school ids and the national file's action numbers
// are unique.
#include <string>

#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {

// Reports every later item whose key equals an earlier one's, naming the
// line of the first.
template <class T, class Key>
void unique(const std::vector<T>& items, Key key, Sink& s, const Text& what) {
  for (size_t i = 0; i < items.size(); ++i) {
    const Str* a = key(items[i]);
    if (!a || !filled(*a)) continue;
    for (size_t j = 0; j < i; ++j) {
      const Str* b = key(items[j]);
      if (!b || !b->set || b->v != a->v) continue;
      std::string line = std::to_string(b->pos.line);
      s.report(first_known(a->pos, items[i].pos),
               what + Text{" '" + a->v + "' komt meer dan eens voor (eerst op regel " + line + ")",
                           " '" + a->v + "' occurs more than once (first on line " + line + ")"},
               {"geef elk een eigen id, of voeg de twee samen; verwijzingen kunnen maar naar één tegelijk wijzen",
                "give each its own id, or merge the two; references can point at only one of them"});
      break;
    }
  }
}

void check(const Context& c, Sink& s) {
  unique(c.region.partijen.v, [](const Partij& p) { return &p.id; }, s, {"partij-id", "party id"});
  unique(c.region.scholen.v, [](const School& x) { return &x.id; }, s, {"school-id", "school id"});
}

void check_national(const Context& c, Sink& s) {
  const auto& acties = c.national.acties.v;
  for (size_t i = 0; i < acties.size(); ++i) {
    const Int& a = acties[i].nummer;
    if (!a.set) continue;
    for (size_t j = 0; j < i; ++j) {
      const Int& b = acties[j].nummer;
      if (!b.set || b.v != a.v) continue;
      std::string n = std::to_string(a.v), line = std::to_string(b.pos.line);
      s.report(first_known(a.pos, acties[i].pos),
               {"actie nummer " + n + " komt meer dan eens voor (eerst op regel " + line + ")",
                "action number " + n + " occurs more than once (first on line " + line + ")"},
               {"nummer de acties zoals in de Kamerbrief, elk nummer één keer",
                "number the actions as in the letter to Parliament, each number once"});
      break;
    }
  }
}

}  // namespace

extern const Rule D05 = {
    {"D05", "uniek", Severity::fout,
     {"Ids zijn uniek", "Ids are unique"},
     sources::format,
     {"Scholen en afspraken verwijzen naar partijen en scholen met hun id. Komt een id twee keer voor, dan "
      "is niet te zeggen welke bedoeld is: de ene partij zou tekenen en betalen voor wat de andere afspreekt. "
      "In het landelijke bestand geldt hetzelfde voor de nummers van de acties.",
      "Schools and arrangements refer to parties and schools by their id. When an id occurs twice, there is "
      "no telling which one is meant: one party would sign and pay for what the other agrees. In the "
      "national file the same holds for the numbers of the actions."},
     {"Geef elke partij en elke school een eigen id (kleine letters, cijfers en streepjes), of voeg dubbele "
      "vermeldingen samen; nummer de acties in landelijk.yaml elk één keer.",
      "Give every party and every school its own id (lowercase letters, digits and hyphens), or merge "
      "duplicate entries; number the actions in landelijk.yaml once each."}},
    check, check_national};

}  // namespace zio::rules
