// The redline of two document trees (render/redline.h): accepting every
// change gives the document of NEW and rejecting every change gives the
// document of OLD, word for word and block for block. That is what proves
// the marks are right; the writers only show them.
#include <catch2/catch.hpp>

#include <cmark-gfm.h>

#include <regex>

#include "render/document.h"
#include "render/redline.h"
#include "support.h"

using namespace zio;
using zio::test::run_zio;
using zio::test::slurp;
using zio::test::temp_dir;

namespace {

// The document as a reader sees it: each block's kind and its text with
// the formatting around each piece (adjacent pieces of one style merged),
// so how redline split the text nodes does not count, only what they say.
std::string reading(const Tree& t) {
  std::string out, style;
  cmark_iter* it = cmark_iter_new(t.root());
  std::string last_style = "?";
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_STRONG || type == CMARK_NODE_EMPH) {
      if (ev == CMARK_EVENT_ENTER) style += type == CMARK_NODE_STRONG ? 'S' : 'E';
      else style.pop_back();
      continue;
    }
    if (ev != CMARK_EVENT_ENTER) continue;
    if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK || node_type(n).rfind("table", 0) == 0) {
      out += "\n[" + node_type(n) + "]";
      last_style = "?";
      continue;
    }
    std::string text = type == CMARK_NODE_SOFTBREAK ? " " : cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "";
    if (text.empty()) continue;
    if (style != last_style) out += "<" + style + ">";
    last_style = style;
    out += text;
  }
  cmark_iter_free(it);
  return out;
}

std::string commonmark(const Tree& t) {
  char* s = cmark_render_commonmark(t.root(), CMARK_OPT_DEFAULT, 0);
  std::string out = s;
  free(s);
  return out;
}

void check_pair(const std::string& old_md, const std::string& new_md, bool expect_changes) {
  Tree then = Tree::parse(old_md), now = Tree::parse(new_md);
  const std::string want_new = reading(now), want_old = reading(then);
  int n = redline(then, now);
  CHECK((n > 0) == expect_changes);
  critic_markup(now);
  std::string marked = commonmark(now);
  Tree accepted = Tree::parse(old_md), rejected = Tree::parse(old_md);
  Tree acc_now = Tree::parse(new_md), rej_now = Tree::parse(new_md);
  redline(accepted, acc_now);
  redline(rejected, rej_now);
  accept_all(acc_now);
  reject_all(rej_now);
  CHECK(reading(acc_now) == want_new);
  CHECK(reading(rej_now) == want_old);
  if (expect_changes)
    CHECK((marked.find("{++") != std::string::npos || marked.find("{--") != std::string::npos));
  else
    CHECK(marked.find("{++") == std::string::npos);
}

}  // namespace

TEST_CASE("redline: identical documents have no marks", "[redline]") {
  std::string md = "# Titel\n\nEen **vette** alinea.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n";
  check_pair(md, md, false);
}

TEST_CASE("redline: words, paragraphs, headings, list items and table rows", "[redline]") {
  std::string old_md =
      "## Artikel 1 Partijen\n\nDe gemeente Tilburg en de gemeente Dongen sluiten deze overeenkomst.\n\n"
      "- Gemeente Tilburg\n- Gemeente Dongen\n\n"
      "| School | Leerlingen |\n|---|---:|\n| De Bodde | 290 |\n| Leijpark | 600 |\n\n"
      "## Artikel 2 Looptijd\n\nDeze overeenkomst loopt tot **31 juli 2028**.\n\nEen alinea die verdwijnt helemaal.\n";
  std::string new_md =
      "## Artikel 1 Partijen\n\nDe gemeente Tilburg, de gemeente Goirle en de gemeente Dongen sluiten deze overeenkomst.\n\n"
      "- Gemeente Tilburg\n- Gemeente Goirle\n- Gemeente Dongen\n\n"
      "| School | Leerlingen |\n|---|---:|\n| Leijpark | 612 |\n| De Kern | 40 |\n\n"
      "## Artikel 2 Geschillen\n\nPartijen leggen een geschil voor aan een mediator.\n\n"
      "## Artikel 3 Looptijd\n\nDeze overeenkomst loopt tot **31 juli 2030**.\n";
  check_pair(old_md, new_md, true);

  Tree then = Tree::parse(old_md), now = Tree::parse(new_md);
  redline(then, now);
  // The row of De Bodde is removed as a row, De Kern added as one.
  int rows_in = 0, rows_out = 0;
  cmark_iter* it = cmark_iter_new(now.root());
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || node_type(n) != "table_row") continue;
    if (mark_of(n) == Mark::inserted) ++rows_in;
    if (mark_of(n) == Mark::deleted) ++rows_out;
  }
  cmark_iter_free(it);
  CHECK(rows_in == 1);
  CHECK(rows_out == 1);
  critic_markup(now);
  std::string marked = commonmark(now);
  INFO(marked);
  CHECK(std::regex_search(marked, std::regex(R"(\{\+\+[^}]*Goirle[^}]*\+\+\})")));
  CHECK(marked.find("{--2028--}") != std::string::npos);
  CHECK(marked.find("{++2030++}") != std::string::npos);
  CHECK(marked.find("{--Een alinea die verdwijnt helemaal.--}") != std::string::npos);
}

TEST_CASE("redline: the contract of the draft example against the signed example", "[redline]") {
  std::string dir = temp_dir();
  REQUIRE(run_zio({"render", "contract", "examples/concept-met-gaten.yaml", "--concept", "-o", dir + "/old.md"}).code == 0);
  REQUIRE(run_zio({"render", "contract", "examples/hart-van-brabant.yaml", "-o", dir + "/new.md"}).code == 0);
  check_pair(slurp(dir + "/old.md"), slurp(dir + "/new.md"), true);
  check_pair(slurp(dir + "/new.md"), slurp(dir + "/old.md"), true);
}
