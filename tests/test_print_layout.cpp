// The example contract, checklist and report as a reader gets them on
// paper: LibreOffice prints the ODT to PDF and poppler reads it back. Every
// table's header words and cell words (up to 20 characters) must come out
// whole, no table row may be split over two pages, and the DOCX and the ODT
// of a document must divide each table alike. The run leaves PNGs of the
// first two pages of every PDF in build/preview/ for a person to look at.
//
// ZIO_UNDER_TEST=/path/to/zio runs these checks on another build's output
// (to see them fail on an older one).
#include <cmark-gfm.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "render/document.h"
#include "render/walk.h"
#include "render/zip.h"
#include "support.h"
#include "xpath.h"

using namespace zio;
namespace fs = std::filesystem;

namespace {

std::string zio_exe() {
  const char* other = std::getenv("ZIO_UNDER_TEST");
  return other && *other ? other : ZIO_EXE;
}

test::Run zio(const std::vector<std::string>& args) { return test::run_program(zio_exe(), args, ZIO_SOURCE_DIR); }

// The documents: name -> (Markdown, PDF path), rendered once per process.
struct Rendered {
  std::string markdown;
  std::string pdf, odt, docx;
};

const std::map<std::string, Rendered>& documents() {
  static const std::map<std::string, Rendered> docs = [] {
    std::map<std::string, Rendered> out;
    const std::string dir = test::temp_dir();
    auto batch = [&](const std::string& kind, const std::vector<std::string>& regions, bool concept) {
      std::vector<std::string> args{"render", kind};
      if (concept) args.push_back("--concept");
      for (const std::string& r : regions) args.push_back("examples/" + r + ".yaml");
      const std::string to = dir + "/" + kind;
      for (const std::string& a : {std::string("-o"), to, std::string("--to"), std::string("md,odt,docx,pdf")}) args.push_back(a);
      test::Run r = zio(args);
      INFO(r.err);
      REQUIRE(r.code == 0);
      for (const std::string& region : regions) {
        const std::string base = to + "/" + region;
        out[region + "." + kind] = {test::slurp(base + ".md"), base + ".pdf", base + ".odt", base + ".docx"};
      }
    };
    batch("contract", {"hart-van-brabant", "gemengde-clusters"}, false);
    batch("contract", {"concept-met-gaten"}, true);
    batch("checklist", {"hart-van-brabant", "concept-met-gaten"}, false);
    for (const char* ext : {"md", "odt", "docx", "pdf"}) {
      test::Run r = zio({"report", "examples", "-o", dir + "/rapportage." + ext});
      INFO(r.err);
      REQUIRE(r.code == 0);
    }
    out["rapportage"] = {test::slurp(dir + "/rapportage.md"), dir + "/rapportage.pdf", dir + "/rapportage.odt",
                         dir + "/rapportage.docx"};
    return out;
  }();
  return docs;
}

// No-break spaces read as spaces here: pdftotext may give either.
std::string plain_spaces(std::string s) {
  for (const char* nbsp : {"\u00A0", "\u202F"})
    for (size_t at; (at = s.find(nbsp)) != std::string::npos;) s.replace(at, std::string(nbsp).size(), " ");
  return s;
}

std::string no_space(const std::string& s) {
  std::string out;
  for (char c : plain_spaces(s))
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') out += c;
  return out;
}

size_t count_of(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
  return n;
}

// The text the document prints: all text but images' alt text (which is the
// picture's description, not printed).
std::string printed_text(cmark_node* root) {
  std::string out;
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER) continue;
    const cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_IMAGE) {
      cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
      continue;
    }
    if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) out += cmark_node_get_literal(n);
    if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK || t == CMARK_NODE_PARAGRAPH ||
        t == CMARK_NODE_HEADING || table_part(n) == TablePart::cell)
      out += ' ';
  }
  cmark_iter_free(it);
  return out;
}

struct Table {
  std::vector<std::vector<std::string>> rows;  // rows[0] is the header
};

std::vector<Table> tables_of(cmark_node* root) {
  std::vector<Table> out;
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || table_part(n) != TablePart::table) continue;
    Table t;
    for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
      t.rows.emplace_back();
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
        t.rows.back().push_back(plain_text(cell));
    }
    out.push_back(std::move(t));
  }
  cmark_iter_free(it);
  return out;
}

// The words of a cell a line may not break inside: pieces between spaces,
// and between hyphens, dashes and slashes (where a line may break), without
// surrounding punctuation; 3 to 20 characters.
std::vector<std::string> words_of(const std::string& cell) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    const std::string trim = "()[]{},.;:!?*\"'";
    size_t b = w.find_first_not_of(trim), e = w.find_last_not_of(trim);
    if (b != std::string::npos) {
      std::string t = w.substr(b, e - b + 1);
      size_t chars = 0;
      for (unsigned char c : t) chars += (c & 0xC0) != 0x80;
      if (chars >= 3 && chars <= 20) out.push_back(t);
    }
    w.clear();
  };
  std::string text = plain_spaces(cell);
  for (size_t at; (at = text.find("\u2013")) != std::string::npos;) text.replace(at, 3, "-");  // en dash
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '-' || c == '/')
      flush();
    else
      w += c;
  }
  flush();
  return out;
}

