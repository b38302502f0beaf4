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
