#pragma once
// The aggregation stage of `zio report DIR`: read a folder of region files
// (and landelijk.yaml), validate each, and compute every figure the progress
// summary for the Tweede Kamer shows (issue 4). Pure computation: no text,
// no rendering; templates, charts and writers build on Summary.
//
// Pipeline:  read_report_dir(DIR) -> ReportInput -> summarize() -> Summary
//            compare(then, now) -> Comparison        regions_csv() -> CSV
//
// Decisions the report's readers depend on (keep the report's wording in
// step with these):
//
// * Regions with fouten. A region file with at least one finding of severity
//   `fout` is an agreement that does not (yet) meet the statutory
//   requirements or whose data cannot be trusted. Summary::ok, the HEADLINE
//   figures, counts ONLY region files without fouten: status counts,
//   schools and pupils, participation of gemeenten / jeugdregio's /
//   zorgkantoorregio's, herkomst share, geschillenregeling, financing forms,
//   pgb exception, zorgaanbieders per school and EMB pupils. Summary::all
//   holds the same figures over every readable region file (with and without
//   fouten), so a report can say "ondertekend: 3 (+1 met fouten)" with
//   all - ok. Figures that are not counts (mean/max zorgaanbieders) are
//   shown from `ok`; `all` is there for completeness. The per-region table
//   (Summary::regions), the overlaps of schools, the range of peildata, the
//   outdated list and the report date are about the files as they are and
//   include regions with fouten (each row says whether it has fouten).
// * Schools counted once. A covered school (afspraken.scholen, or every
//   listed school when that key is absent) is identified by its vestiging
//   number; without one by its BRIN; without either by its normalised name
//   (lowercase, runs of spaces and ASCII punctuation as one space; marked
//   by_name). A BRIN-only entry and a vestiging entry of the same BRIN are
//   different schools (the spec's key). Within one figure set, a school
//   covered by several region files counts once; its clusters, pupils,
//   zorgaanbieders and herkomst come from the appearance in the file with
//   the LATEST peildatum (ties: the first file by name). Disagreements are
//   listed in Summary::overlaps, never averaged away.
// * Pupils of a school = its `leerlingen`; a school without it (or with a
//   negative number, a D07 fout) counts as a school but adds no pupils
//   (counted in *_pupils_unknown). Negative herkomst and EMB counts add 0.
//   Cluster 3 pupils and cluster 4 pupils: a school of both clusters counts
//   in both; cluster34_* counts it once.
// * Participation. Gemeenten: distinct codes of parties of soort gemeente
//   that are in the CBS list of the report date's year (of 342).
//   Jeugdregio's: the file's regio.jeugdregio when it is a known CBS code;
//   otherwise the jeugdregio's of the file's participating gemeenten (so a
//   local agreement without regio.jeugdregio still counts its region).
//   Zorgkantoorregio's: the codes of parties of soort zorgkantoor that are in
//   the CBS list (of 31).
// * Herkomst share: over the herkomst entries of covered schools, the pupils
//   whose home gemeente is the code of a gemeente party. Nationally, per
//   distinct school: its herkomst (from the chosen appearance) against the
//   gemeente parties of every counted region file covering that school.
// * Status: concept / ter_ondertekening / ondertekend, plus "geen" when the
//   file has no (valid) regio.status.
// * Financing forms: the spec's values in spec order, plus "geen" when the
//   agreement names none.
// * Geschillenregeling: vorm and instantie both filled (as rule W02).
//   Pgb exception: pgb.maatwerk_mogelijk is true.
// * Outdated: a valid peildatum more than six calendar months before the
//   report date (report 2026-06-30: 2025-12-30 is not outdated, 2025-12-29
//   is; the day is clamped to the month's end, 2026-08-31 -> 2026-02-28).
//   A file without a valid peildatum is not marked outdated (it has a fout).
// * Files. read_report_dir reads *.yaml and *.yml (any case) directly in
//   DIR, sorted by file name (bytes). The national file is landelijk.yaml /
//   landelijk.yml when that is a national file, else the first file with
//   `rapportage` (and no `regio`). Unreadable: a file that cannot be read or
//   parsed (D01), is not a block of keys, has neither `regio` nor
//   `rapportage`, or is a second national file. They are listed with their
//   reason and counted; nothing is dropped silently.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "load/loader.h"
#include "model/text.h"

