#pragma once
// The contract of NEW with every difference from the contract of OLD
// marked, the way lawyers read a next sign-off round: both are rendered
// through the same pipeline, and their document trees are compared block by
// block (headings, paragraphs, list items, table rows) and, inside a changed
// paragraph, heading or table cell, word by word, with libdtl's diff (an
// O(ND) sequence comparison), not a hand-written one.
//
// The marks live in the tree itself, as each node's user data (mark_of),
// so the tree keeps its shape (a table cell may hold only certain inline
// nodes, so no wrapper node is added) and every writer can show them in
// its own way (tracked changes in DOCX and ODT, <ins>/<del> in HTML):
//  - inserted or deleted words: the text, code and line-break nodes that
//    hold them are marked;
//  - a table row, list item or other block added or removed as a whole is
//    marked itself, and so is every leaf inside it.
#include "render/document.h"

struct cmark_node;

namespace zio {

enum class Mark { none, inserted, deleted };

// Marks `now` with its differences from `then`. What only `then` has is
// moved into `now` at its place, marked deleted; `then` keeps the rest.
// Returns the number of marked places (runs of inserted or deleted words,
// and whole rows or blocks): 0 when the two documents read the same.
int redline(Tree& then, Tree& now);

// The mark redline put on a node, or none.
Mark mark_of(cmark_node* node);

// The mark every leaf (text, code, break) below `block` carries, when they
// all carry the same one: a paragraph or heading added or removed whole.
// none when the leaves differ or there are none.
Mark whole_mark(cmark_node* block);

// Writes each mark into the text as CriticMarkup ({++inserted++},
// {--deleted--}), for the Markdown output; the marks are then gone.
void critic_markup(Tree& tree);

// Accepts or rejects every change: what remains is the document of NEW
// (accept) or of OLD (reject), without marks. For tests and for writers
// that must print one side only.
void accept_all(Tree& tree);
void reject_all(Tree& tree);

}  // namespace zio
