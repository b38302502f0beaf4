#pragma once
// The render stage's one document tree: Markdown (from a Mustache template)
// parsed by cmark-gfm with the GitHub table extension. Every writer (HTML,
// ODT, DOCX) walks this same tree with cmark's iterator.
//
// Node types the writers must handle (anything else is written as its
// plain text): document, heading (level 1-3), paragraph, text, softbreak
// (a space), linebreak, emph, strong, code, list (bullet/ordered, with
// start), item, block_quote, thematic_break, and the table extension's
// "table", "table_header" (the header row) and "table_row",
// "table_cell" (alignment from cmark_gfm_extensions_get_table_alignments
// on the table). Raw HTML never reaches the tree as markup: the template
// glue escapes every value, and html nodes are written as literal text.
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "model/text.h"

struct cmark_node;

namespace zio {

// A picture a document shows (the report's charts). Markdown refers to it
// as ![alt text](zio:NAME); the alt text is the image's text alternative.
struct Image {
  std::string svg;         // the picture itself (HTML inlines it; ODT embeds it)
  std::string png;         // a raster fallback (DOCX needs one beside the SVG)
  int width_px = 0;        // intrinsic size at 96 dpi
  int height_px = 0;
};

// What a writer needs besides the tree: title page data, footer, metadata.
struct DocMeta {
  std::string title;        // "Samenwerkingsovereenkomst Zorg in Onderwijstijd"
  std::string subtitle;     // the region's name
  std::string kind;         // "contract", "checklist" or "rapportage"
  Lang lang = Lang::nl;
  std::string date;         // ISO date the data describes (peildatum)
  std::string fingerprint;  // SHA-256 hex of the canonical data; empty: none
  // A redline (--sinds OLD): the fingerprint of OLD, whose contract the
  // marks compare against; empty for an ordinary document.
  std::string since_fingerprint;
  bool concept = false;     // 'CONCEPT' on every page (header) when true
  std::string generator;    // "zio 0.1.0"
  std::map<std::string, Image> images;  // by NAME of ![alt](zio:NAME)

  // The footer line every page carries: "Vingerafdruk gegevens: <hex>"
  // ("Data fingerprint: <hex>" in English); empty without a fingerprint.
  std::string footer_text() const;
  // "CONCEPT" (both languages) when concept, and for a redline "wijzigingen
  // ten opzichte van versie <since_fingerprint>" ("changes since version
  // <...>"); empty when neither.
  std::string header_text() const;
  // The header's halves alone: "CONCEPT" or empty; the redline's or empty.
  std::string concept_text() const;
  // (the redline's half:) empty without since_fingerprint.
  std::string since_text() const;
};

// Owns a cmark-gfm document tree.
class Tree {
 public:
  // Parses CommonMark + GitHub tables. Never fails: any text is Markdown.
  static Tree parse(std::string_view markdown);
  Tree(Tree&&) noexcept;
  Tree& operator=(Tree&&) noexcept;
  ~Tree();
  cmark_node* root() const { return root_; }
  // Removes a first level-1 heading whose text is `title`: templates start
  // with the title so their Markdown reads well, while the writers print
  // DocMeta's title block themselves.
  void drop_title(const std::string& title);

 private:
  explicit Tree(cmark_node* root) : root_(root) {}
  cmark_node* root_ = nullptr;
};

// The image of an image node ![alt](zio:NAME) when the document has it with
// an SVG and a size, and NAME is safe as a file name inside a zip
// ([A-Za-z0-9._-], not starting with '.'); nullptr otherwise, and the writer
// shows the alt text instead. `name`, when given, receives NAME.
const Image* find_image(cmark_node* node, const DocMeta& meta, std::string* name = nullptr);

// The type name of a node as cmark-gfm reports it ("heading", "table_row").
std::string node_type(cmark_node* node);
// All text below a node, inline markup removed (for headings in metadata,
// bookmarks and tests).
std::string plain_text(cmark_node* node);

// One writer per format. Each returns the whole file as bytes; none does
// I/O. Zip output (ODT, DOCX) is deterministic: fixed entry order and
// timestamps, so two renders of the same data are byte-identical.
// `styles` is the content of the user-replaceable styles file
// (templates/odt/styles.xml, templates/docx/styles.xml,
// templates/html/style.css).
std::string write_html(const Tree& tree, const DocMeta& meta, std::string_view css);
std::string write_odt(const Tree& tree, const DocMeta& meta, std::string_view styles_xml);
std::string write_docx(const Tree& tree, const DocMeta& meta, std::string_view styles_xml);

// Reads back the fingerprint a writer stored in a document's metadata
// (ODT meta.xml, DOCX docProps/custom.xml, HTML <meta>); empty when none.
std::string read_fingerprint_odt(std::string_view file);
std::string read_fingerprint_docx(std::string_view file);
std::string read_fingerprint_html(std::string_view file);

}  // namespace zio
