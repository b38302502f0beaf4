#pragma once
// The one table of output formats: what each is called, its extensions,
// its writer, where its user-replaceable styles live, which pictures it
// needs, and how its fingerprint is read back. `render`, `verify`, `report`
// and the help text all read this table, so a new format is one entry here
// plus its writer (docs/ARCHITECTURE.md, "Add an output format").
#include <string>
#include <string_view>
#include <vector>

#include "model/text.h"
#include "render/document.h"

namespace zio {

enum class Format { markdown, html, odt, docx, pdf, unknown };

struct FormatInfo {
  Format format;
  const char* name;                     // "odt": the name --to and the help use
  std::vector<const char*> extensions;  // without the dot; the first is the one files get
  // The resource of the styles the writer embeds (templates/odt/styles.xml),
  // replaceable with --templates; nullptr when the format has none.
  const char* styles;
  // Which pictures of a chart the writer needs: the SVG (HTML inlines it,
  // ODT embeds it), the PNG too (DOCX shows it beside the SVG), or none
  // (Markdown names the pictures).
  bool needs_svg;
  bool needs_png;
  // The writer; nullptr for Markdown (the bytes are the Markdown) and for
  // a format made from another's output (`made_from`).
  std::string (*write)(const Tree& tree, const DocMeta& meta, std::string_view styles);
  // PDF is LibreOffice's export of the ODT: made_from is Format::odt.
  Format made_from;
  // Reads the fingerprint the writer stored; nullptr when the format stores none.
  std::string (*read_fingerprint)(std::string_view file);
};

// Every format, in the order the help lists them.
const std::vector<FormatInfo>& output_formats();
// The entry of `f`; nullptr for Format::unknown.
const FormatInfo* format_info(Format f);
// The format of an extension ("ODT", ".odt", "htm"); Format::unknown when none.
Format format_of_extension(std::string ext);
// ".md, .html, .odt, .docx of .pdf" / "... or .pdf".
std::string extension_list(Lang lang);
// "md, html, odt, docx en pdf" / "... and pdf": the names for --to.
std::string format_name_list(Lang lang);

}  // namespace zio
