// The HTML writer, checked by parsing its output with libxml2's HTML parser
// and asking XPath questions, as a browser-agnostic reader would.
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "render/document.h"
#include "render/emit.h"
#include "support.h"

using namespace zio;

namespace {

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// A parsed page and XPath over it.
class Page {
 public:
  explicit Page(const std::string& html)
      : doc_(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                            HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
             xmlFreeDoc) {
    REQUIRE(doc_);
  }
  // The string values of all nodes the expression selects, in document order.
  std::vector<std::string> all(const std::string& xpath) const {
    std::vector<std::string> out;
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc_.get());
    xmlXPathObjectPtr r = xmlXPathEvalExpression(X(xpath.c_str()), ctx);
    REQUIRE(r);
    if (r->type == XPATH_NODESET && r->nodesetval) {
      for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
        xmlChar* s = xmlXPathCastNodeToString(r->nodesetval->nodeTab[i]);
        out.emplace_back(reinterpret_cast<const char*>(s));
        xmlFree(s);
      }
    }
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return out;
  }
  // The XPath string value of an expression ("" for an empty node set).
  std::string str(const std::string& xpath) const {
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc_.get());
    xmlXPathObjectPtr r = xmlXPathEvalExpression(X(("string(" + xpath + ")").c_str()), ctx);
    REQUIRE(r);
    std::string s = r->stringval ? reinterpret_cast<const char*>(r->stringval) : "";
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return s;
  }
  size_t count(const std::string& xpath) const { return all(xpath).size(); }

 private:
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc_;
};

const std::string kFingerprint = "3f2a9c0d4e5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f";
const std::string kLong = [] {
  std::string s;
  for (int i = 0; s.size() < 5000; ++i) s += "woord" + std::to_string(i) + (i % 7 == 6 ? ". " : " ");
  s.resize(4999);
  return s + "x";  // no trailing space, which Markdown would drop
}();
const std::string kArabic = "\u0627\u0644\u0645\u062f\u0631\u0633\u0629 \u0648\u0627\u0644\u0631\u0639\u0627\u064a\u0629";  // "the school and the care"
const std::string kHebrew = "\u05d1\u05d9\u05ea \u05e1\u05e4\u05e8";                                             // "school"
const std::string kEmoji = "\U0001F3EB\U0001F91D";

std::string sample_markdown() {
  return "## Artikel 1 Partijen\n"
         "\n"
         "De *gemeenten* en het **zorgkantoor** spreken af, zie `art. 2.2`.\n"
         "Tweede regel.  \nNa een harde regelovergang.\n"
         "\n"
         "- Gemeente Tilburg\n"
         "  - cluster 3\n"
         "  - cluster 4\n"
         "- Zorgkantoor VGZ\n"
         "\n"
         "3. derde\n"
         "4. vierde\n"
         "\n"
         "### Financiële afspraken\n"
         "\n"
         "| Partij | Uren | Bedrag |\n"
         "|:--|:-:|--:|\n"
         "| Gemeente | 12 | EUR 8.000 |\n"
         "| Zorgkantoor & co | 4 | EUR 1.000 |\n"
         "\n"
         "> Een citaat.\n"
         "\n"
         "---\n"
         "\n"
         "## Artikel 1 Partijen\n"
         "\n"
         "<script>alert(1)</script>\n"
         "\n"
         "Tekst met <b onclick=\"x()\">inline html</b>, &amp;amp; als tekst, \"aanhalingstekens\" en 'enkele', ]]> en <!-- geen commentaar -->.\n"
         "\n" +
         kArabic + " \u2014 " + kHebrew + " " + kEmoji + "\n\n" + kLong + "\n";
}

DocMeta sample_meta() {
  DocMeta m;
  m.title = "Samenwerkingsovereenkomst Zorg in Onderwijstijd";
  m.subtitle = "Hart van Brabant";
  m.kind = "contract";
  m.date = "2026-01-01";
  m.fingerprint = kFingerprint;
  m.concept = true;
  m.generator = "zio 0.1.0";
  return m;
}

std::string css() { return test::slurp(test::source_path("templates/html/style.css")); }

std::string render(const std::string& md, const DocMeta& meta) { return write_html(Tree::parse(md), meta, css()); }

}  // namespace

