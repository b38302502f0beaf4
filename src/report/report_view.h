#pragma once
// The report's view: Summary (and, with --vorige, Comparison) -> Markdown
// through templates/report.{nl,en}.md.mustache, plus the charts as images
// for DocMeta. The template holds the sentences; this file decides what is
// present, in which words, and numbers the sections. Every value reaches the
// Markdown through markdown_escape (render/view.h), as in the contract.
//
// The report is a voortgangsrapportage in the style of the letters of VWS
// and OCW to the Tweede Kamer: numbered sections, headline figures as a
// table, charts each with a sentence that says the same, the national
// actions and moties ('Hiermee wordt de motie ... afgedaan'), and annexes
// so that nothing is dropped silently.
#include <string>
#include <vector>

#include "model/text.h"
#include "render/document.h"
#include "report/aggregate.h"

namespace zio {

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

struct ReportOptions {
  Lang lang = Lang::nl;
  // Which pictures of the charts to make: Markdown needs none (it names
  // them), HTML and ODT (and the PDF made from it) embed the SVG, DOCX needs
  // the PNG beside it. Rasterising is most of the time the view takes.
  enum class Images { none, svg, svg_and_png } images = Images::svg_and_png;
};

struct ReportDocument {
  std::string markdown;
  DocMeta meta;  // title, kind "rapportage", date, language, charts in images
};

// The report over `now`. With `cmp` (--vorige), cmp->now must be the same
// summary as `now`; the report then has a section on the changes. Throws
// std::runtime_error when a template is missing or malformed.
ReportDocument report_document(const Summary& now, const ReportDetails& details, const Comparison* cmp,
                               const ReportOptions& opt);

}  // namespace zio
