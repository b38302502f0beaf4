#pragma once
// The one walk over the document tree that every writer (HTML, ODT, DOCX)
// uses, with the image handling they share: cmark's iterator (no
// recursion, so deep nesting is safe), images of ![alt](zio:NAME) handed
// over whole, and the names of the table extension's nodes resolved once.
// Each writer keeps its own output code, as cmark's own writers do; what
// must agree between formats lives here and in table_layout.h.
#include <string>

#include "render/document.h"

struct cmark_node;

namespace zio {

class TreeVisitor {
 public:
  virtual ~TreeVisitor() = default;
  // A node is entered. Return false to skip its children; its leave() is
  // then not called either (a writer that wrote the node whole).
  virtual bool enter(cmark_node* node) = 0;
  virtual void leave(cmark_node* node) = 0;
  // An image node the document has a picture for (find_image) and the
  // writer shows(): written instead of enter/leave; its alt text (the
  // children) is not walked.
  virtual void image(cmark_node* node, const Image& image, const std::string& name) = 0;
  // Whether this writer can show `image` (DOCX needs its PNG); when not,
  // the image node is walked as plain text (its alt text).
  virtual bool shows(const Image&) const { return true; }
};

void walk(cmark_node* root, const DocMeta& meta, TreeVisitor& visitor);

// The image that walk() would hand to `visitor` for `node`, or nullptr.
const Image* shown_image(cmark_node* node, const DocMeta& meta, const TreeVisitor& visitor, std::string* name = nullptr);

// The table extension's nodes. cmark-gfm names the header row
// "table_header" and body rows "table_row"; both are rows here.
enum class TablePart { none, table, row, cell };
TablePart table_part(cmark_node* node);
bool is_header_row(cmark_node* row);
// A cell's column (0-based) within its row.
int column_of(cmark_node* cell);

// The section depth (1 = the document's top sections) of each heading:
// the smallest Markdown level used is depth 1, the next depth 2, and a
// heading never goes more than one deeper than the one before, so every
// format's outline starts at level 1 and skips none. The title is not a
// section: it is DocMeta's title (Title style, or h1 in HTML).
class HeadingDepths {
 public:
  explicit HeadingDepths(cmark_node* root);
  // Call for each heading in document order.
  int next(cmark_node* heading);

 private:
  int depth_for_level_[7] = {0, 1, 2, 3, 4, 5, 6};
  int last_ = 0;
};

}  // namespace zio