TEST_CASE("html: the stylesheet exists and holds the print rules", "[html]") {
  std::string s = css();
  REQUIRE_FALSE(s.empty());
  CHECK(s.find("size: A4") != std::string::npos);
  CHECK(s.find("counter(page)") != std::string::npos);
  CHECK(s.find("display: table-header-group") != std::string::npos);
  CHECK(s.find("break-after: avoid") != std::string::npos);
  CHECK(s.find("url(") == std::string::npos);
  CHECK(s.find("@import") == std::string::npos);
}

TEST_CASE("html: head of a self-contained HTML5 page", "[html]") {
  std::string out = render(sample_markdown(), sample_meta());
  CHECK(out.rfind("<!DOCTYPE html>", 0) == 0);
  Page p(out);
  CHECK(p.str("/html/@lang") == "nl");
  CHECK(p.str("/html/head/meta/@charset") == "utf-8");
  CHECK(p.str("/html/head/meta[@name='viewport']/@content") == "width=device-width, initial-scale=1");
  CHECK(p.str("/html/head/title") == "Samenwerkingsovereenkomst Zorg in Onderwijstijd \u2014 Hart van Brabant");
  CHECK(p.str("/html/head/meta[@name='generator']/@content") == "zio 0.1.0");
  CHECK(p.str("/html/head/meta[@name='zio-vingerafdruk']/@content") == kFingerprint);
  // The stylesheet is inlined whole, after the generated page-margin rules.
  std::string style = p.str("/html/head/style");
  CHECK(style.size() >= css().size());
  CHECK(style.compare(style.size() - css().size(), std::string::npos, css()) == 0);
  CHECK(style.find("@bottom-left { content: \"Vingerafdruk gegevens\\3a  " + kFingerprint + "\"") !=
        std::string::npos);
  CHECK(style.find("@top-right { content: \"CONCEPT\"") != std::string::npos);

  DocMeta en = sample_meta();
  en.lang = Lang::en;
  en.subtitle.clear();
  Page pe(render("text", en));
  CHECK(pe.str("/html/@lang") == "en");
  CHECK(pe.str("/html/head/title") == "Samenwerkingsovereenkomst Zorg in Onderwijstijd");
  CHECK(pe.str("//footer").find("Data fingerprint: " + kFingerprint) != std::string::npos);
  CHECK(pe.str("//footer").find("Made with zio 0.1.0") != std::string::npos);
}

TEST_CASE("html: no external resources or references", "[html]") {
  std::string out = render(sample_markdown() + "\n[NJi](https://www.nji.nl) ![logo](http://x/y.png) <https://a.b/c>\n",
                           sample_meta());
  Page p(out);
  CHECK(p.count("//@src | //@href | //link | //img | //iframe | //object | //embed | //base") == 0);
  CHECK(out.find("src=") == std::string::npos);
  CHECK(out.find("href=") == std::string::npos);
  CHECK(p.str("//main").find("NJi") != std::string::npos);
  CHECK(p.str("//main").find("logo") != std::string::npos);
}

TEST_CASE("html: header, main and footer", "[html]") {
  Page p(render(sample_markdown(), sample_meta()));
  CHECK(p.str("/html/body/header/h1") == "Samenwerkingsovereenkomst Zorg in Onderwijstijd");
  CHECK(p.count("//h1") == 1);
  CHECK(p.str("/html/body/header/p[@class='subtitle']") == "Hart van Brabant");
  CHECK(p.str("/html/body/header/p[@class='concept']") == "CONCEPT");
  CHECK(p.str("/html/body/@class") == "zio-contract");
  CHECK(p.str("/html/body/footer/p[@class='fingerprint']") == "Vingerafdruk gegevens: " + kFingerprint);
  CHECK(p.str("/html/body/footer/p[@class='generator']") == "Gemaakt met zio 0.1.0");

  DocMeta final_ = sample_meta();
  final_.concept = false;
  final_.fingerprint.clear();
  std::string out = render(sample_markdown(), final_);
  Page f(out);
  CHECK(f.str("//header").find("CONCEPT") == std::string::npos);
  CHECK(f.str("//style").find("@top-right { content:") == std::string::npos);
  CHECK(f.count("//meta[@name='zio-vingerafdruk']") == 0);
  CHECK(f.count("//footer/p[@class='fingerprint']") == 0);
  CHECK(read_fingerprint_html(out).empty());
}

