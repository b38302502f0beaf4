// D04 codes: CBS codes (gemeente, zorgkantoorregio, jeugdregio) and BRIN
// numbers are well-formed and known; gemeente names follow the CBS list.
#include <cctype>
#include <string>

#include "rules/checks.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {

std::string upper(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return s;
}

// "schrijf 'GM0855'" when only the case is wrong.
Text case_hint(const std::string& v, const char* shape) {
  std::string u = upper(trim(v));
  if (u != v && checks::has_shape(u, shape)) return Text{"schrijf '", "write '"} + u + "'";
  return {};
}

// The CBS gemeente a party's name points at ("Gemeente Tilburg", "Tilburg").
const Gemeente* by_name(const RefData& ref, const Str& naam) {
  if (!naam.set) return nullptr;
  std::string n = trim(naam.v);
  const std::string prefix = "Gemeente ";
  if (n.compare(0, prefix.size(), prefix) == 0) n = n.substr(prefix.size());
  for (const auto& [code, g] : ref.gemeenten)
    if (g.naam == n || gemeente_eigen_naam(g.naam) == n) return &g;
  return nullptr;
}

Text name_hint(const RefData& ref, const Partij& p) {
  if (const Gemeente* g = by_name(ref, p.naam))
    return Text{"volgens het CBS heeft " + g->naam + " code ", "according to CBS, " + g->naam + " has code "} + g->code;
  return {};
}

// A gemeente code in a party or a herkomst entry; true when it is known.
bool gemeente_code(const Context& c, Sink& s, const Str& code, const Text& where, Text hint) {
  std::string year = std::to_string(c.ref.year);
  if (!checks::has_shape(code.v, "GM9999")) {
    Text h = case_hint(code.v, "GM9999");
    std::string with_gm = "GM" + trim(code.v);  // "0855"
    if (h.empty() && checks::has_shape(with_gm, "GM9999")) h = Text{"schrijf '", "write '"} + with_gm + "'";
    s.report(code.pos,
             where + Text{": '" + code.v + "' is geen gemeentecode (GM en 4 cijfers, zoals GM0855)",
                          ": '" + code.v + "' is not a municipality code (GM and 4 digits, like GM0855)"},
             h.empty() ? hint : h);
    return false;
  }
  if (c.ref.gemeenten.count(code.v)) return true;
  s.report(code.pos,
           where + Text{": " + code.v + " staat niet in de CBS-lijst van gemeenten van " + year,
                        ": " + code.v + " is not in the CBS list of municipalities of " + year},
           hint.empty() ? Text{"zoek de code op met 'zio codes --zoek <naam>'; na een herindeling valt het gebied "
                               "onder een andere (soms nieuwe) gemeente met een eigen code",
                               "look the code up with 'zio codes --zoek <name>'; after a merger the area belongs to "
                               "another (sometimes new) municipality with a code of its own"}
                        : hint);
  return false;
}

