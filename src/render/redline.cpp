#include "render/redline.h"

#include <cmark-gfm.h>
#include <dtl/dtl.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace zio {

namespace {

const char kInserted = 'i', kDeleted = 'd';  // their addresses are the marks

void set_mark(cmark_node* n, Mark m) {
  cmark_node_set_user_data(n, m == Mark::none ? nullptr : const_cast<char*>(m == Mark::inserted ? &kInserted : &kDeleted));
}

bool is_leaf_inline(cmark_node* n) {
  cmark_node_type t = cmark_node_get_type(n);
  return t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_LINEBREAK || t == CMARK_NODE_SOFTBREAK ||
         t == CMARK_NODE_HTML_INLINE;
}

std::vector<cmark_node*> children(cmark_node* n) {
  std::vector<cmark_node*> out;
  for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) out.push_back(c);
  return out;
}

bool is(cmark_node* n, const char* type) { return node_type(n) == type; }

bool is_row(cmark_node* n) { return is(n, "table_row") || is(n, "table_header"); }

// Blocks whose children are inline content: the unit of a word diff.
bool holds_inlines(cmark_node* n) {
  cmark_node_type t = cmark_node_get_type(n);
  return t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING || is(n, "table_cell");
}

// Containers of blocks (or of rows, for a table), compared child by child.
bool holds_blocks(cmark_node* n) {
  cmark_node_type t = cmark_node_get_type(n);
  return t == CMARK_NODE_DOCUMENT || t == CMARK_NODE_LIST || t == CMARK_NODE_ITEM || t == CMARK_NODE_BLOCK_QUOTE ||
         is(n, "table");
}

// What makes two blocks "the same" at block level: their kind and all
// their text. Equal keys are common; anything else is a change.
std::string block_key(cmark_node* n) {
  std::string key = node_type(n);
  if (cmark_node_get_type(n) == CMARK_NODE_HEADING) key += std::to_string(cmark_node_get_heading_level(n));
  if (cmark_node_get_type(n) == CMARK_NODE_LIST) key += std::to_string(cmark_node_get_list_type(n));
  key += '\x1f';
  // Inline formatting counts too: **a** and a are different text.
  cmark_iter* it = cmark_iter_new(n);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* c = cmark_iter_get_node(it);
    if (c == n) continue;
    key += ev == CMARK_EVENT_ENTER ? '<' : '>';
    key += node_type(c);
    if (ev == CMARK_EVENT_ENTER)
      if (const char* lit = cmark_node_get_literal(c)) key += lit;
  }
  cmark_iter_free(it);
  return key;
}

// One word, one space or one unbreakable piece of a paragraph, with the
// formatting around it ("S" strong, "E" emph, outermost first).
struct Atom {
  enum Kind { text, code, linebreak } kind = text;
  std::string value;
  std::string style;
  std::string key() const { return style + '\x1f' + static_cast<char>('0' + kind) + value; }
};

void flatten(cmark_node* n, const std::string& style, std::vector<Atom>& out) {
  for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
    switch (cmark_node_get_type(c)) {
      case CMARK_NODE_TEXT: {
        // Words, runs of spaces and punctuation are separate atoms, so
        // "Tilburg" and "Tilburg," share their word.
        std::string s = cmark_node_get_literal(c) ? cmark_node_get_literal(c) : "";
        auto kind_of = [](unsigned char ch) { return ch == ' ' ? 0 : std::strchr(",.;:!?()\"'", ch) && ch ? 1 : 2; };
        size_t i = 0;
        while (i < s.size()) {
          int k = kind_of(static_cast<unsigned char>(s[i]));
          size_t j = i + 1;
          if (k != 1)
            while (j < s.size() && kind_of(static_cast<unsigned char>(s[j])) == k) ++j;
          out.push_back({Atom::text, k == 0 ? std::string(" ") : s.substr(i, j - i), style});
          i = j;
        }
        break;
      }
      case CMARK_NODE_SOFTBREAK: out.push_back({Atom::text, " ", style}); break;
      case CMARK_NODE_LINEBREAK: out.push_back({Atom::linebreak, "", style}); break;
      case CMARK_NODE_CODE:
        out.push_back({Atom::code, cmark_node_get_literal(c) ? cmark_node_get_literal(c) : "", style});
        break;
      case CMARK_NODE_STRONG: flatten(c, style + "S", out); break;
      case CMARK_NODE_EMPH: flatten(c, style + "E", out); break;
      default: out.push_back({Atom::text, plain_text(c), style}); break;
    }
  }
}