namespace zio {

// ---- per file ----------------------------------------------------------------

// One covered school as one region file describes it.
struct SchoolFacts {
  std::string key;  // "V:12AB00", "B:12AB" or "N:de bodde" (see top)
  bool by_name = false;
  std::string id, naam, brin, vestiging;
  std::vector<int> clusters;   // sorted, distinct
  std::optional<long long> leerlingen;
  int zorgaanbieders = 0;      // distinct party ids
  std::vector<std::pair<std::string, long long>> herkomst;  // gemeente code, pupils
  bool has(int cluster) const;
  // Within one file a school counts once: a second entry with the same key
  // is left out (rule D05 reports duplicate ids, not duplicate BRINs).
  bool cluster34() const { return has(3) || has(4); }
};

// What the summary needs of one readable region file, but its schools.
struct RegionInfo {
  std::string naam, jeugdregio, status;  // as written ("" when absent)
  std::string peildatum;                 // ISO, "" when absent or not a valid date
  std::string jeugdhulp, wlz;            // vorm, nvt_key, or "" when absent
  bool geschillenregeling = false, pgb_uitzondering = false;
  long long emb_leerlingen = 0;
  std::vector<std::string> gemeente_codes;  // codes of gemeente parties (trimmed, distinct, sorted)
  std::vector<std::string> zorgkantoor_codes;
};

// Everything the summary needs of one readable region file; the model is
// dropped once this is filled.
struct RegionFacts : RegionInfo {
  std::vector<SchoolFacts> schools;  // covered schools, in file order
};

struct RegionFile {
  Document doc;  // path, kind, findings; text and model dropped
  RegionFacts facts;
};

struct ReportInput {
  std::vector<RegionFile> regions;  // readable region files, by file name
  std::optional<Document> national;   // landelijk.yaml (model kept, text dropped)
  std::vector<Document> unreadable;   // see top; text and model dropped
  // Region files with the same data (fingerprint) as an earlier one by
  // name: (the copy, the file it copies). Counted once, in `regions`.
  std::vector<std::pair<std::string, std::string>> duplicates;
};

// DIR itself cannot be listed (missing, not a directory, no permission).
struct ReportDirError : std::runtime_error {
  Text message;  // Dutch and English, for the CLI's --lang
  explicit ReportDirError(Text m) : std::runtime_error(m.nl), message(std::move(m)) {}
};

// Reads every *.yaml / *.yml in DIR (sorted by name, not recursive),
// validates each (validate_file, on all cores) and sorts them into regions /
// national / unreadable. Per file only the findings and the facts are kept
// (text and model are dropped in the worker), so memory stays small and the
// time linear in the number of files. Never throws for bad files; throws
// ReportDirError when DIR itself cannot be listed.
ReportInput read_report_dir(const std::string& dir);

// The same sorting for documents already validated (run_rules), in the
// order given. For callers that read files themselves, and for tests.
ReportInput collect_documents(std::vector<Document> docs);

// The facts of one region document (after run_rules). Exposed for tests.
RegionFacts region_facts(const Document& doc);

// Why an unreadable document is unreadable: the first D01 message, else the
// first D02 one, else a message of our own (no regio/rapportage, or a second
// national file). Position 0:0 when not known.
struct Reason {
  Text text;
  Pos pos;
};
Reason unreadable_reason(const Document& doc, const std::optional<Document>& national);

// The national peildatum when valid, else the latest regional one, else "".
std::string default_report_date(const ReportInput& in);

// ---- the summary --------------------------------------------------------------

struct Count {
  std::string key;  // a value of the spec ("ondertekend"), or "geen"
  int n = 0;
};

// One row of the table per region (every readable region file).
struct RegionRow {
  std::string file;  // file name, "hart-van-brabant.yaml"
  std::string path;  // as read, "dir/hart-van-brabant.yaml"
  RegionInfo facts;  // naam, jeugdregio, status, peildatum, forms, ... (the
                     // schools stay in ReportInput: a Summary stays small)
  bool outdated = false;
  int schools = 0;              // covered schools (any cluster)
  int cluster34_schools = 0;    // covered schools of cluster 3 or 4
  long long cluster34_pupils = 0;
  int gemeenten = 0;            // gemeente parties in the CBS list
  // The codes this file adds to the participation figures (see top):
  // jeugdregio's as written or derived from the gemeenten, zorgkantoorregio's.
  std::vector<std::string> jeugdregios, zorgkantoorregios;
  long long herkomst_pupils = 0, herkomst_party_pupils = 0;
  double zorgaanbieders_mean = 0;  // over covered schools; 0 when none
  int zorgaanbieders_max = 0;
  int fouten = 0, waarschuwingen = 0, info = 0;
  bool has_fouten() const { return fouten > 0; }
};

// The headline figures over one set of region files (see the top for which).
struct Figures {
  int regions = 0;
  std::vector<Count> status;  // concept, ter_ondertekening, ondertekend, geen
  int schools = 0;            // distinct covered schools, any cluster
  int schools_by_name = 0;    // of those, identified by name (no BRIN)
  int cluster3_schools = 0, cluster4_schools = 0, cluster34_schools = 0;
  long long cluster3_pupils = 0, cluster4_pupils = 0, cluster34_pupils = 0;
  int cluster34_pupils_unknown = 0;  // cluster 3/4 schools without leerlingen
  std::vector<std::string> gemeenten, jeugdregios, zorgkantoorregios;  // codes, sorted
  int gemeenten_total = 342, jeugdregios_total = 42, zorgkantoorregios_total = 31;  // CBS
  long long herkomst_pupils = 0, herkomst_party_pupils = 0;
  int geschillenregeling = 0;
  std::vector<Count> jeugdhulp;  // vrij_toegankelijk, collectief_ingekocht, individueel, geen
  std::vector<Count> wlz;        // collectief_natura, individueel_natura, geen
  int pgb_uitzondering = 0;
  double zorgaanbieders_mean = 0;  // per distinct covered school; 0 when none
  int zorgaanbieders_max = 0;
  long long emb_leerlingen = 0;

