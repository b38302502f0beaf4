// The writers' shared layer (render/walk.h, render/table_layout.h,
// render/utf8.h) and what it makes the three formats agree on: headings
// start at outline level 1, table rows do not split over pages, and a
// column is never narrower than its longest word.
#include <cmark-gfm.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "render/document.h"
#include "render/table_layout.h"
#include "render/utf8.h"
#include "render/walk.h"
#include "render/zip.h"
#include "support.h"
#include "xpath.h"

using namespace zio;
using zio::test::Xml;

namespace {

cmark_node* first_table(const Tree& tree) {
  cmark_iter* it = cmark_iter_new(tree.root());
  cmark_node* found = nullptr;
  for (cmark_event_type ev; !found && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
    if (ev == CMARK_EVENT_ENTER && table_part(cmark_iter_get_node(it)) == TablePart::table) found = cmark_iter_get_node(it);
  cmark_iter_free(it);
  return found;
}

DocMeta meta() {
  DocMeta m;
  m.title = "Titel";
  m.subtitle = "Regio";
  m.kind = "contract";
  return m;
}

std::string part(const std::string& zip, const std::string& name) {
  std::string out;
  REQUIRE(read_zip_entry(zip, name, out));
  return out;
}

const char* kSections = "## Artikel 1\n\nTekst.\n\n### Lid 1\n\nMeer.\n\n## Artikel 2\n\nEinde.\n";

// Records what the walk hands over.
struct Recorder : TreeVisitor {
  std::vector<std::string> events;
  bool skip_strong = false;
  bool enter(cmark_node* n) override {
    events.push_back("+" + node_type(n));
    return !(skip_strong && cmark_node_get_type(n) == CMARK_NODE_STRONG);
  }
  void leave(cmark_node* n) override { events.push_back("-" + node_type(n)); }
  void image(cmark_node*, const Image&, const std::string& name) override { events.push_back("image " + name); }
};

}  // namespace

TEST_CASE("layer: the UTF-8 helper decodes, replaces and filters alike for every writer", "[layer]") {
  size_t i = 0;
  CHECK(next_codepoint("\xE2\x82\xAC", i) == 0x20AC);
  CHECK(i == 3);
  i = 0;
  CHECK(next_codepoint("\xC0\xAF", i) == 0xFFFD);  // overlong '/'
  CHECK(i == 1);
  i = 0;
  CHECK(next_codepoint("\xED\xA0\x80", i) == 0xFFFD);  // a surrogate
  CHECK(codepoint_count("geëindigd €") == 11);
  CHECK(xml_safe(std::string("a\x01" "b\tc\n\xEF\xBF\xBF" "d\xFF", 11)) == "ab\tc\nd\xEF\xBF\xBD");
}

TEST_CASE("layer: the walk skips what a writer wrote whole, and hands over images", "[layer]") {
  DocMeta m = meta();
  m.images["g"] = Image{"<svg xmlns='http://www.w3.org/2000/svg'/>", "", 10, 10};
  Tree tree = Tree::parse("a **b** c ![alt](zio:g) ![weg](zio:onbekend)\n");
  Recorder all;
  walk(tree.root(), m, all);
  CHECK(std::count(all.events.begin(), all.events.end(), "image g") == 1);
  CHECK(std::count(all.events.begin(), all.events.end(), "-strong") == 1);
  // An image the document does not have is walked as its alt text.
  CHECK(std::count(all.events.begin(), all.events.end(), "+image") == 1);
  Recorder skip;
  skip.skip_strong = true;
  walk(tree.root(), m, skip);
  CHECK(std::count(skip.events.begin(), skip.events.end(), "+strong") == 1);
  CHECK(std::count(skip.events.begin(), skip.events.end(), "-strong") == 0);
  CHECK(skip.events.size() == all.events.size() - 2);  // no text "b", no exit of strong
}

TEST_CASE("layer: a column is at least as wide as its longest word, header included", "[layer]") {
  Tree tree = Tree::parse(
      "| Status | Toelichting |\n|---|---|\n| gedaan | " + std::string(60, 'x').replace(10, 1, " ") +
      " en nog veel meer tekst die de kolom breed wil maken, heel veel tekst, steeds meer en meer |\n");
  const TableLayout t = layout_table(first_table(tree));
  REQUIRE(t.columns == 2);
  CHECK(t.per_10000[0] + t.per_10000[1] == 10000);
  // "Status" in bold at 9.5 pt plus padding fits its column.
  const double status_pt = text_width_em("Status", true) * kTableFontPt + 2 * kCellPaddingPt;
  CHECK(t.per_10000[0] / 10000.0 * kTableWidthPt >= status_pt);
  CHECK(t.min_pt[0] >= status_pt);
  // The long column takes the rest, but not all of it.
  CHECK(t.per_10000[1] > t.per_10000[0]);
}

TEST_CASE("layer: an amount with a no-break space is one word; a space breaks", "[layer]") {
  Tree kept = Tree::parse("| Budget |\n|--:|\n| \xE2\x82\xAC\xC2\xA0" "1.450.000 |\n");
  Tree broken = Tree::parse("| Budget |\n|--:|\n| \xE2\x82\xAC 1.450.000 |\n");
  CHECK(layout_table(first_table(kept)).min_pt[0] > layout_table(first_table(broken)).min_pt[0]);
  CHECK(layout_table(first_table(kept)).align[0] == 'r');
}

TEST_CASE("layer: ODT and DOCX outlines start at level 1, HTML sections at h2", "[layer]") {
  Tree tree = Tree::parse(kSections);
  Xml odt(part(write_odt(tree, meta(), test::slurp(test::source_path("templates/odt/styles.xml"))), "content.xml"));
  CHECK(odt.all("//text:h/@text:outline-level") == std::vector<std::string>{"1", "2", "1"});
  CHECK(odt.all("//text:h/@text:style-name") == std::vector<std::string>{"Heading_20_1", "Heading_20_2", "Heading_20_1"});
  Xml docx(part(write_docx(tree, meta(), test::slurp(test::source_path("templates/docx/styles.xml"))), "word/document.xml"));
  CHECK(docx.all("//w:pStyle/@w:val[starts-with(., 'Heading') or . = 'Title']") ==
        std::vector<std::string>{"Title", "Heading1", "Heading2", "Heading1"});
  Xml html(write_html(tree, meta(), ""), true);
  CHECK(html.count("//h1") == 1);
  CHECK(html.count("//h2") == 2);
  CHECK(html.count("//h3") == 1);
}

TEST_CASE("layer: table rows never split over pages and the header row repeats, in every format", "[layer]") {
  Tree tree = Tree::parse("| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n");
  Xml odt(part(write_odt(tree, meta(), test::slurp(test::source_path("templates/odt/styles.xml"))), "content.xml"));
  CHECK(odt.count("//table:table-row") == 3);
  CHECK(odt.count("//table:table-header-rows/table:table-row") == 1);
  for (const std::string& style : odt.all("//table:table-row/@table:style-name"))
    CHECK(odt.str("//style:style[@style:name='" + style + "']/style:table-row-properties/@*[local-name()='keep-together']") == "always");
  CHECK(odt.count("//table:table-row[not(@table:style-name)]") == 0);
  Xml docx(part(write_docx(tree, meta(), test::slurp(test::source_path("templates/docx/styles.xml"))), "word/document.xml"));
  CHECK(docx.count("//w:tr[w:trPr/w:cantSplit]") == 3);
  CHECK(docx.count("//w:tr[w:trPr/w:tblHeader]") == 1);
  const std::string css = test::slurp(test::source_path("templates/html/style.css"));
  CHECK(css.find("tr, li, blockquote, pre { break-inside: avoid;") != std::string::npos);
  CHECK(css.find("thead { display: table-header-group; }") != std::string::npos);
  CHECK(css.find("anywhere") == css.rfind("anywhere"));  // only the footer's fingerprint may break anywhere
  CHECK(css.find(".fingerprint { overflow-wrap: anywhere; }") != std::string::npos);
}

TEST_CASE("layer: DOCX, ODT and HTML get the same column widths from the one layout", "[layer]") {
  Tree tree = Tree::parse("| Wet | Financier | Budget per jaar |\n|---|---|--:|\n| Jeugdhulp (Jeugdwet) | Gemeente Tilburg, "
                          "Gemeente Alphen-Chaam en Gemeente Baarle-Nassau | \xE2\x82\xAC\xC2\xA0" "1.450.000 |\n");
  const TableLayout t = layout_table(first_table(tree));
  Xml odt(part(write_odt(tree, meta(), test::slurp(test::source_path("templates/odt/styles.xml"))), "content.xml"));
  Xml docx(part(write_docx(tree, meta(), test::slurp(test::source_path("templates/docx/styles.xml"))), "word/document.xml"));
  Xml html(write_html(tree, meta(), ""), true);
  const auto grid = docx.all("//w:tblGrid/w:gridCol/@w:w");
  const auto cols = html.all("//colgroup/col/@style");
  REQUIRE(grid.size() == 3);
  REQUIRE(cols.size() == 3);
  long docx_total = 0;
  for (const std::string& g : grid) docx_total += std::stol(g);
  for (size_t i = 0; i < 3; ++i) {
    const std::string rel = odt.str("//style:style[@style:name='Tabel1.K" + std::to_string(i + 1) +
                                    "']/style:table-column-properties/@style:rel-column-width");
    CHECK(rel == std::to_string(t.per_10000[i]) + "*");
    CHECK(std::abs(std::stol(grid[i]) * 10000.0 / docx_total - t.per_10000[i]) <= 2);
    CHECK(std::abs(std::stod(cols[i].substr(7)) * 100 - t.per_10000[i]) <= 1);
  }
}

TEST_CASE("layer: the title appears once in every document, in both languages", "[layer][cli]") {
  const std::string dir = test::temp_dir();
  for (const char* lang : {"nl", "en"})
    for (const char* kind : {"contract", "checklist"}) {
      const std::string out = dir + "/" + kind + "." + lang + ".html";
      test::Run r = test::run_zio({"--lang", lang, "render", kind, "examples/hart-van-brabant.yaml", "-o", out});
      INFO(kind << " " << lang << ": " << r.err);
      REQUIRE(r.code == 0);
      Xml html(test::slurp(out), true);
      const std::string title = html.str("//h1");
      REQUIRE(!title.empty());
      CHECK(html.count("//h1") == 1);
      CHECK(html.count("//*[self::h2 or self::h3 or self::h4][contains(., '" + title + "')]") == 0);
    }
}
