// The redlined contract (zio render contract NEW --sinds OLD) in every
// format, with the draft example as OLD and the signed one as NEW. The test
// that proves the marks right: accepting every change (a helper applying
// them to the XML: deletions dropped, insertions unwrapped) gives the text
// of NEW's plain contract, and rejecting every change gives OLD's. The
// office documents are also opened by LibreOffice, which must print the
// changes.
#include <catch2/catch.hpp>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "render/zip.h"
#include "support.h"
#include "xpath.h"

using namespace zio::test;

namespace {

const std::string kOld = "examples/concept-met-gaten.yaml";
const std::string kNew = "examples/hart-van-brabant.yaml";
const char* kDate = "2026-07-01";  // the peildatum of kNew

std::string entry(const std::string& zip, const std::string& path) {
  std::string out;
  REQUIRE(zio::read_zip_entry(slurp(zip), path, out));
  return out;
}

using DocPtr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

DocPtr parse(const std::string& text, bool html) {
  xmlDocPtr d = html ? htmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, "UTF-8",
                                      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET)
                     : xmlReadMemory(text.data(), static_cast<int>(text.size()), "part.xml", nullptr,
                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  REQUIRE(d != nullptr);
  return DocPtr(d, xmlFreeDoc);
}

bool named(xmlNodePtr n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name);
}

std::vector<xmlNodePtr> elements(xmlNodePtr root, const char* name) {
  std::vector<xmlNodePtr> out;
  std::function<void(xmlNodePtr)> go = [&](xmlNodePtr n) {
    for (xmlNodePtr c = n->children; c; c = c->next) {
      if (named(c, name)) out.push_back(c);
      go(c);
    }
  };
  go(root);
  return out;
}

void drop(xmlNodePtr n) {
  xmlUnlinkNode(n);
  xmlFreeNode(n);
}

// Replaces an element by its children.
void unwrap(xmlNodePtr n) {
  while (xmlNodePtr c = n->children) {
    xmlUnlinkNode(c);
    xmlAddPrevSibling(n, c);
  }
  drop(n);
}

bool title_block(xmlNodePtr p);

// The text a reader sees: paragraphs on their own lines, spaces, tabs and
// line breaks as spaces; compared with squeeze().
void read_text(xmlNodePtr n, std::string& out) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE) {
      out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE) {
      if (named(c, "s")) {
        xmlChar* k = xmlGetProp(c, BAD_CAST "c");
        out += std::string(k ? std::stoul(reinterpret_cast<const char*>(k)) : 1, ' ');
        xmlFree(k);
      } else if (named(c, "tab") || named(c, "line-break") || named(c, "br")) {
        out += ' ';
      } else if (!named(c, "tracked-changes") && !named(c, "style") && !named(c, "instrText") &&
                 !(named(c, "p") && title_block(c))) {
        read_text(c, out);
      }
      if (named(c, "p") || named(c, "h") || named(c, "li") || named(c, "td") || named(c, "th") || named(c, "tc"))
        out += '\n';
    }
  }
}

enum class Resolve { none, accept, reject };

// The title block (DocMeta's title and NEW's name, written by each writer
// before the tree) is not part of the compared tree: skipped in the text.
bool title_block(xmlNodePtr p) {
  for (xmlNodePtr c = p->children; c; c = c->next)
    if (named(c, "pPr"))
      for (xmlNodePtr s = c->children; s; s = s->next)
        if (named(s, "pStyle")) {
          xmlChar* v = xmlGetProp(s, BAD_CAST "val");
          bool t = v && (xmlStrEqual(v, BAD_CAST "Title") || xmlStrEqual(v, BAD_CAST "Subtitle"));
          xmlFree(v);
          return t;
        }
  xmlChar* v = xmlGetProp(p, BAD_CAST "style-name");
  bool t = v && (xmlStrEqual(v, BAD_CAST "Title") || xmlStrEqual(v, BAD_CAST "Subtitle"));
  xmlFree(v);
  return t;
}

// ---- ODT: content.xml's office:text