  int status_count(const std::string& key) const;
  int jeugdhulp_count(const std::string& key) const;
  int wlz_count(const std::string& key) const;
  // herkomst_party_pupils / herkomst_pupils, 0 when there is no herkomst.
  double herkomst_share() const;
};

// The key counted for a law's part declared niet_van_toepassing.
inline constexpr const char* nvt_key = "niet_van_toepassing";

// One appearance of a school in a region file.
struct SchoolAppearance {
  std::string file, region;  // file name, regio.naam
  bool region_has_fouten = false;
  std::string id, naam;
  std::vector<int> clusters;
  std::optional<long long> leerlingen;
};

// A school covered by more than one region file.
struct SchoolOverlap {
  std::string key;  // as SchoolFacts::key
  bool by_name = false;
  std::string naam, brin, vestiging;  // of the first appearance
  std::vector<SchoolAppearance> in;   // in file order, one per file
  bool clusters_differ = false, leerlingen_differ = false;
};

struct NationalAction {
  long long nummer = 0;
  std::string titel, status, toelichting;
};
struct NationalMotion {
  std::string kamerstuk;
  std::vector<std::string> indieners;
  std::string onderwerp, status, toelichting;
};
struct NationalPart {
  std::string file, titel, kenmerk, peildatum;
  int fouten = 0, waarschuwingen = 0;
  std::vector<NationalAction> acties;  // in file order
  std::vector<NationalMotion> moties;
  std::vector<Count> acties_status;    // gepland, in_uitvoering, afgerond, vertraagd, gestopt
  std::vector<Count> moties_status;    // afgedaan, in_behandeling
};

struct UnreadableFile {
  std::string file, path;
  Text reason;
  Pos pos;
};

struct Summary {
  std::string report_date;               // ISO; "" when no date was known
  std::string peildatum_min, peildatum_max;  // over region files, "" when none
  std::vector<RegionRow> regions;        // every readable region file, by file name
  Figures ok;   // HEADLINE: region files without fouten
  Figures all;  // every readable region file; all - ok = "met fouten"
  int regions_with_fouten = 0;
  std::vector<std::string> outdated;     // file names, in order
  std::vector<SchoolOverlap> overlaps;   // in order of first appearance (file, then school)
  std::optional<NationalPart> national;
  std::vector<UnreadableFile> unreadable;  // in file order
  int files = 0;  // every file read: regions + national + unreadable
};

// Computes the summary at `report_date` (ISO; "" = default_report_date(in)).
// Throws std::invalid_argument when report_date is neither "" nor a valid date.
Summary summarize(const ReportInput& in, const std::string& report_date = "");

// --vorige: the figures then and now, and the regions whose status changed.
struct StatusChange {
  enum class Kind { changed, added, removed };
  Kind kind = Kind::changed;
  std::string region;                   // regio.naam (file name when absent)
  std::string file_then, file_now;      // *_then "" for added, *_now "" for removed
  std::string status_then, status_now;  // as written; "" also when the file has none
  bool fouten_then = false, fouten_now = false;
};
struct Comparison {
  Summary then, now;
  // Regions matched by regio.naam (case and spacing ignored; same file name
  // first when a name occurs twice). `changed` when the status or having
  // fouten differs. Order: changed and added in the order of now.regions,
  // then removed in the order of then.regions.
  std::vector<StatusChange> moved;
};
Comparison compare(const Summary& then, const Summary& now);

// What the Summary does not carry but the report shows; computed from the
// same ReportInput the Summary came from.
struct ReportDetails {
  // Cluster 3/4 schools, counted once, by the furthest status of the
  // agreements without fouten that cover them (concept < ter_ondertekening <
  // ondertekend; "geen" when none of them has a valid status), and under
  // key "fouten" the schools covered only by agreements with fouten. A
  // school's clusters and pupils come from the appearance with the latest
  // peildatum, as in aggregate.h, so the counts add up to Figures::ok.
  struct Coverage {
    std::string key;  // concept, ter_ondertekening, ondertekend, geen, fouten
    int schools = 0;
    long long pupils = 0;
  };
  std::vector<Coverage> coverage;  // in the order above

  // The fouten of each region file with fouten, for the annex.
  struct Fout {
    std::string rule;  // "W02"
    Pos pos;
    Text message;
  };
  struct RegionFouten {
    std::string file, region;
    std::vector<Fout> fouten;
  };
  std::vector<RegionFouten> fouten;  // in file order
};

ReportDetails report_details(const ReportInput& in, const Summary& s);

}  // namespace zio
