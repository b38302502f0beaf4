// D06 datums: dates are real calendar dates, the term starts before it ends,
// and the EMB school year is two consecutive years.
#include <string>

#include "rules/checks.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Why a date of the right shape is not a real day (the year range is
// handled apart, in date()).
Text reason(const Date& d) {
  static const char* nl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                             "juli",    "augustus", "september", "oktober", "november", "december"};
  static const char* en[] = {"January", "February", "March",     "April",   "May",      "June",
                             "July",    "August",   "September", "October", "November", "December"};
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.m < 1 || d.m > 12) return Text{"er is geen maand ", "there is no month "} + std::to_string(d.m);
  if (d.d < 1) return {"er is geen dag 0", "there is no day 0"};
  int max = days[d.m - 1] + (d.m == 2 && leap(d.y) ? 1 : 0);
  std::string y = std::to_string(d.y), n = std::to_string(max);
  return {std::string(nl[d.m - 1]) + " " + y + " heeft " + n + " dagen", std::string(en[d.m - 1]) + " " + y + " has " + n + " days"};
}

void date(Sink& s, const DateVal& d, const Text& where) {
  if (!d.set || d->valid()) return;
  if (d->y < 1900 || d->y > 2200) {
    s.report(d.pos,
             where + Text{": '" + d->text + "' heeft een onwaarschijnlijk jaar (zio aanvaardt 1900 tot en met 2200)",
                          ": '" + d->text + "' has an unlikely year (zio accepts 1900 to 2200)"},
             {"controleer het jaartal op een tikfout", "check the year for a typo"});
    return;
  }
  s.report(d.pos, where + Text{": '" + d->text + "' is geen bestaande datum (", ": '" + d->text + "' is not a real date ("} +
                      reason(d.v) + ")",
           {"schrijf een bestaande datum als JJJJ-MM-DD", "write a real date as YYYY-MM-DD"});
}

Text at(const char* path) { return {path, path}; }

void check(const Context& c, Sink& s) {
  const Region& r = c.region;
  date(s, r.regio.peildatum, at("regio.peildatum"));
  const auto& partijen = r.partijen.v;
  for (size_t i = 0; i < partijen.size(); ++i)
    date(s, partijen[i].ondertekenaar.datum, Text{"ondertekenaar.datum van ", "ondertekenaar.datum of "} +
                                                  checks::party_label(partijen[i], i));
  const Afspraken& a = r.afspraken;
  date(s, a.looptijd.ingang, at("afspraken.looptijd.ingang"));
  date(s, a.looptijd.einde, at("afspraken.looptijd.einde"));
  date(s, a.evaluatie.datum, at("afspraken.evaluatie.datum"));

  const DateVal &in = a.looptijd.ingang, &uit = a.looptijd.einde;
  if (in.set && uit.set && in->valid() && uit->valid() && !(in.v < uit.v))
    s.report(uit.pos,
             {"afspraken.looptijd: het einde (" + uit->iso() + ") ligt niet na de ingang (" + in->iso() + ")",
              "afspraken.looptijd: the end (" + uit->iso() + ") is not after the start (" + in->iso() + ")"},
             {"controleer ingang en einde; zijn ze misschien verwisseld?", "check ingang and einde; were they swapped?"});

  const Str& jaar = a.emb.schooljaar;
  if (jaar.set) {
    bool ok = checks::has_shape(jaar.v, "9999-9999") && std::stoi(jaar.v.substr(5, 4)) == std::stoi(jaar.v.substr(0, 4)) + 1;
    if (!ok)
      s.report(jaar.pos,
               {"afspraken.emb.schooljaar: '" + jaar.v + "' is geen schooljaar (twee opeenvolgende jaren als JJJJ-JJJJ)",
                "afspraken.emb.schooljaar: '" + jaar.v + "' is not a school year (two consecutive years as YYYY-YYYY)"},
               {"schrijf het schooljaar als bijvoorbeeld 2025-2026", "write the school year as, for example, 2025-2026"});
  }
}

void check_national(const Context& c, Sink& s) { date(s, c.national.rapportage.peildatum, at("rapportage.peildatum")); }

}  // namespace

extern const Rule D06 = {
    {"D06", "datums", Severity::fout,
     {"Datums bestaan en de looptijd begint vóór het einde", "Dates exist and the term starts before it ends"},
     sources::format,
     {"Datums bepalen wanneer afspraken gelden, wanneer ze worden geëvalueerd en welke CBS-lijst van "
      "gemeenten geldt. Een datum die niet bestaat (2026-02-30) of een looptijd die eindigt voordat hij begint, "
      "maakt het contract op dat punt onuitvoerbaar. Hetzelfde geldt voor een EMB-schooljaar dat geen "
      "schooljaar is.",
      "Dates decide when arrangements apply, when they are evaluated and which CBS list of municipalities "
      "holds. A date that does not exist (2026-02-30) or a term that ends before it starts makes the contract "
      "unworkable on that point. The same goes for an EMB school year that is not a school year."},
     {"Schrijf datums als JJJJ-MM-DD met een bestaande dag, laat de looptijd eindigen na de ingang, en schrijf "
      "een schooljaar als twee opeenvolgende jaren (2025-2026).",
      "Write dates as YYYY-MM-DD with a real day, let the term end after it starts, and write a school year "
      "as two consecutive years (2025-2026)."}},
    check, check_national};

}  // namespace zio::rules