std::string odt_text(const std::string& odt, Resolve how) {
  DocPtr doc = parse(entry(odt, "content.xml"), false);
  xmlNodePtr root = xmlDocGetRootElement(doc.get());
  std::map<std::string, xmlNodePtr> regions;  // text:id -> its insertion/deletion
  for (xmlNodePtr r : elements(root, "changed-region")) {
    xmlChar* id = xmlGetProp(r, BAD_CAST "id");
    for (xmlNodePtr c = r->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE) regions[reinterpret_cast<const char*>(id)] = c;
    xmlFree(id);
  }
  auto id_of = [](xmlNodePtr n) {
    xmlChar* id = xmlGetProp(n, BAD_CAST "change-id");
    std::string s = id ? reinterpret_cast<const char*>(id) : "";
    xmlFree(id);
    return s;
  };
  if (how == Resolve::reject) {
    for (xmlNodePtr start : elements(root, "change-start")) {
      std::string id = id_of(start);
      while (start->next && !(named(start->next, "change-end") && id_of(start->next) == id)) drop(start->next);
    }
    for (xmlNodePtr ch : elements(root, "change")) {
      xmlNodePtr deletion = regions.at(id_of(ch));
      for (xmlNodePtr c = deletion->children; c; c = c->next)
        if (named(c, "p"))
          for (xmlNodePtr k = c->children; k; k = k->next) xmlAddPrevSibling(ch, xmlCopyNode(k, 1));
    }
  }
  if (how != Resolve::none) {
    for (const char* marker : {"change", "change-start", "change-end"})
      for (xmlNodePtr n : elements(root, marker)) drop(n);
  }
  std::string out;
  for (xmlNodePtr t : elements(root, "text"))
    if (t->parent && named(t->parent, "body")) read_text(t, out);
  return out;
}

// ---- DOCX: word/document.xml's body

std::string docx_text(const std::string& docx, Resolve how) {
  DocPtr doc = parse(entry(docx, "word/document.xml"), false);
  xmlNodePtr root = xmlDocGetRootElement(doc.get());
  if (how != Resolve::none) {
    const char* gone = how == Resolve::accept ? "del" : "ins";
    const char* kept = how == Resolve::accept ? "ins" : "del";
    // A row added (rejected) or removed (accepted) goes as a row.
    for (xmlNodePtr tr : elements(root, "tr"))
      for (xmlNodePtr pr = tr->children; pr; pr = pr->next)
        if (named(pr, "trPr"))
          for (xmlNodePtr m = pr->children; m; m = m->next)
            if (named(m, gone)) {
              drop(tr);
              goto next_row;
            }
    next_row:;
    for (xmlNodePtr n : elements(root, gone)) drop(n);
    for (xmlNodePtr n : elements(root, kept)) unwrap(n);
  }
  std::string out;
  read_text(root, out);
  return out;
}

// ---- HTML: <main>

std::string html_text(const std::string& html, Resolve how) {
  DocPtr doc = parse(html, true);
  xmlNodePtr root = xmlDocGetRootElement(doc.get());
  std::vector<xmlNodePtr> mains = elements(root, "main");
  REQUIRE(mains.size() == 1);
  if (how != Resolve::none) {
    const char* gone = how == Resolve::accept ? "del" : "ins";
    const char* kept = how == Resolve::accept ? "ins" : "del";
    for (xmlNodePtr n : elements(mains[0], gone)) drop(n);
    for (xmlNodePtr n : elements(mains[0], kept)) unwrap(n);
  }
  std::string out;
  read_text(mains[0], out);
  return out;
}

struct Rendered {
  std::string dir;
  std::string path(const std::string& name) const { return dir + "/" + name; }
};

