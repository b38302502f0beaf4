// D09 referentie: the parties and dates agree with the CBS reference data and
// with each other (gemeenten in the jeugdregio, the zorgkantoor of their
// region, every gemeente paying for collective jeugdhulp, EMB within the term).
#include <algorithm>
#include <string>

#include "rules/checks.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {

const Gemeente* known_gemeente(const Context& c, const Partij& p) {
  if (!p.soort.set || p.soort.v != "gemeente" || !p.code.set) return nullptr;
  auto it = c.ref.gemeenten.find(p.code.v);
  return it == c.ref.gemeenten.end() ? nullptr : &it->second;
}

std::string region_name(const std::map<std::string, std::string>& m, const std::string& code) {
  auto it = m.find(code);
  return it == m.end() ? code : code + " (" + it->second + ")";
}

void jeugdregio(const Context& c, Sink& s) {
  const Str& j = c.region.regio.jeugdregio;
  if (!j.set || !c.ref.jeugdregios.count(j.v)) return;  // D04 reports a bad code
  const auto& partijen = c.region.partijen.v;
  for (size_t i = 0; i < partijen.size(); ++i) {
    const Gemeente* g = known_gemeente(c, partijen[i]);
    if (!g || g->jeugdregio == j.v) continue;
    s.report(partijen[i].code.pos,
             checks::party_label(partijen[i], i) +
                 Text{": " + checks::gemeente_label(c.ref, g->code) + " hoort bij jeugdregio " +
                          region_name(c.ref.jeugdregios, g->jeugdregio) + ", niet bij regio.jeugdregio " +
                          region_name(c.ref.jeugdregios, j.v),
                      ": " + checks::gemeente_label(c.ref, g->code) + " belongs to jeugdregio " +
                          region_name(c.ref.jeugdregios, g->jeugdregio) + ", not to regio.jeugdregio " +
                          region_name(c.ref.jeugdregios, j.v)},
             {"controleer de code; neemt de gemeente bewust deel van buiten de regio, leg dat dan vast in "
              "afspraken.buiten_regio ('zio codes --jeugdregio " + j.v + "' toont de gemeenten van de regio)",
              "check the code; if the municipality takes part from outside the region on purpose, record that in "
              "afspraken.buiten_regio ('zio codes --jeugdregio " + j.v + "' lists the region's municipalities)"});
  }
}

void zorgkantoor(const Context& c, Sink& s) {
  std::vector<std::string> regions;  // the zorgkantoorregio's of the party gemeenten
  for (const Partij& p : c.region.partijen.v)
    if (const Gemeente* g = known_gemeente(c, p)) regions.push_back(g->zorgkantoorregio);
  if (regions.empty()) return;
  std::sort(regions.begin(), regions.end());
  regions.erase(std::unique(regions.begin(), regions.end()), regions.end());
  const auto& partijen = c.region.partijen.v;
  for (size_t i = 0; i < partijen.size(); ++i) {
    const Partij& p = partijen[i];
    if (!p.soort.set || p.soort.v != "zorgkantoor" || !p.code.set || !c.ref.zorgkantoorregios.count(p.code.v)) continue;
    if (std::find(regions.begin(), regions.end(), p.code.v) != regions.end()) continue;
    std::string theirs;
    for (const std::string& r : regions) theirs += (theirs.empty() ? "" : ", ") + region_name(c.ref.zorgkantoorregios, r);
    s.report(p.code.pos,
             checks::party_label(p, i) +
                 Text{": zorgkantoorregio " + region_name(c.ref.zorgkantoorregios, p.code.v) +
                          " is niet die van een van de gemeenten onder de partijen (" + theirs + ")",
                      ": care office region " + region_name(c.ref.zorgkantoorregios, p.code.v) +
                          " is not that of any municipality among the parties (" + theirs + ")"},
             {"controleer de code; 'zio codes --gemeente <code>' toont de zorgkantoorregio van een gemeente",
              "check the code; 'zio codes --gemeente <code>' shows a municipality's care office region"});
  }
}

