// L02 aantal-aanbieders: few care providers per school, for calm in the class.
#include <string>
#include <vector>

#include "rules/checks.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {
constexpr size_t max_aanbieders = 2;

// Providers of jeugdhulp or Wlz care count; a nurse financed by the Zvw
// (medical care, not a "zorgaanbieder in de klas" in the sense of rust in de
// klas) does not. With neither list given nothing tells them apart, so every
// provider counts.
bool counts(const Afspraken& a, const std::string& id) {
  const IdList* lists[] = {&a.jeugdhulp.aanbieders, &a.wlz.aanbieders};
  bool any_list = false;
  for (const IdList* l : lists) {
    if (!l->set) continue;
    any_list = true;
    for (const Str& x : l->v)
      if (trim(x.v) == id) return true;
  }
  return !any_list;
}

void check(const Context& c, Sink& s) {
  const auto& scholen = c.region.scholen.v;
  for (size_t i = 0; i < scholen.size(); ++i) {
    const School& school = scholen[i];
    if (!c.is_covered(school)) continue;
    std::vector<std::string> ids;
    for (const Str& id : school.zorgaanbieders.v) {
      std::string t = trim(id.v);
      if (t.empty() || !counts(c.region.afspraken, t)) continue;
      bool seen = false;
      for (const std::string& x : ids) seen = seen || x == t;
      if (!seen) ids.push_back(t);
    }
    if (ids.size() <= max_aanbieders) continue;
    std::string n = std::to_string(ids.size());
    s.report(first_known(school.zorgaanbieders.pos, school.pos),
             Text{"op ", "at "} + checks::school_label(school, i) + Text{" werken " + n + " zorgaanbieders (", " " + n + " care providers work ("} +
                 checks::quoted_list(ids) +
                 Text{"); hoogstens 2 houdt de rust in de klas", "); at most 2 keep the class calm"},
             {"kies samen één (of hoogstens twee) aanbieders voor deze school en koop de zorg collectief bij hen in",
              "choose one (or at most two) providers for this school together and buy the care collectively from them"});
  }
}
}  // namespace

extern const Rule L02 = {
    {"L02", "aantal-aanbieders", Severity::waarschuwing,
     {"Hoogstens twee zorgaanbieders op een school", "At most two care providers at a school"},
     sources::brief2026,
     {"Veel verschillende zorg- en jeugdhulpprofessionals in één klas geven onrust: soms heeft elk van twaalf "
      "leerlingen een eigen hulpverlener. De verbeteraanpak zet daarom in op het zoveel mogelijk collectief "
      "inkopen van zorg bij één zorg- of jeugdhulpaanbieder, voor meer rust in de klas (Kamerbrief 2026). "
      "Al in 2019 ging het om inkoop bij één of twee zorgaanbieders per school (Kamerbrief 2019).",
      "Many different care and youth-care professionals in one class cause unrest: sometimes each of twelve "
      "pupils has a carer of their own. The improvement plan therefore aims to buy care collectively from "
      "one care or youth-care provider wherever possible, for a calmer class (2026 letter). In 2019 the "
      "pilots already meant buying from one or two providers per school (2019 letter)."},
     {"Alleen aanbieders van jeugdhulp en Wlz-zorg (afspraken.jeugdhulp.aanbieders, afspraken.wlz.aanbieders) "
      "tellen; verpleging uit de Zvw telt niet mee. Breng het aantal zorgaanbieders in scholen[].zorgaanbieders terug tot één, hoogstens twee, "
      "bijvoorbeeld door de zorg op school samen bij één hoofdaanbieder in te kopen.",
      "Only providers of youth care and Wlz care (afspraken.jeugdhulp.aanbieders, afspraken.wlz.aanbieders) "
      "count; nursing paid by the Zvw does not. Bring the number of care providers in scholen[].zorgaanbieders down to one, at most two, for "
      "instance by buying the care at school together from one main provider."}},
    check};

}  // namespace zio::rules