TEST_CASE("html: headings are sequential and carry unique ids", "[html]") {
  Page p(render(sample_markdown(), sample_meta()));
  CHECK(p.all("//main/h2") == std::vector<std::string>{"Artikel 1 Partijen", "Artikel 1 Partijen"});
  CHECK(p.all("//main/h2/@id") == std::vector<std::string>{"artikel-1-partijen", "artikel-1-partijen-2"});
  CHECK(p.str("//main/h3") == "Financiële afspraken");
  CHECK(p.str("//main/h3/@id") == "financiele-afspraken");
  CHECK(p.count("//main//h1") == 0);

  // A level skipped in the Markdown is not skipped in the page.
  Page q(render("# Een\n\n### Drie\n\n## Twee\n\n# *Nog* één\n\n### !!!\n\n## \xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xb1\xd8\xb3\xd8\xa9 ok\n",
                sample_meta()));
  CHECK(q.all("//main/*[self::h2 or self::h3 or self::h4]/@id") ==
        std::vector<std::string>{"een", "drie", "twee", "nog-een", "sectie", "\u0627\u0644\u0645\u062f\u0631\u0633\u0629-ok"});
  CHECK(q.all("//main/h2") == std::vector<std::string>{"Een", "Nog één"});
  CHECK(q.count("//main/h3") == 4);  // Drie (written as level 3), Twee, !!!, the Arabic one
  CHECK(q.count("//main/h4") == 0);
}

TEST_CASE("html: a first level-1 heading that repeats the title is left out", "[html]") {
  // Templates start with "# <title>" for Markdown readers; the page already
  // has it as h1. build_document drops it for every writer.
  auto render = [](const std::string& md, const zio::DocMeta& meta) {
    std::string out;
    zio::Text err;
    REQUIRE(zio::build_document(md, meta, zio::Format::html, out, err));
    return out;
  };
  Page p(render("# Samenwerkingsovereenkomst Zorg in Onderwijstijd\n\n## Partijen\n\n### Gemeenten\n\n## Doel\n",
                sample_meta()));
  CHECK(p.count("//h1") == 1);
  CHECK(p.all("//main/h2") == std::vector<std::string>{"Partijen", "Doel"});
  CHECK(p.all("//main/h3") == std::vector<std::string>{"Gemeenten"});
  // Any other first heading stays.
  Page q(render("# Iets anders\n\n## Partijen\n", sample_meta()));
  CHECK(q.all("//main/h2") == std::vector<std::string>{"Iets anders"});
  CHECK(q.all("//main/h3") == std::vector<std::string>{"Partijen"});
}

TEST_CASE("html: inline markup, lists, blockquote, rule", "[html]") {
  Page p(render(sample_markdown(), sample_meta()));
  CHECK(p.str("//main/p[1]/em") == "gemeenten");
  CHECK(p.str("//main/p[1]/strong") == "zorgkantoor");
  CHECK(p.str("//main/p[1]/code") == "art. 2.2");
  CHECK(p.count("//main/p[1]/br") == 1);
  CHECK(p.str("//main/p[1]").find("2.2`") == std::string::npos);
  // A tight list: items hold their text directly, the nested list inside the item.
  CHECK(p.all("//main/ul/li/ul/li") == std::vector<std::string>{"cluster 3", "cluster 4"});
  CHECK(p.count("//main/ul//p") == 0);
  CHECK(p.str("//main/ol/@start") == "3");
  CHECK(p.all("//main/ol/li") == std::vector<std::string>{"derde", "vierde"});
  CHECK(p.str("//main/blockquote/p") == "Een citaat.");
  CHECK(p.count("//main/hr") == 1);
  CHECK(p.str("//main/p[1]/@dir") == "auto");

  // A loose list keeps its paragraphs; an ordered list from 1 has no start.
  Page q(render("1. een\n\n2. twee\n", sample_meta()));
  CHECK(q.count("//ol/li/p") == 2);
  CHECK(q.count("//ol/@start") == 0);
}

