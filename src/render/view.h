#pragma once
// The view stage: a validated region Document -> Markdown, through the
// Mustache templates in templates/ (contract.*.md.mustache,
// checklist.*.md.mustache). The view builds the template data from the
// model; the templates hold every sentence. The Markdown is then parsed into
// a Tree (document.h) and written as HTML, ODT or DOCX.
//
// Safety: every value reaches the Markdown through markdown_escape
// (markdown_escape.h, the templates' custom Mustache escape); the
// templates never use {{{x}}}. So no text from a region file can become markup (HTML, emphasis, links, table
// cells, headings, list items).
#include <string>

#include "load/loader.h"
#include "model/text.h"

namespace zio {

struct RenderOptions {
  Lang lang = Lang::nl;
  // A draft: a value the contract needs but the file lacks is shown as a
  // visible "[nog in te vullen: ...]" marker (else the sentence or article is
  // left out), and an annex lists every finding of the document.
  bool concept = false;
};

// The samenwerkingsovereenkomst as Markdown (CommonMark + GitHub tables).
// `doc` is a region Document after run_rules(). Articles are numbered without
// gaps: an article the data does not fill is left out (or, with
// opt.concept, kept with markers). Throws std::invalid_argument when `doc` is
// not a readable region file (fatal, or a national file), and
// std::runtime_error when a template is missing or malformed.
std::string contract_markdown(const Document& doc, const RenderOptions& opt);

// The leidraad checklist as Markdown: the points of the NJi Leidraad and the
// 2026 letter, grouped (Partijen, Reikwijdte, Financiering per wet, Pgb,
// Ouders, Geschillen, Looptijd, Gegevens), each with the rule it maps to, its
// status, source and, when open, the findings' messages and fix hints.
// Status comes only from doc->findings: a finding of the rule => open; none
// => gedaan; n.v.t. where the data shows the rule cannot apply.
// `blank`: the same points with an empty status column, for a region
// starting out; `doc` may then be null (a non-null doc only supplies the
// region's name). Throws like contract_markdown for an unusable doc.
std::string checklist_markdown(const Document* doc, const RenderOptions& opt, bool blank);

}  // namespace zio