void financiers(const Context& c, Sink& s) {
  const Jeugdhulp& j = c.region.afspraken.jeugdhulp;
  if (!arranged(j) || !j.vorm.set || j.vorm.v == "individueel") return;
  bool any = false;
  for (const Str& f : j.financiers.v) any = any || filled(f);
  if (!any) return;  // W05 reports missing financiers
  const auto& partijen = c.region.partijen.v;
  for (size_t i = 0; i < partijen.size(); ++i) {
    const Partij& p = partijen[i];
    if (!p.soort.set || p.soort.v != "gemeente" || !filled(p.id)) continue;
    bool pays = std::any_of(j.financiers.v.begin(), j.financiers.v.end(), [&](const Str& f) { return f.v == p.id.v; });
    if (pays) continue;
    s.report(first_known(p.id.pos, p.pos),
             checks::party_label(p, i) +
                 Text{" is een gemeente onder de partijen, maar financiert de collectief ingekochte jeugdhulp niet "
                      "(jeugdhulp.vorm: " + j.vorm.v + ")",
                      " is a municipality among the parties, but does not finance the collectively purchased youth "
                      "care (jeugdhulp.vorm: " + j.vorm.v + ")"},
             {"voeg '" + p.id.v + "' toe aan afspraken.jeugdhulp.financiers, of schrijf financiers: [alle-gemeenten]",
              "add '" + p.id.v + "' to afspraken.jeugdhulp.financiers, or write financiers: [alle-gemeenten]"});
  }
}

void emb(const Context& c, Sink& s) {
  const Afspraken& a = c.region.afspraken;
  const Str& sj = a.emb.schooljaar;
  if (!a.emb.set || !filled(sj) || sj.v.size() != 9 || sj.v[4] != '-') return;
  Date from, to;
  if (!Date::parse_shape(sj.v.substr(0, 4) + "-08-01", from) || !Date::parse_shape(sj.v.substr(5) + "-07-31", to)) return;
  const DateVal &in = a.looptijd.ingang, &out = a.looptijd.einde;
  if (!in.set || !out.set || !in->valid() || !out->valid() || !from.valid() || !to.valid()) return;
  if (to < in.v || out.v < from) {
    s.report(sj.pos,
             Text{"emb.schooljaar " + sj.v + " valt buiten de looptijd (" + in->iso() + " tot " + out->iso() + ")",
                  "emb.schooljaar " + sj.v + " lies outside the term (" + in->iso() + " to " + out->iso() + ")"},
             {"noem een schooljaar binnen de looptijd, of laat emb weg als de regeling niet meer geldt",
              "name a school year within the term, or leave emb out when the scheme no longer applies"});
  }
}

void check(const Context& c, Sink& s) {
  jeugdregio(c, s);
  zorgkantoor(c, s);
  financiers(c, s);
  emb(c, s);
}

}  // namespace

extern const Rule D09 = {
    {"D09", "referentie", Severity::waarschuwing,
     {"Partijen en data passen bij de CBS-indeling en bij elkaar",
      "Parties and dates fit the CBS division and each other"},
     sources::cbs,
     {"De CBS-indeling legt vast welke gemeenten bij een jeugdregio horen en onder welk zorgkantoor zij vallen. "
      "Een gemeente van een andere jeugdregio onder de partijen, of een zorgkantoor waar geen van de gemeenten "
      "onder valt, wijst meestal op een verkeerde code; een gemeente die de collectief ingekochte jeugdhulp "
      "niet mee betaalt, op een vergeten financier; een EMB-schooljaar buiten de looptijd op een verouderd "
      "gegeven. Het zijn waarschuwingen: een regio kan er bewust van afwijken.",
      "The CBS division fixes which municipalities belong to a youth-care region and which care office covers "
      "them. A municipality of another youth-care region among the parties, or a care office covering none of "
      "the municipalities, usually points to a wrong code; a municipality not paying for the collectively "
      "purchased youth care to a forgotten financier; an EMB school year outside the term to outdated data. "
      "They are warnings: a region may depart from them on purpose."},
     {"Controleer codes met 'zio codes', noem elke deelnemende gemeente als financier van de collectieve "
      "jeugdhulp (of schrijf alle-gemeenten) en houd emb.schooljaar binnen de looptijd.",
      "Check codes with 'zio codes', name every participating municipality as financier of the collective "
      "youth care (or write alle-gemeenten) and keep emb.schooljaar within the term."}},
    check};

}  // namespace zio::rules
