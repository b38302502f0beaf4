#include "render/emit.h"

#include <algorithm>
#include <iostream>

#include "load/resources.h"
#include "render/pdf.h"
#include "util/atomic_file.h"

namespace zio {

Format format_of(const std::string& out) {
  if (out == "-") return Format::markdown;
  auto dot = out.find_last_of('.');
  if (dot == std::string::npos) return Format::unknown;
  std::string ext = out.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == "md" || ext == "markdown") return Format::markdown;
  if (ext == "html" || ext == "htm") return Format::html;
  if (ext == "odt") return Format::odt;
  if (ext == "docx") return Format::docx;
  if (ext == "pdf") return Format::pdf;
  return Format::unknown;
}

Text unknown_format_message(const std::string& out) {
  return Text{"onbekende uitvoersoort van '", "unknown output type of '"} + out +
         Text{"'; gebruik .md, .html, .odt, .docx of .pdf", "'; use .md, .html, .odt, .docx or .pdf"};
}

bool build_document(const std::string& markdown, const DocMeta& meta, Format format, std::string& bytes, Text& error) {
  if (format == Format::markdown) {
    bytes = markdown;
    return true;
  }
  Tree tree = Tree::parse(markdown);
  tree.drop_title(meta.title);
  switch (format) {
    case Format::html:
      bytes = write_html(tree, meta, resource("templates/html/style.css"));
      return true;
    case Format::odt:
      bytes = write_odt(tree, meta, resource("templates/odt/styles.xml"));
      return true;
    case Format::docx:
      bytes = write_docx(tree, meta, resource("templates/docx/styles.xml"));
      return true;
    case Format::pdf:
      return odt_to_pdf(write_odt(tree, meta, resource("templates/odt/styles.xml")), bytes, error);
    default:
      error = {"onbekende uitvoersoort; gebruik .md, .html, .odt, .docx of .pdf",
               "unknown output type; use .md, .html, .odt, .docx or .pdf"};
      return false;
  }
}

bool emit_document(const std::string& markdown, const DocMeta& meta, const std::string& out, Text& error) {
  Format format = format_of(out);
  if (format == Format::unknown) {
    error = unknown_format_message(out);
    return false;
  }
  std::string bytes;
  if (!build_document(markdown, meta, format, bytes, error)) return false;
  if (out == "-") {
    std::cout << bytes;
    std::cout.flush();
    if (!std::cout) {
      error = {"de uitvoer kan niet worden geschreven (schijf vol, of de ontvanger is gesloten)",
               "the output cannot be written (disk full, or the receiving end is closed)"};
      return false;
    }
    return true;
  }
  std::string err;
  if (!write_file_atomic(out, bytes, err)) {
    error = Text{"kan " + out + " niet schrijven: ", "cannot write " + out + ": "} + err;
    return false;
  }
  return true;
}

}  // namespace zio
