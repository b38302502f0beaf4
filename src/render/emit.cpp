#include "render/emit.h"

#include <cmark-gfm.h>

#include <cstdlib>
#include <iostream>

#include "load/resources.h"
#include "render/pdf.h"
#include "util/atomic_file.h"

namespace zio {

Format format_of(const std::string& out) {
  if (out == "-") return Format::markdown;
  auto dot = out.find_last_of('.');
  auto slash = out.find_last_of('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return Format::unknown;
  return format_of_extension(out.substr(dot + 1));
}

Text unknown_format_message(const std::string& out) {
  return Text{"onbekende uitvoersoort van '", "unknown output type of '"} + out +
         Text{"'; gebruik " + extension_list(Lang::nl), "'; use " + extension_list(Lang::en)};
}

namespace {
// The format's entry, or null with the message for a format zio lacks.
const FormatInfo* known_format(Format format, Text& error) {
  const FormatInfo* info = format_info(format);
  if (!info)
    error = Text{"onbekende uitvoersoort; gebruik " + extension_list(Lang::nl),
                 "unknown output type; use " + extension_list(Lang::en)};
  return info;
}
}  // namespace

bool build_document(const std::string& markdown, const DocMeta& meta, Format format, std::string& bytes, Text& error) {
  if (!known_format(format, error)) return false;
  if (format == Format::markdown) {
    bytes = markdown;
    return true;
  }
  Tree tree = Tree::parse(markdown);
  tree.drop_title(meta.title);
  return build_tree_document(tree, meta, format, bytes, error);
}

bool build_tree_document(const Tree& tree, const DocMeta& meta, Format format, std::string& bytes, Text& error) {
  const FormatInfo* info = known_format(format, error);
  if (!info) return false;
  if (format == Format::markdown) {
    char* md = cmark_render_commonmark(tree.root(), CMARK_OPT_DEFAULT, 0);
    bytes = md ? md : "";
    free(md);
    return true;
  }
  const FormatInfo* writer = info->made_from != Format::unknown ? format_info(info->made_from) : info;
  std::string written = writer->write(tree, meta, writer->styles ? resource(writer->styles) : std::string());
  if (format == Format::pdf) return odt_to_pdf(written, bytes, error);
  bytes = std::move(written);
  return true;
}

bool overwrites_input(const std::string& out, const std::string& in, Text& why) {
  if (out == "-" || !same_file(out, in)) return false;
  why = Text{"'" + out + "' is het invoerbestand '" + in + "'; kies een ander doelbestand, anders gaan de gegevens verloren",
             "'" + out + "' is the input file '" + in + "'; choose another output file, or the data would be lost"};
  return true;
}

bool write_output(const std::string& out, const std::string& bytes, Text& error) {
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

bool emit_document(const std::string& markdown, const DocMeta& meta, const std::string& out, Text& error) {
  Format format = format_of(out);
  if (format == Format::unknown) {
    error = unknown_format_message(out);
    return false;
  }
  std::string bytes;
  if (!build_document(markdown, meta, format, bytes, error)) return false;
  return write_output(out, bytes, error);
}

}  // namespace zio