int page_count(const std::string& pdf) {
  const std::string info = test::poppler("pdfinfo", {pdf});
  size_t at = info.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::stoi(info.substr(at + 6));
}

}  // namespace

TEST_CASE("print: every table word whole, no row over two pages, previews written", "[print][libreoffice]") {
  const fs::path preview = fs::path(ZIO_BINARY_DIR) / "preview";
  fs::create_directories(preview);
  for (const auto& [name, doc] : documents()) {
    INFO("document " << name << " (" << doc.pdf << ")");
    Tree tree = Tree::parse(doc.markdown);
    const std::vector<Table> tables = tables_of(tree.root());
    REQUIRE(!tables.empty());
    const std::string source = plain_spaces(printed_text(tree.root()));
    const std::string layout = plain_spaces(test::pdf_text(doc.pdf, true));

    // A word broken over two lines of its cell is missing once from the
    // printed text (the page adds only title, header and footer words).
    std::map<std::string, bool> seen;
    for (const Table& t : tables)
      for (const auto& row : t.rows)
        for (const std::string& cell : row)
          for (const std::string& w : words_of(cell)) {
            if (seen[w]) continue;
            seen[w] = true;
            INFO("the word '" << w << "' of the cell '" << cell << "'");
            CHECK(count_of(layout, w) >= count_of(source, w));
          }

    // A row is on one page when some page holds its first and its last
    // cell whole (the raw text keeps each cell's lines together).
    const int pages = page_count(doc.pdf);
    std::vector<std::string> page_text;
    for (int p = 1; p <= pages; ++p)
      page_text.push_back(no_space(test::poppler(
          "pdftotext", {"-enc", "UTF-8", "-raw", "-f", std::to_string(p), "-l", std::to_string(p), doc.pdf, "-"})));
    for (const Table& t : tables)
      for (size_t r = 1; r < t.rows.size(); ++r) {
        std::vector<std::string> cells;
        for (const std::string& c : t.rows[r])
          if (!no_space(c).empty()) cells.push_back(no_space(c));
        if (cells.empty()) continue;
        bool one_page = false;
        for (const std::string& text : page_text)
          one_page = one_page || (text.find(cells.front()) != std::string::npos && text.find(cells.back()) != std::string::npos);
        INFO("row " << r << " of a table: '" << t.rows[r].front() << "' ... '" << t.rows[r].back() << "'");
        CHECK(one_page);
      }

    // The picture check: the first two pages as PNG, for a person to look at.
    test::poppler("pdftoppm", {"-png", "-r", "60", "-f", "1", "-l", "2", doc.pdf, (preview / name).string()});
  }
}

TEST_CASE("print: DOCX and ODT divide every table alike (within 10%)", "[print][libreoffice]") {
  for (const auto& [name, doc] : documents()) {
    INFO("document " << name);
    std::string content, document;
    REQUIRE(read_zip_entry(test::slurp(doc.odt), "content.xml", content));
    REQUIRE(read_zip_entry(test::slurp(doc.docx), "word/document.xml", document));
    test::Xml odt(content), docx(document);
    const int tables = odt.count("//table:table");
    REQUIRE(tables > 0);
    REQUIRE(docx.count("//w:tbl") == tables);
    for (int t = 1; t <= tables; ++t) {
      const std::string table = "(//table:table)[" + std::to_string(t) + "]";
      const std::vector<std::string> styles = odt.all(table + "/table:table-column/@table:style-name");
      std::vector<double> o, d;
      for (const std::string& s : styles)
        o.push_back(odt.num("number(substring-before(//style:style[@style:name='" + s +
                            "']/style:table-column-properties/@style:rel-column-width, '*'))"));
      for (const std::string& w : docx.all("(//w:tbl)[" + std::to_string(t) + "]/w:tblGrid/w:gridCol/@w:w"))
        d.push_back(std::stod(w));
      INFO("table " << t);
      REQUIRE(o.size() == d.size());
      double so = 0, sd = 0;
      for (size_t i = 0; i < o.size(); ++i) so += o[i], sd += d[i];
      for (size_t i = 0; i < o.size(); ++i) {
        const double a = o[i] / so, b = d[i] / sd;
        INFO("column " << i + 1 << ": ODT " << a << ", DOCX " << b);
        CHECK(std::abs(a - b) <= 0.10 * std::max(a, b));
      }
    }
  }
}