// Rebuilds the inline content of `block` from marked atoms: runs of atoms
// with the same mark and style become one text node inside their
// formatting; the text carries the mark.
void rebuild(cmark_node* block, const std::vector<std::pair<Atom, Mark>>& atoms) {
  for (cmark_node* c : children(block)) {
    cmark_node_unlink(c);
    cmark_node_free(c);
  }
  size_t i = 0;
  while (i < atoms.size()) {
    // One run of a style: its formatting once, its marked pieces inside.
    const std::string& style = atoms[i].first.style;
    size_t end = i;
    while (end < atoms.size() && atoms[end].first.style == style) ++end;
    cmark_node* inner = block;
    cmark_node* outer = nullptr;
    for (char f : style) {
      cmark_node* n = cmark_node_new(f == 'S' ? CMARK_NODE_STRONG : CMARK_NODE_EMPH);
      if (outer) cmark_node_append_child(inner, n);
      else outer = n;
      inner = n;
    }
    if (!outer) inner = block;
    while (i < end) {
      const auto& [first, mark] = atoms[i];
      cmark_node* leaf;
      if (first.kind != Atom::text) {  // a code span or a line break: one atom alone
        leaf = cmark_node_new(first.kind == Atom::code ? CMARK_NODE_CODE : CMARK_NODE_LINEBREAK);
        if (first.kind == Atom::code) cmark_node_set_literal(leaf, first.value.c_str());
        ++i;
      } else {
        std::string text;
        while (i < end && atoms[i].second == mark && atoms[i].first.kind == Atom::text) text += atoms[i++].first.value;
        leaf = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(leaf, text.c_str());
      }
      set_mark(leaf, mark);
      cmark_node_append_child(inner, leaf);
    }
    if (outer) cmark_node_append_child(block, outer);
  }
}

class Redliner {
 public:
  int changes = 0;

  // Marks every change between the children of `then_parent` and those of
  // `now_parent`; what only `then` has moves into `now_parent`.
  void blocks(cmark_node* then_parent, cmark_node* now_parent) {
    std::vector<cmark_node*> a = children(then_parent), b = children(now_parent);
    std::vector<std::string> ka, kb;
    for (cmark_node* n : a) ka.push_back(block_key(n));
    for (cmark_node* n : b) kb.push_back(block_key(n));
    dtl::Diff<std::string, std::vector<std::string>> diff(ka, kb);
    diff.compose();
    cmark_node* cursor = nullptr;  // the last node of now_parent placed so far
    std::vector<cmark_node*> dels, adds;
    auto flush = [&] {
      // A run of changes: pair a removed and an added block of the same
      // kind in order (a changed paragraph, a changed row) and compare
      // inside; the rest are removed or added whole.
      size_t k = 0;
      for (cmark_node* d : dels) {
        size_t p = k;
        while (p < adds.size() && !pairable(d, adds[p])) ++p;
        if (p == adds.size()) {  // nothing like it in NEW: removed, shown before what was added here
          cmark_node_unlink(d);
          place_after(cursor, d, now_parent);
          whole(d, Mark::deleted);
          cursor = d;
          continue;
        }
        for (; k < p; ++k) {  // added before the pair's place
          whole(adds[k], Mark::inserted);
          cursor = adds[k];
        }
        inside(d, adds[k]);
        cursor = adds[k++];
      }
      for (; k < adds.size(); ++k) {
        whole(adds[k], Mark::inserted);
        cursor = adds[k];
      }
      dels.clear();
      adds.clear();
    };
    for (const auto& [key, info] : diff.getSes().getSequence()) {
      if (info.type == dtl::SES_COMMON) {
        flush();
        cursor = b[static_cast<size_t>(info.afterIdx - 1)];
      } else if (info.type == dtl::SES_DELETE) {
        dels.push_back(a[static_cast<size_t>(info.beforeIdx - 1)]);
      } else {
        adds.push_back(b[static_cast<size_t>(info.afterIdx - 1)]);
      }
    }
    flush();
  }

