// D03 verwijzing: every party and school id used exists, with the right soort.
#include <string>
#include <vector>

#include "rules/checks.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {

class Refs {
 public:
  Refs(const Context& c, Sink& s) : c_(c), s_(s) {
    for (const Partij& p : c.region.partijen.v)
      if (p.id.set) party_ids_.push_back(p.id.v);
    for (const School& x : c.region.scholen.v)
      if (x.id.set) school_ids_.push_back(x.id.v);
  }

  // `ref` must name a party; of soort `soort` unless that is null (the
  // financiers' soort is W06's business).
  void party(const Str& ref, const Text& where, const char* soort = nullptr) {
    if (!ref.set || blank(ref, where)) return;
    const Partij* p = c_.party(ref.v);
    if (!p) {
      Text hint = checks::did_you_mean(ref.v, soort ? ids_of(soort) : party_ids_);
      if (hint.empty() && soort) hint = checks::did_you_mean(ref.v, party_ids_);
      s_.report(ref.pos,
                where + Text{" noemt '" + ref.v + "', maar er is geen partij met die id",
                             " names '" + ref.v + "', but no party has that id"},
                hint.empty() ? Text{"voeg de partij toe onder partijen, of verbeter de id",
                                    "add the party under partijen, or correct the id"}
                             : hint);
      return;
    }
    if (!soort || !p->soort.set || p->soort.v == soort) return;
    std::vector<std::string> right = ids_of(soort);
    std::string want = soort;
    s_.report(ref.pos,
              where + Text{" noemt '" + ref.v + "', een partij van soort " + p->soort.v + "; verwacht is soort " + want,
                           " names '" + ref.v + "', a party of soort " + p->soort.v + "; expected soort " + want},
              right.empty() ? Text{"voeg een partij van soort " + want + " toe en noem die hier",
                                   "add a party of soort " + want + " and name it here"}
                            : Text{"kies een partij van soort " + want + ": ", "choose a party of soort " + want + ": "} +
                                  checks::quoted_list(right));
  }

  void parties(const IdList& refs, const Text& where, const char* soort = nullptr) {
    for (const Str& r : refs.v) party(r, where, soort);
  }

  void school(const Str& ref, const Text& where) {
    if (!ref.set || blank(ref, where)) return;
    if (c_.school(ref.v)) return;
    Text hint = checks::did_you_mean(ref.v, school_ids_);
    s_.report(ref.pos,
              where + Text{" noemt '" + ref.v + "', maar er is geen school met die id",
                           " names '" + ref.v + "', but no school has that id"},
              hint.empty() ? Text{"voeg de school toe onder scholen, of verbeter de id",
                                  "add the school under scholen, or correct the id"}
                           : hint);
  }

 private:
  bool blank(const Str& ref, const Text& where) {
    if (filled(ref)) return false;
    s_.report(ref.pos, where + Text{" bevat een lege id", " contains an empty id"},
              {"vul de id van een partij of school in, of haal de lege waarde weg",
               "fill in the id of a party or school, or remove the empty value"});
    return true;
  }

  std::vector<std::string> ids_of(const char* soort) const {
    std::vector<std::string> out;
    for (const Partij* p : c_.parties_of(soort))
      if (p->id.set) out.push_back(p->id.v);
    return out;
  }

  const Context& c_;
  Sink& s_;
  std::vector<std::string> party_ids_, school_ids_;
};

// "school 'de-bodde' (zorgaanbieders)"
Text of_school(const char* key, const School& s, size_t i) {
  return checks::school_label(s, i) + (std::string(" (") + key + ")");
}

void check(const Context& c, Sink& s) {
  Refs refs(c, s);
  const auto& scholen = c.region.scholen.v;
  for (size_t i = 0; i < scholen.size(); ++i) {
    const School& x = scholen[i];
    refs.party(x.schoolbestuur, of_school("schoolbestuur", x, i), "schoolbestuur");
    refs.parties(x.samenwerkingsverbanden, of_school("samenwerkingsverbanden", x, i), "samenwerkingsverband");
    refs.parties(x.zorgaanbieders, of_school("zorgaanbieders", x, i), "zorgaanbieder");
  }
  const Afspraken& a = c.region.afspraken;
  auto at = [](const char* path) { return Text{path, path}; };
  for (const Str& id : a.scholen.v) refs.school(id, at("afspraken.scholen"));
  refs.parties(a.onderwijsondersteuning.financiers, at("afspraken.onderwijsondersteuning.financiers"));
  refs.parties(a.jeugdhulp.financiers, at("afspraken.jeugdhulp.financiers"));
  refs.party(a.jeugdhulp.inkoper, at("afspraken.jeugdhulp.inkoper"));
  refs.parties(a.jeugdhulp.aanbieders, at("afspraken.jeugdhulp.aanbieders"), "zorgaanbieder");
  refs.party(a.wlz.financier, at("afspraken.wlz.financier"));
  refs.parties(a.wlz.aanbieders, at("afspraken.wlz.aanbieders"), "zorgaanbieder");
  refs.party(a.zvw.financier, at("afspraken.zvw.financier"));
  refs.parties(a.zvw.financiers, at("afspraken.zvw.financiers"));
  for (const Fase& f : a.fasering.v) refs.school(f.school, at("afspraken.fasering"));
  refs.party(a.doorzettingsmacht.belegd_bij, at("afspraken.doorzettingsmacht.belegd_bij"));
}

}  // namespace

extern const Rule D03 = {
    {"D03", "verwijzing", Severity::fout,
     {"Elke genoemde partij en school bestaat en is van de juiste soort",
      "Every party and school named exists and is of the right soort"},
     sources::format,
     {"Scholen en afspraken verwijzen naar partijen en scholen met hun id. Een tikfout in een id maakt de "
      "verwijzing leeg: het contract noemt dan een financier, aanbieder of school die er niet is, of een "
      "zorgkantoor waar een schoolbestuur bedoeld is.",
      "Schools and arrangements refer to parties and schools by their id. A typo in an id makes the "
      "reference void: the contract then names a financier, provider or school that does not exist, or a "
      "care office where a school board was meant."},
     {"Gebruik precies de id uit partijen of scholen (zio noemt de bedoelde), of voeg de ontbrekende partij "
      "of school toe. Een schoolbestuur moet van soort schoolbestuur zijn, een samenwerkingsverband van soort "
      "samenwerkingsverband, een zorgaanbieder van soort zorgaanbieder.",
      "Use exactly the id from partijen or scholen (zio names the intended one), or add the missing party or "
      "school. A school board must be of soort schoolbestuur, a school partnership of soort "
      "samenwerkingsverband, a care provider of soort zorgaanbieder."}},
    check};

}  // namespace zio::rules
