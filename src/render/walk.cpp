#include "render/walk.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <string_view>

namespace zio {

const Image* shown_image(cmark_node* n, const DocMeta& meta, const TreeVisitor& v, std::string* name) {
  const Image* img = find_image(n, meta, name);
  return img && v.shows(*img) ? img : nullptr;
}

void walk(cmark_node* root, const DocMeta& meta, TreeVisitor& v) {
  if (!root) return;
  std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> it(cmark_iter_new(root), cmark_iter_free);
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it.get());
    if (ev == CMARK_EVENT_EXIT) {
      v.leave(n);
      continue;
    }
    if (ev != CMARK_EVENT_ENTER) continue;
    std::string name;
    if (const Image* img = shown_image(n, meta, v, &name)) {
      v.image(n, *img, name);
      cmark_iter_reset(it.get(), n, CMARK_EVENT_EXIT);  // its exit is skipped too
      continue;
    }
    // false: skip the children and the exit (a leaf has no exit event, and
    // resetting it to one changes nothing).
    if (!v.enter(n)) cmark_iter_reset(it.get(), n, CMARK_EVENT_EXIT);
  }
}

TablePart table_part(cmark_node* n) {
  const char* t = cmark_node_get_type_string(n);
  if (!t) return TablePart::none;
  const std::string_view s(t);
  if (s == "table") return TablePart::table;
  if (s == "table_row" || s == "table_header") return TablePart::row;
  if (s == "table_cell") return TablePart::cell;
  return TablePart::none;
}

bool is_header_row(cmark_node* row) {
  const char* t = cmark_node_get_type_string(row);
  return (t && std::string_view(t) == "table_header") || cmark_gfm_extensions_get_table_row_is_header(row) != 0;
}

int column_of(cmark_node* cell) {
  int col = 0;
  for (cmark_node* p = cmark_node_previous(cell); p; p = cmark_node_previous(p)) ++col;
  return col;
}

HeadingDepths::HeadingDepths(cmark_node* root) {
  bool used[7] = {};
  if (root) {
    std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> it(cmark_iter_new(root), cmark_iter_free);
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
      cmark_node* n = cmark_iter_get_node(it.get());
      if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING)
        used[std::clamp(cmark_node_get_heading_level(n), 1, 6)] = true;
    }
  }
  int next = 1;
  for (int level = 1; level <= 6; ++level)
    if (used[level]) depth_for_level_[level] = std::min(next++, 6);
}

int HeadingDepths::next(cmark_node* heading) {
  const int md = std::clamp(cmark_node_get_heading_level(heading), 1, 6);
  last_ = std::min({depth_for_level_[md], last_ + 1, 6});
  return last_;
}

}  // namespace zio