// The redline and both plain contracts in each of HTML, ODT and DOCX, once
// for every test case of this file.
const Rendered& rendered() {
  static const Rendered r = [] {
    Rendered out{temp_dir()};
    for (const char* ext : {"html", "odt", "docx", "md"}) {
      const std::string e = ext;
      Run red = run_zio({"render", "contract", kNew, "--sinds", kOld, "-o", out.path("redline." + e)});
      INFO(red.err);
      REQUIRE(red.code == 0);
      REQUIRE(run_zio({"render", "contract", kNew, "-o", out.path("new." + e)}).code == 0);
      REQUIRE(run_zio({"render", "contract", kOld, "--concept", "-o", out.path("old." + e)}).code == 0);
      REQUIRE(run_zio({"render", "contract", kNew, "--sinds", kNew, "-o", out.path("same." + e)}).code == 0);
    }
    return out;
  }();
  return r;
}

}  // namespace

TEST_CASE("redline documents: accepting every change gives NEW, rejecting every change gives OLD", "[redline][docs]") {
  const Rendered& r = rendered();
  SECTION("ODT") {
    const std::string red = r.path("redline.odt");
    CHECK(squeeze(odt_text(red, Resolve::accept)) == squeeze(odt_text(r.path("new.odt"), Resolve::none)));
    CHECK(squeeze(odt_text(red, Resolve::reject)) == squeeze(odt_text(r.path("old.odt"), Resolve::none)));
  }
  SECTION("DOCX") {
    const std::string red = r.path("redline.docx");
    CHECK(squeeze(docx_text(red, Resolve::accept)) == squeeze(docx_text(r.path("new.docx"), Resolve::none)));
    CHECK(squeeze(docx_text(red, Resolve::reject)) == squeeze(docx_text(r.path("old.docx"), Resolve::none)));
  }
  SECTION("HTML") {
    const std::string red = slurp(r.path("redline.html"));
    CHECK(squeeze(html_text(red, Resolve::accept)) == squeeze(html_text(slurp(r.path("new.html")), Resolve::none)));
    CHECK(squeeze(html_text(red, Resolve::reject)) == squeeze(html_text(slurp(r.path("old.html")), Resolve::none)));
  }
  // And the two sides differ: the test is not comparing a document with itself.
  CHECK(squeeze(odt_text(r.path("redline.odt"), Resolve::accept)) !=
        squeeze(odt_text(r.path("redline.odt"), Resolve::reject)));
}

TEST_CASE("redline documents: ODT has one changed region per change the HTML shows", "[redline][docs]") {
  const Rendered& r = rendered();
  Xml content(entry(r.path("redline.odt"), "content.xml"));
  Xml html(slurp(r.path("redline.html")), true);
  REQUIRE(content.ok());
  REQUIRE(html.ok());
  const int regions = content.count("//text:tracked-changes/text:changed-region");
  const int shown = html.count("//main//ins | //main//del");
  CHECK(regions > 20);
  CHECK(regions == shown);
  // tracked-changes comes first in office:text, each region is referred to
  // once from the body, as change-start/-end (insertion) or change (deletion).
  CHECK(content.count("/office:document-content/office:body/office:text/*[1][self::text:tracked-changes]") == 1);
  CHECK(content.count("//text:changed-region[text:insertion]") == content.count("//text:change-start"));
  CHECK(content.count("//text:change-start") == content.count("//text:change-end"));
  CHECK(content.count("//text:changed-region[text:deletion]") == content.count("//text:change"));
  CHECK(content.count("//text:changed-region[text:deletion][not(text:deletion/text:p)]") == 0);
  CHECK(content.count("//office:change-info[dc:creator='zio'][dc:date='" + std::string(kDate) + "T00:00:00']") ==
        regions);
  // Whole rows in HTML: a removed school and an added one.
  CHECK(html.count("//main//tr[@class='del']") > 0);
  CHECK(html.count("//main//tr[@class='ins']") > 0);
  // The legend names OLD's fingerprint and shows both marks.
  const std::string old_fp = Xml(slurp(r.path("old.html")), true).str("//meta[@name='zio-vingerafdruk']/@content");
  REQUIRE(old_fp.size() == 64);
  CHECK(html.str("//p[@class='redline-legend']").find("wijzigingen ten opzichte van versie " + old_fp) == 0);
  CHECK(html.count("//p[@class='redline-legend']/ins") == 1);
  CHECK(html.count("//p[@class='redline-legend']/del") == 1);
}