 private:
  // `n` placed right after `cursor` in `parent` (first when no cursor). A
  // node already there stays.
  static void place_after(cmark_node* cursor, cmark_node* n, cmark_node* parent) {
    if (cursor ? cmark_node_next(cursor) == n : cmark_node_first_child(parent) == n) return;
    if (cmark_node_parent(n)) cmark_node_unlink(n);
    if (cursor)
      cmark_node_insert_after(cursor, n);
    else if (cmark_node* first = cmark_node_first_child(parent))
      cmark_node_insert_before(first, n);
    else
      cmark_node_append_child(parent, n);
  }

  static bool pairable(cmark_node* a, cmark_node* b) {
    if (cmark_node_get_type(a) != cmark_node_get_type(b) || node_type(a) != node_type(b)) return false;
    if (cmark_node_get_type(a) == CMARK_NODE_HEADING &&
        cmark_node_get_heading_level(a) != cmark_node_get_heading_level(b))
      return false;
    if (is_row(a) && children(a).size() != children(b).size()) return false;
    if (is(a, "table")) return !children(a).empty() && !children(b).empty() &&
                               children(cmark_node_first_child(a)).size() == children(cmark_node_first_child(b)).size();
    if (holds_inlines(a) || is_row(a)) {
      // Rewritten beyond recognition is a removal and an addition, which
      // reads better than a word soup: pair when a third of the words stay.
      std::vector<Atom> x, y;
      flatten(a, "", x);
      flatten(b, "", y);
      std::vector<std::string> kx, ky;
      for (const Atom& t : x) if (t.value != " ") kx.push_back(t.key());
      for (const Atom& t : y) if (t.value != " ") ky.push_back(t.key());
      dtl::Diff<std::string, std::vector<std::string>> d(kx, ky);
      d.onOnlyEditDistance();
      d.compose();
      // Edit distance = removed + added words, so the words kept are:
      size_t common = (kx.size() + ky.size() - static_cast<size_t>(d.getEditDistance())) / 2;
      size_t longest = std::max(kx.size(), ky.size());
      return longest == 0 || common * 3 >= longest;
    }
    return holds_blocks(a) || is_row(a);
  }