TEST_CASE("html: tables have a header row of th scope=col in thead", "[html]") {
  Page p(render(sample_markdown(), sample_meta()));
  REQUIRE(p.count("//table") == 1);
  CHECK(p.all("//table/thead/tr/th") == std::vector<std::string>{"Partij", "Uren", "Bedrag"});
  CHECK(p.count("//th") == 3);
  CHECK(p.count("//th[@scope='col']") == p.count("//th"));
  CHECK(p.count("//th[not(ancestor::thead)]") == 0);
  CHECK(p.count("//table/tbody/tr") == 2);
  CHECK(p.count("//table/tbody/tr/td") == 6);
  CHECK(p.str("//table/tbody/tr[2]/td[1]") == "Zorgkantoor & co");
  CHECK(p.str("//table/tbody/tr[1]/td[1]/@style") == "text-align: left");
  CHECK(p.str("//table/tbody/tr[1]/td[2]/@style") == "text-align: center");
  CHECK(p.str("//table/tbody/tr[1]/td[3]/@style") == "text-align: right");
  CHECK(p.str("//table/thead/tr/th[3]/@style") == "text-align: right");

  Page h(render("| a | b |\n|---|---|\n", sample_meta()));  // a header row only
  CHECK(h.count("//thead/tr/th") == 2);
  CHECK(h.count("//td") == 0);
}

TEST_CASE("html: hostile text comes out as literal text", "[html]") {
  std::string out = render(sample_markdown(), sample_meta());
  Page p(out);
  CHECK(p.count("//script") == 0);
  CHECK(p.count("//@*[starts-with(name(), 'on')]") == 0);
  CHECK(p.count("//b") == 0);
  std::string main = p.str("//main");
  CHECK(main.find("<script>alert(1)</script>") != std::string::npos);
  CHECK(main.find("<b onclick=\"x()\">inline html</b>") != std::string::npos);
  CHECK(main.find("&amp; als tekst") != std::string::npos);  // "&amp;amp;" is Markdown for "&amp;"
  CHECK(main.find("\"aanhalingstekens\" en 'enkele', ]]> en <!-- geen commentaar -->.") != std::string::npos);
  CHECK(main.find(kArabic + " \u2014 " + kHebrew + " " + kEmoji) != std::string::npos);
  CHECK(p.all("//main/p[@dir='auto']").size() >= 4);
  CHECK(p.count("//main/p[. = '" + kLong + "']") == 1);
  // The raw output is UTF-8, not character references.
  CHECK(out.find(kArabic) != std::string::npos);
  CHECK(out.find(kEmoji) != std::string::npos);

  // Hostile metadata too: title, subtitle, fingerprint.
  DocMeta m = sample_meta();
  m.title = "</title><script>alert(2)</script>";
  m.subtitle = "\"><script>alert(3)</script>";
  m.fingerprint = "\"'><script>alert(4)</script>\\\"; } body { x";
  std::string bad = render("x", m);
  Page b(bad);
  CHECK(b.count("//script") == 0);
  CHECK(b.str("//title") == "</title><script>alert(2)</script> \u2014 \"><script>alert(3)</script>");
  CHECK(b.str("//header/h1") == m.title);
  CHECK(read_fingerprint_html(bad) == m.fingerprint);
  std::string style = b.str("//style");
  CHECK(style.substr(0, style.size() - css().size()).find('<') == std::string::npos);
}

TEST_CASE("html: a stylesheet cannot end its <style> element", "[html]") {
  std::string out = write_html(Tree::parse("x"), sample_meta(),
                               "p > em { color: #333 } a::after { content: \"</StYlE><script>alert(5)</script>\" }");
  Page p(out);
  CHECK(p.count("//script") == 0);
  CHECK(p.count("/html/head/style") == 1);
  CHECK(p.count("/html/body/main/p") == 1);
  std::string style = p.str("//style");
  CHECK(style.find("p > em { color: #333 }") != std::string::npos);  // raw text: '>' is not escaped
  CHECK(style.find("<\\/StYlE><script>") != std::string::npos);
}

TEST_CASE("html: the fingerprint reads back, and nothing else does", "[html]") {
  std::string out = render(sample_markdown(), sample_meta());
  CHECK(read_fingerprint_html(out) == kFingerprint);
  CHECK(read_fingerprint_html("").empty());
  CHECK(read_fingerprint_html("not html at all").empty());
  CHECK(read_fingerprint_html(std::string("PK\x03\x04\0\0\xff\xfe binary", 16)).empty());
  CHECK(read_fingerprint_html("<html><head><meta name=\"generator\" content=\"x\"></head></html>").empty());
  CHECK(read_fingerprint_html("<META NAME=zio-vingerafdruk CONTENT=abc>") == "abc");
}

TEST_CASE("html: two writes are identical", "[html]") {
  CHECK(render(sample_markdown(), sample_meta()) == render(sample_markdown(), sample_meta()));
}