void party(const Context& c, Sink& s, const Partij& p, size_t i) {
  if (!p.soort.set || !p.code.set) return;
  Text who = checks::party_label(p, i);
  if (p.soort.v == "gemeente") {
    if (!gemeente_code(c, s, p.code, Text{"code van ", "code of "} + who, name_hint(c.ref, p))) return;
    if (!filled(p.naam)) return;
    const std::string& cbs = c.ref.gemeenten.at(p.code.v).naam;
    std::string naam = trim(p.naam.v);
    // The CBS name, or the name the gemeente uses ("Gemeente Hengelo" for CBS
    // "Hengelo (O.)"), with or without "Gemeente".
    std::string eigen = gemeente_eigen_naam(cbs);
    if (naam == cbs || naam == "Gemeente " + cbs || naam == eigen || naam == "Gemeente " + eigen) return;
    // A name that is another gemeente's points at a swapped code.
    const Gemeente* other = by_name(c.ref, p.naam);
    Text hint = other ? Text{"controleer de code: " + other->naam + " heeft CBS-code " + other->code,
                             "check the code: " + other->naam + " has CBS code " + other->code}
                      : Text{"schrijf '" + cbs + "' of 'Gemeente " + cbs + "', of controleer de code",
                             "write '" + cbs + "' or 'Gemeente " + cbs + "', or check the code"};
    s.report(Severity::waarschuwing, p.naam.pos,
             Text{"naam '" + naam + "' van ", "name '" + naam + "' of "} + who +
                 Text{" wijkt af van de CBS-naam '" + cbs + "' (" + p.code.v + ")",
                      " differs from the CBS name '" + cbs + "' (" + p.code.v + ")"},
             hint);
  } else if (p.soort.v == "zorgkantoor") {
    if (!checks::has_shape(p.code.v, "ZK99")) {
      Text h = case_hint(p.code.v, "ZK99");
      s.report(p.code.pos,
               Text{"code van ", "code of "} + who +
                   Text{": '" + p.code.v + "' is geen zorgkantoorregio (ZK en 2 cijfers, zoals ZK12)",
                        ": '" + p.code.v + "' is not a care office region (ZK and 2 digits, like ZK12)"},
               h.empty() ? Text{"gebruik de CBS-code van de zorgkantoorregio", "use the CBS code of the care office region"} : h);
    } else if (!c.ref.zorgkantoorregios.count(p.code.v)) {
      s.report(p.code.pos,
               Text{"code van ", "code of "} + who +
                   Text{": " + p.code.v + " staat niet in de CBS-indeling van zorgkantoorregio's",
                        ": " + p.code.v + " is not in the CBS division into care office regions"},
               {"zoek de code op met 'zio codes --gemeente <GM-code>' (de zorgkantoorregio van een gemeente)",
                "look the code up with 'zio codes --gemeente <GM code>' (a municipality's care office region)"});
    }
  }
}

void jeugdregio(const Context& c, Sink& s) {
  const Str& j = c.region.regio.jeugdregio;
  if (!j.set) return;
  if (!checks::has_shape(j.v, "JZ99")) {
    Text h = case_hint(j.v, "JZ99");
    s.report(j.pos,
             {"regio.jeugdregio: '" + j.v + "' is geen jeugdregiocode (JZ en 2 cijfers, zoals JZ35)",
              "regio.jeugdregio: '" + j.v + "' is not a youth-care region code (JZ and 2 digits, like JZ35)"},
             h.empty() ? Text{"gebruik de CBS-code van de jeugdregio", "use the CBS code of the youth-care region"} : h);
  } else if (!c.ref.jeugdregios.count(j.v)) {
    s.report(j.pos,
             {"regio.jeugdregio: " + j.v + " staat niet in de CBS-indeling van jeugdregio's",
              "regio.jeugdregio: " + j.v + " is not in the CBS division into youth-care regions"},
             {"'zio codes' toont alle jeugdregio's met hun code", "'zio codes' lists every jeugdregio with its code"});
  }
}