  // A pair of blocks of one kind: compare what is inside.
  void inside(cmark_node* then_node, cmark_node* now_node) {
    if (holds_inlines(now_node)) {
      words(then_node, now_node);
    } else if (is_row(now_node)) {
      std::vector<cmark_node*> a = children(then_node), b = children(now_node);
      for (size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (block_key(a[i]) != block_key(b[i])) words(a[i], b[i]);
    } else {
      blocks(then_node, now_node);
    }
  }

  void words(cmark_node* then_block, cmark_node* now_block) {
    std::vector<Atom> x, y;
    flatten(then_block, "", x);
    flatten(now_block, "", y);
    std::vector<std::string> kx, ky;
    for (const Atom& t : x) kx.push_back(t.key());
    for (const Atom& t : y) ky.push_back(t.key());
    dtl::Diff<std::string, std::vector<std::string>> d(kx, ky);
    d.compose();
    // Within a run of changes, what was removed comes before what was added.
    std::vector<std::pair<Atom, Mark>> merged, removed, added;
    auto flush = [&] {
      if (!removed.empty()) ++changes;
      if (!added.empty()) ++changes;
      merged.insert(merged.end(), removed.begin(), removed.end());
      merged.insert(merged.end(), added.begin(), added.end());
      removed.clear();
      added.clear();
    };
    for (const auto& [key, info] : d.getSes().getSequence()) {
      if (info.type == dtl::SES_COMMON) {
        flush();
        merged.push_back({y[static_cast<size_t>(info.afterIdx - 1)], Mark::none});
      } else if (info.type == dtl::SES_DELETE) {
        removed.push_back({x[static_cast<size_t>(info.beforeIdx - 1)], Mark::deleted});
      } else {
        added.push_back({y[static_cast<size_t>(info.afterIdx - 1)], Mark::inserted});
      }
    }
    flush();
    rebuild(now_block, merged);
  }

  // A block added or removed whole: its inline content wrapped in the mark,
  // rows and blocks without inline content marked themselves.
  void whole(cmark_node* n, Mark m) {
    ++changes;
    mark_all(n, m);
  }

  static void mark_all(cmark_node* n, Mark m) {
    if (!holds_inlines(n) || is_leaf_inline(n)) set_mark(n, m);
    for (cmark_node* c : children(n)) mark_all(c, m);
  }
};

std::vector<cmark_node*> marked(const Tree& tree) {
  std::vector<cmark_node*> out;
  cmark_iter* it = cmark_iter_new(tree.root());
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
    if (ev == CMARK_EVENT_ENTER && mark_of(cmark_iter_get_node(it)) != Mark::none) out.push_back(cmark_iter_get_node(it));
  cmark_iter_free(it);
  return out;
}

// Removes what carries the mark `drop` and unmarks the rest; then drops
// the formatting and the paragraphs left empty.
void resolve(Tree& tree, Mark drop) {
  std::vector<cmark_node*> nodes = marked(tree);
  std::vector<cmark_node*> doomed;
  for (cmark_node* n : nodes) {
    if (mark_of(n) != drop) continue;
    bool inner = false;  // freed with a marked ancestor
    for (cmark_node* p = cmark_node_parent(n); p && !inner; p = cmark_node_parent(p)) inner = mark_of(p) == drop;
    if (!inner) doomed.push_back(n);
  }
  for (cmark_node* n : nodes)
    if (mark_of(n) != drop) set_mark(n, Mark::none);
  for (cmark_node* n : doomed) {
    cmark_node_unlink(n);
    cmark_node_free(n);
  }
  for (bool again = true; again;) {
    again = false;
    std::vector<cmark_node*> empty;
    cmark_iter* it = cmark_iter_new(tree.root());
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
      cmark_node* n = cmark_iter_get_node(it);
      cmark_node_type t = cmark_node_get_type(n);
      bool container = t == CMARK_NODE_STRONG || t == CMARK_NODE_EMPH || t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING;
      if (ev == CMARK_EVENT_EXIT && container && !cmark_node_first_child(n)) empty.push_back(n);
    }
    cmark_iter_free(it);
    for (cmark_node* n : empty) {
      cmark_node_unlink(n);
      cmark_node_free(n);
      again = true;
    }
  }
}

}  // namespace

int redline(Tree& then, Tree& now) {
  Redliner r;
  r.blocks(then.root(), now.root());
  return r.changes;
}

Mark mark_of(cmark_node* node) {
  void* d = cmark_node_get_user_data(node);
  if (d == &kInserted) return Mark::inserted;
  if (d == &kDeleted) return Mark::deleted;
  return Mark::none;
}

Mark whole_mark(cmark_node* block) {
  Mark seen = Mark::none;
  bool any = false, mixed = false;
  cmark_iter* it = cmark_iter_new(block);
  for (cmark_event_type ev; !mixed && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || !is_leaf_inline(n)) continue;
    Mark m = mark_of(n);
    if (!any) seen = m;
    mixed = any && m != seen;
    any = true;
  }
  cmark_iter_free(it);
  return any && !mixed ? seen : Mark::none;
}

void critic_markup(Tree& tree) {
  for (cmark_node* n : marked(tree)) {
    Mark m = mark_of(n);
    set_mark(n, Mark::none);
    cmark_node_type t = cmark_node_get_type(n);
    if (t != CMARK_NODE_TEXT && t != CMARK_NODE_CODE) continue;
    const char* lit = cmark_node_get_literal(n);
    std::string text = std::string(m == Mark::inserted ? "{++" : "{--") + (lit ? lit : "") + (m == Mark::inserted ? "++}" : "--}");
    if (t == CMARK_NODE_CODE) {  // the marks go around the code span, not inside it
      cmark_node* before = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node* after = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(before, m == Mark::inserted ? "{++" : "{--");
      cmark_node_set_literal(after, m == Mark::inserted ? "++}" : "--}");
      cmark_node_insert_before(n, before);
      cmark_node_insert_after(n, after);
    } else {
      cmark_node_set_literal(n, text.c_str());
    }
  }
}

void accept_all(Tree& tree) { resolve(tree, Mark::deleted); }
void reject_all(Tree& tree) { resolve(tree, Mark::inserted); }

}  // namespace zio