TEST_CASE("redline documents: DOCX tracked changes sit in a paragraph or row, by zio on the peildatum", "[redline][docs]") {
  const Rendered& r = rendered();
  Xml doc(entry(r.path("redline.docx"), "word/document.xml"));
  REQUIRE(doc.ok());
  const int marks = doc.count("//w:ins | //w:del");
  CHECK(marks > 20);
  // Runs in a paragraph, a row's w:trPr, or a paragraph mark (w:pPr/w:rPr).
  CHECK(doc.count("(//w:ins | //w:del)[not(parent::w:p or parent::w:trPr or parent::w:rPr/parent::w:pPr)]") == 0);
  CHECK(doc.count("//w:pPr/w:rPr/w:del") > 0);
  CHECK(doc.count("//w:pPr/w:rPr/w:ins") > 0);
  CHECK(doc.count("(//w:ins | //w:del)[@w:author='zio'][@w:date='" + std::string(kDate) + "T00:00:00Z']") == marks);
  std::set<std::string> ids;
  for (const std::string& id : doc.all("(//w:ins | //w:del)/@w:id")) ids.insert(id);
  CHECK(static_cast<int>(ids.size()) == marks);
  // Deleted text is w:delText, never w:t; inserted text never w:delText.
  CHECK(doc.count("//w:del//w:t") == 0);
  CHECK(doc.count("//w:ins//w:delText") == 0);
  CHECK(doc.count("//w:delText[not(ancestor::w:del)]") == 0);
  // Whole rows are tracked as rows.
  CHECK(doc.count("//w:tr[w:trPr/w:del]") > 0);
  CHECK(doc.count("//w:tr[w:trPr/w:ins]") > 0);
}

TEST_CASE("redline documents: OLD's fingerprint in the metadata and the header", "[redline][docs]") {
  const Rendered& r = rendered();
  const std::string old_fp = Xml(slurp(r.path("old.html")), true).str("//meta[@name='zio-vingerafdruk']/@content");
  const std::string new_fp = Xml(slurp(r.path("new.html")), true).str("//meta[@name='zio-vingerafdruk']/@content");
  REQUIRE(old_fp.size() == 64);
  REQUIRE(old_fp != new_fp);
  const std::string header = "wijzigingen ten opzichte van versie " + old_fp;
  Xml meta(entry(r.path("redline.odt"), "meta.xml"));
  CHECK(meta.str("//meta:user-defined[@meta:name='zio-sinds-vingerafdruk']") == old_fp);
  CHECK(meta.str("//meta:user-defined[@meta:name='zio-vingerafdruk']") == new_fp);
  CHECK(meta.str("//meta:user-defined[@meta:name='zio-status']") == header);  // the header field
  Xml custom(entry(r.path("redline.docx"), "docProps/custom.xml"));
  CHECK(custom.str("//cu:property[@name='zio-sinds-vingerafdruk']/vt:lpwstr") == old_fp);
  CHECK(custom.str("//cu:property[@name='zio-vingerafdruk']/vt:lpwstr") == new_fp);
  CHECK(Xml(entry(r.path("redline.docx"), "word/header1.xml")).str("//w:t") == header);
  Xml html(slurp(r.path("redline.html")), true);
  CHECK(html.str("//meta[@name='zio-sinds-vingerafdruk']/@content") == old_fp);
  CHECK(html.str("//meta[@name='zio-vingerafdruk']/@content") == new_fp);
  const std::string md = slurp(r.path("redline.md"));
  CHECK(md.find("*" + header + "*") != std::string::npos);
  CHECK(md.find("{--") != std::string::npos);
  CHECK(md.find("{++") != std::string::npos);
  // English words with --lang en.
  const std::string dir = temp_dir();
  REQUIRE(run_zio({"--lang", "en", "render", "contract", kNew, "--sinds", kOld, "-o", dir + "/en.html"}).code == 0);
  Xml en(slurp(dir + "/en.html"), true);
  CHECK(en.str("//p[@class='redline-legend']").find("changes since version " + old_fp) == 0);
}