void school(const Context& c, Sink& s, const School& x, size_t i) {
  Text who = checks::school_label(x, i);
  bool brin_ok = false;
  if (x.brin.set) {
    brin_ok = checks::has_shape(x.brin.v, "99AA");
    if (!brin_ok) {
      Text h = case_hint(x.brin.v, "99AA");
      s.report(x.brin.pos,
               Text{"brin van ", "brin of "} + who +
                   Text{": '" + x.brin.v + "' is geen BRIN-nummer (2 cijfers en 2 hoofdletters, zoals 12AB)",
                        ": '" + x.brin.v + "' is not a BRIN number (2 digits and 2 capital letters, like 12AB)"},
               h.empty() ? Text{"neem het BRIN-nummer van de school over uit de DUO-registratie",
                                "copy the school's BRIN number from the DUO register"}
                         : h);
    }
  }
  if (x.vestiging.set) {
    if (!checks::has_shape(x.vestiging.v, "99AA99")) {
      Text h = case_hint(x.vestiging.v, "99AA99");
      s.report(x.vestiging.pos,
               Text{"vestiging van ", "vestiging of "} + who +
                   Text{": '" + x.vestiging.v + "' is geen vestigingsnummer (BRIN en 2 cijfers, zoals 12AB00)",
                        ": '" + x.vestiging.v + "' is not a branch number (BRIN and 2 digits, like 12AB00)"},
               h.empty() ? Text{"neem het vestigingsnummer over uit de DUO-registratie",
                                "copy the branch number from the DUO register"}
                         : h);
    } else if (brin_ok && x.vestiging.v.compare(0, 4, x.brin.v) != 0) {
      s.report(x.vestiging.pos,
               Text{"vestiging van ", "vestiging of "} + who +
                   Text{": " + x.vestiging.v + " hoort niet bij brin " + x.brin.v + " (het moet met " + x.brin.v + " beginnen)",
                        ": " + x.vestiging.v + " does not belong to brin " + x.brin.v + " (it must start with " + x.brin.v + ")"},
               {"controleer brin en vestiging: het vestigingsnummer is het BRIN-nummer gevolgd door 2 cijfers",
                "check brin and vestiging: the branch number is the BRIN number followed by 2 digits"});
    }
  }
  for (const Herkomst& h : x.herkomst.v)
    if (h.gemeente.set) gemeente_code(c, s, h.gemeente, Text{"herkomst van ", "herkomst of "} + who, {});
}

void check(const Context& c, Sink& s) {
  jeugdregio(c, s);
  const auto& partijen = c.region.partijen.v;
  for (size_t i = 0; i < partijen.size(); ++i) party(c, s, partijen[i], i);
  const auto& scholen = c.region.scholen.v;
  for (size_t i = 0; i < scholen.size(); ++i) school(c, s, scholen[i], i);
}

}  // namespace

extern const Rule D04 = {
    {"D04", "codes", Severity::fout,
     {"CBS-codes en BRIN-nummers kloppen; gemeentenamen volgen het CBS",
      "CBS codes and BRIN numbers are right; municipality names follow CBS"},
     sources::cbs,
     {"Gemeenten, jeugdregio's en zorgkantoorregio's hebben een vaste CBS-code (GM + 4 cijfers, JZ + 2 "
      "cijfers, ZK + 2 cijfers), scholen een BRIN-nummer (2 cijfers en 2 letters) met vestigingen daaronder. "
      "Met die codes telt de voortgangsrapportage welke gemeenten en scholen onder afspraken vallen; een "
      "verkeerde of verouderde code (na een gemeentelijke herindeling) laat een gemeente wegvallen of dubbel "
      "tellen. Een gemeentenaam die afwijkt van de CBS-naam wijst vaak op een verwisselde code.",
      "Municipalities, youth-care regions and care office regions have a fixed CBS code (GM + 4 digits, JZ + "
      "2 digits, ZK + 2 digits), schools a BRIN number (2 digits and 2 letters) with branches below it. The "
      "progress report uses these codes to count which municipalities and schools are covered; a wrong or "
      "outdated code (after a municipal merger) drops a municipality or counts it twice. A municipality name "
      "that differs from the CBS name often points to a swapped code."},
     {"Neem codes over uit de CBS-lijsten die zio meebrengt ('zio codes', gemeenten van het jaar van de peildatum) en BRIN- en "
      "vestigingsnummers uit de DUO-registratie; schrijf de naam van een gemeente zoals het CBS, eventueel "
      "met 'Gemeente' ervoor.",
      "Copy codes from the CBS lists zio carries ('zio codes', municipalities of the year of the peildatum) and BRIN and "
      "branch numbers from the DUO register; write a municipality's name as CBS does, optionally preceded by "
      "'Gemeente'."}},
    check};

}  // namespace zio::rules