TEST_CASE("redline documents: identical inputs give no marks in any format", "[redline][docs]") {
  const Rendered& r = rendered();
  Xml content(entry(r.path("same.odt"), "content.xml"));
  CHECK(content.count("//text:tracked-changes | //text:change | //text:change-start") == 0);
  Xml doc(entry(r.path("same.docx"), "word/document.xml"));
  CHECK(doc.count("//w:ins | //w:del | //w:delText") == 0);
  Xml html(slurp(r.path("same.html")), true);
  CHECK(html.count("//main//ins | //main//del | //tr[@class]") == 0);
  const std::string md = slurp(r.path("same.md"));
  CHECK(md.find("{++") == std::string::npos);
  CHECK(md.find("{--") == std::string::npos);
  // The text is NEW's.
  CHECK(squeeze(odt_text(r.path("same.odt"), Resolve::none)) == squeeze(odt_text(r.path("new.odt"), Resolve::none)));
}

TEST_CASE("redline documents: the same inputs give the same bytes", "[redline][docs]") {
  // So `zio verify` can prove a redline by making it again.
  const Rendered& r = rendered();
  const std::string dir = temp_dir();
  for (const char* ext : {"html", "odt", "docx", "md"}) {
    const std::string e = ext;
    REQUIRE(run_zio({"render", "contract", kNew, "--sinds", kOld, "-o", dir + "/again." + e}).code == 0);
    CHECK(slurp(dir + "/again." + e) == slurp(r.path("redline." + e)));
  }
}

TEST_CASE("redline documents: LibreOffice opens both and prints the changes", "[redline][docs][office]") {
  const Rendered& r = rendered();
  const std::string dir = temp_dir();
  // Same base name: separate output folders.
  const std::string odt_pdf = office_to_pdf({r.path("redline.odt")}, dir + "/odt").at(0);
  const std::string docx_pdf = office_to_pdf({r.path("redline.docx")}, dir + "/docx").at(0);
  for (const std::string& pdf : {odt_pdf, docx_pdf}) {
    INFO(pdf);
    const std::string text = squeeze(pdf_text(pdf));
    // Both the deleted and the inserted words are on the page.
    CHECK(text.find("Gemeente GoudaTilburg") != std::string::npos);
    CHECK(text.find("Regio Midden-Holland") != std::string::npos);
    CHECK(text.find("Regio Hart van Brabant") != std::string::npos);
    CHECK(text.find("wijzigingen ten opzichte van versie") != std::string::npos);
  }
}

TEST_CASE("redline documents: the sign-off guard applies to NEW; wrong use is refused", "[redline][docs]") {
  const std::string dir = temp_dir();
  // NEW with fouten: refused without --concept, nothing written.
  Run refused = run_zio({"render", "contract", kOld, "--sinds", kNew, "-o", dir + "/x.odt"});
  CHECK(refused.code == 1);
  CHECK(refused.err.find("--concept") != std::string::npos);
  CHECK_FALSE(std::ifstream(dir + "/x.odt").good());
  CHECK(run_zio({"render", "contract", kOld, "--sinds", kNew, "--concept", "-o", dir + "/x.odt"}).code == 0);
  // OLD unreadable: exit 2, nothing written.
  Run missing = run_zio({"render", "contract", kNew, "--sinds", dir + "/geen.yaml", "-o", dir + "/y.odt"});
  CHECK(missing.code == 2);
  CHECK_FALSE(std::ifstream(dir + "/y.odt").good());
  // Only the contract, one file to one file.
  Run checklist = run_zio({"render", "checklist", kNew, "--sinds", kOld, "-o", dir + "/c.odt"});
  CHECK(checklist.code == 2);
  CHECK(checklist.err.find("--sinds") != std::string::npos);
  CHECK(run_zio({"render", "contract", kNew, kOld, "--sinds", kOld, "-o", dir}).code == 2);
}
