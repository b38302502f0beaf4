// The report's charts: the SVG (well-formed, accessible, one bar per value,
// deterministic, odd input), its PNG, and each writer embedding it; last,
// LibreOffice opening the ODT and DOCX and printing the chart.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <limits>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "render/document.h"
#include "render/zip.h"
#include "report/chart.h"
#include "support.h"
#include "xpath.h"

using namespace zio;

namespace {

// A parsed XML (or HTML) document with namespaces registered for XPath.
using zio::test::Xml;

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

BarChart financiering() {
  BarChart c;
  c.title = "Financieringsvormen jeugdhulp";
  c.description = "Zorg in natura: 17 regio's; persoonsgebonden budget: 23 regio's; subsidie: 5 regio's; geen: 0.";
  c.categories = {"Zorg in natura", "Persoonsgebonden budget", "Subsidie", "Geen"};
  c.series = {{"regio's", {17, 23, 5, 0}}};
  c.unit = "regio's";
  return c;
}

BarChart per_status() {
  BarChart c;
  c.title = "Dekking naar status";
  c.description = "Scholen per cluster naar de status van de overeenkomst.";
  c.categories = {"Cluster 3", "Cluster 4"};
  c.series = {{"concept", {3, 0}}, {"ter ondertekening", {5, 2}}, {"ondertekend", {14, 9}}};
  c.unit = "scholen";
  return c;
}

size_t nonzero(const BarChart& c) {
  size_t n = 0;
  for (const ChartSeries& s : c.series)
    for (size_t i = 0; i < s.values.size() && i < c.categories.size(); ++i) n += s.values[i] > 0;
  return n;
}

// Relative luminance contrast against white (WCAG 2.x).
double contrast_with_white(const std::string& hex) {
  REQUIRE(hex.size() == 7);
  double lum = 0;
  const double weight[3] = {0.2126, 0.7152, 0.0722};
  for (int k = 0; k < 3; ++k) {
    double c = std::stoi(hex.substr(1 + 2 * k, 2), nullptr, 16) / 255.0;
    c = c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    lum += weight[k] * c;
  }
  return 1.05 / (lum + 0.05);
}

uint32_t be32(const std::string& s, size_t at) {
  return static_cast<uint32_t>(static_cast<unsigned char>(s[at])) << 24 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[at + 1])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[at + 2])) << 8 | static_cast<unsigned char>(s[at + 3]);
}

std::string entry(const std::string& zip, const std::string& path) {
  std::string out;
  INFO(path);
  REQUIRE(read_zip_entry(zip, path, out));
  return out;
}

const char* const kMarkdown =
    "## Financiering\n\nDe regio's financieren jeugdhulp zo:\n\n![Financieringsvormen](zio:financiering)\n\n"
    "Een onbekend plaatje blijft tekst: ![Alleen tekst](zio:bestaat-niet).\n";

DocMeta meta_with_chart() {
  DocMeta m;
  m.title = "Voortgangsrapportage Zorg in Onderwijstijd";
  m.subtitle = "Landelijk";
  m.kind = "rapportage";
  m.date = "2026-06-30";
  m.generator = "zio test";
  m.images["financiering"] = chart_image(financiering());
  return m;
}

std::string styles(const char* which) {
  std::string s = test::slurp(test::source_path(which));
  REQUIRE(!s.empty());
  return s;
}

}  // namespace

TEST_CASE("chart: SVG is well-formed, accessible and has one bar per value", "[chart]") {
  const BarChart c = financiering();
  const std::string svg = bar_chart_svg(c);
  Xml x(svg);
  REQUIRE(x.ok());
  CHECK(x.num("count(/svg:svg)") == 1);
  CHECK(x.str("/svg:svg/@role") == "img");
  CHECK(x.str("/svg:svg/@font-family") == "'Liberation Sans', Arial, sans-serif");  // the house font
  // aria-labelledby names the <title> and the <desc>, by ids from the title.
  CHECK(x.str("/svg:svg/@aria-labelledby") ==
        "grafiek-financieringsvormen-jeugdhulp-title grafiek-financieringsvormen-jeugdhulp-desc");
  CHECK(x.str("/svg:svg/svg:title[@id='grafiek-financieringsvormen-jeugdhulp-title']") == c.title);
  CHECK(x.str("/svg:svg/svg:desc[@id='grafiek-financieringsvormen-jeugdhulp-desc']") == c.description);
  // Explicit size, and a viewBox that matches it.
  const std::string w = x.str("/svg:svg/@width"), h = x.str("/svg:svg/@height");
  CHECK(w == "600");
  CHECK(std::stoi(h) > 100);
  CHECK(x.str("/svg:svg/@viewBox") == "0 0 " + w + " " + h);

  CHECK(x.num("count(//svg:rect[@class='bar'])") == nonzero(c));
  CHECK(x.all("//svg:text[@class='value']") == std::vector<std::string>{"17", "23", "5", "0"});
  CHECK(x.all("//svg:text[@class='label']") == c.categories);
  CHECK(x.num("count(//svg:line[@class='axis'])") == 1);
  CHECK(x.num("count(//svg:g[@class='legend'])") == 0);  // one series: no legend
  CHECK(x.str("//svg:text[@class='unit']") == "regio's");
  // The longest bar is the largest value.
  CHECK(x.num("//svg:rect[@class='bar'][2]/@width") > x.num("//svg:rect[@class='bar'][1]/@width"));

  // Equal input, equal bytes; nothing random, no clock.
  CHECK(bar_chart_svg(c) == svg);
  CHECK(bar_chart_svg(financiering()) == svg);

  // No external reference of any kind.
  CHECK(x.num("count(//@*[local-name()='href'])") == 0);
  CHECK_FALSE(contains(svg, "http://www.w3.org/1999/xlink"));
}

TEST_CASE("chart: fractions use the chart's decimal mark (Dutch comma, English point)", "[chart]") {
  BarChart c = financiering();
  c.series = {{"mln euro", {2.5, 10, 0.25, 0}}};
  Xml nl(bar_chart_svg(c));
  REQUIRE(nl.ok());
  CHECK(nl.all("//svg:text[@class='value']") == std::vector<std::string>{"2,5", "10", "0,3", "0"});
  c.decimal_mark = '.';
  Xml en(bar_chart_svg(c));
  REQUIRE(en.ok());
  CHECK(en.all("//svg:text[@class='value']") == std::vector<std::string>{"2.5", "10", "0.3", "0"});
}

TEST_CASE("chart: stacked bars with a legend, values on the segments, colours with contrast", "[chart]") {
  const BarChart c = per_status();
  Xml x(bar_chart_svg(c));
  REQUIRE(x.ok());
  CHECK(x.num("count(//svg:rect[@class='bar'])") == nonzero(c));  // 5: the zero segment has none
  CHECK(x.all("//svg:g[@class='legend']/svg:text") ==
        std::vector<std::string>{"concept", "ter ondertekening", "ondertekend"});
  CHECK(x.num("count(//svg:g[@class='legend']/svg:rect[@class='swatch'])") == 3);
  // Totals after the bars, segment values inside those wide enough.
  CHECK(x.all("//svg:text[@class='value']") == std::vector<std::string>{"22", "11"});
  std::set<std::string> texts;
  for (const std::string& t : x.all("//svg:g[@class='bars']/svg:text")) texts.insert(t);
  for (const char* v : {"3", "5", "14", "9"}) CHECK(texts.count(v) == 1);
  // Every bar says what it is when pointed at.
  CHECK(x.str("//svg:rect[@class='bar'][1]/svg:title") == "Cluster 3, concept: 3 scholen");

  // Segment colours: a series keeps its colour, series differ, and each has
  // at least 4.5:1 against white (so the white labels on them pass AA too).
  std::set<std::string> fills;
  for (const std::string& f : x.all("//svg:rect[@class='swatch']/@fill")) {
    fills.insert(f);
    INFO(f);
    CHECK(contrast_with_white(f) >= 4.5);
  }
  CHECK(fills.size() == 3);
  CHECK(x.str("//svg:rect[@class='bar'][1]/@fill") == x.str("//svg:rect[@class='swatch'][1]/@fill"));
  CHECK(x.num("count(//svg:rect[@class='bar' and @fill=//svg:rect[@class='swatch'][3]/@fill])") == 2);

  // Vertical bars: the same bars and labels.
  BarChart v = c;
  v.horizontal = false;
  Xml y(bar_chart_svg(v));
  REQUIRE(y.ok());
  CHECK(y.num("count(//svg:rect[@class='bar'])") == nonzero(c));
  CHECK(y.all("//svg:text[@class='value']") == std::vector<std::string>{"22", "11"});
  CHECK(y.all("//svg:text[@class='label']") == c.categories);
  // Bars grow upwards from one baseline.
  CHECK(y.num("//svg:rect[@class='bar'][1]/@y") + y.num("//svg:rect[@class='bar'][1]/@height") ==
        Approx(y.num("//svg:line[@class='axis']/@y1")));
}

TEST_CASE("chart: edge cases stay well-formed and honest", "[chart]") {
  SECTION("no categories") {
    BarChart c;
    c.title = "Leeg";
    c.series = {{"regio's", {}}};
    Xml x(bar_chart_svg(c));
    REQUIRE(x.ok());
    CHECK(x.num("count(//svg:rect[@class='bar'])") == 0);
    CHECK(x.num("count(//svg:line[@class='axis'])") == 1);
    CHECK(x.num("/svg:svg/@height") > 0);
    c.horizontal = false;
    CHECK(Xml(bar_chart_svg(c)).ok());
    BarChart none;  // nothing at all, not even a title
    Xml n(bar_chart_svg(none));
    REQUIRE(n.ok());
    CHECK(n.str("/svg:svg/@aria-labelledby") == "grafiek-title grafiek-desc");
  }
  SECTION("all values zero: no bars, every value still written") {
    BarChart c = financiering();
    c.series[0].values = {0, 0, 0, 0};
    Xml x(bar_chart_svg(c));
    REQUIRE(x.ok());
    CHECK(x.num("count(//svg:rect[@class='bar'])") == 0);
    CHECK(x.all("//svg:text[@class='value']") == std::vector<std::string>{"0", "0", "0", "0"});
  }
  SECTION("negative, NaN and infinite values draw as 0; missing values are 0") {
    BarChart c = financiering();
    c.series[0].values = {-4, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(), 2};
    Xml x(bar_chart_svg(c));
    REQUIRE(x.ok());
    CHECK(x.num("count(//svg:rect[@class='bar'])") == 1);
    CHECK(x.all("//svg:text[@class='value']") == std::vector<std::string>{"0", "0", "0", "2"});
    c.series[0].values = {5};
    Xml y(bar_chart_svg(c));
    CHECK(y.all("//svg:text[@class='value']") == std::vector<std::string>{"5", "0", "0", "0"});
  }
  SECTION("a tiny value still shows, fractions with a decimal comma") {
    BarChart c = financiering();
    c.series[0].values = {1000, 0.01, 2.5, 0};
    Xml x(bar_chart_svg(c));
    CHECK(x.num("count(//svg:rect[@class='bar'])") == 3);
    CHECK(x.num("//svg:rect[@class='bar'][2]/@width") >= 1);
    CHECK(x.all("//svg:text[@class='value']") == std::vector<std::string>{"1000", "0", "2,5", "0"});
  }
  SECTION("very long labels: cut with an ellipsis, the full label as its title") {
    const std::string longer =
        "Samenwerkingsverband Passend Onderwijs Zuid-Holland Noord en omliggende gemeenten (VO en SO)";
    for (bool horizontal : {true, false}) {
      BarChart c = financiering();
      c.horizontal = horizontal;
      c.categories[1] = longer;
      Xml x(bar_chart_svg(c));
      REQUIRE(x.ok());
      const std::string shown = x.str("//svg:text[@class='label'][2]/text()");
      INFO(shown);
      CHECK(shown.size() < longer.size());
      CHECK(shown.substr(shown.size() - 3) == "\u2026");
      CHECK(longer.rfind(shown.substr(0, shown.size() - 3), 0) == 0);
      CHECK(x.str("//svg:text[@class='label'][2]/svg:title") == longer);
      CHECK(x.num("count(//svg:text[@class='label'][1]/svg:title)") == 0);  // short: not cut
    }
  }
  SECTION("markup, control characters and invalid UTF-8 in the text") {
    BarChart c = financiering();
    c.title = "Financi\xC3\xABle <vormen> & \"zo\"\x01";
    c.description = "</desc><script>alert(1)</script>";
    c.categories[0] = "a\xFF" "b";
    c.series[0].name = "x]]>";
    Xml x(bar_chart_svg(c));
    REQUIRE(x.ok());
    CHECK(x.str("/svg:svg/svg:title") == "Financi\xC3\xABle <vormen> & \"zo\"");
    CHECK(x.str("/svg:svg/svg:desc") == c.description);
    CHECK(x.num("count(//svg:script)") == 0);
    CHECK(x.str("/svg:svg/@aria-labelledby") == "grafiek-financiele-vormen-zo-title grafiek-financiele-vormen-zo-desc");
    CHECK(x.str("//svg:text[@class='label'][1]") == "a\xEF\xBF\xBD" "b");
  }
}

TEST_CASE("chart: PNG rendering of the SVG at its own size", "[chart]") {
  const Image img = chart_image(per_status());
  CHECK(img.svg == bar_chart_svg(per_status()));
  REQUIRE(img.png.size() > 24);
  CHECK(img.png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  CHECK(img.png.substr(12, 4) == "IHDR");
  Xml x(img.svg);
  CHECK(img.width_px == std::stoi(x.str("/svg:svg/@width")));
  CHECK(img.height_px == std::stoi(x.str("/svg:svg/@height")));
  CHECK(be32(img.png, 16) == static_cast<uint32_t>(img.width_px));
  CHECK(be32(img.png, 20) == static_cast<uint32_t>(img.height_px));
  CHECK(chart_image(per_status()).png == img.png);  // deterministic too
  BarChart empty;
  CHECK(chart_image(empty).png.substr(1, 3) == "PNG");
}

TEST_CASE("chart: HTML inlines the SVG in a figure, with no external reference", "[chart][html]") {
  DocMeta m = meta_with_chart();
  const std::string html = write_html(Tree::parse(kMarkdown), m, "body { color: black; }");
  Xml page(html, true);
  REQUIRE(page.ok());
  // libxml2's HTML parser drops namespaces: plain names.
  CHECK(page.num("count(//figure)") == 1);
  CHECK(page.num("count(//p//figure)") == 0);  // a figure is no paragraph content
  CHECK(page.num("count(//figure/svg)") == 1);
  CHECK(page.str("//figure/figcaption") == "Financieringsvormen");
  CHECK(page.str("//figure/svg/@role") == "img");
  CHECK(page.str("//figure/svg/title") == "Financieringsvormen jeugdhulp");
  CHECK(page.num("count(//figure/svg//rect[@class='bar'])") == 3);
  CHECK(page.all("//figure/svg//text[@class='value']") == std::vector<std::string>{"17", "23", "5", "0"});
  // aria-labelledby points at ids the page has.
  for (const char* part : {"-title", "-desc"})
    CHECK(page.num(std::string("count(//*[@id='grafiek-financieringsvormen-jeugdhulp") + part + "'])") == 1);
  // The unknown image is its alt text, as before.
  CHECK(contains(page.str("//main"), "Een onbekend plaatje blijft tekst: Alleen tekst."));
  // Self-contained: nothing to fetch.
  CHECK(page.num("count(//@src | //@href | //*[local-name()='image'] | //script | //link)") == 0);
  CHECK_FALSE(contains(html, "zio:financiering"));
  // The SVG itself is XML the browser parses: its namespace survives.
  CHECK(contains(html, "<svg xmlns=\"http://www.w3.org/2000/svg\""));

  // Twice on one page: the second copy gets its own ids.
  const std::string twice = write_html(
      Tree::parse("![Een](zio:financiering)\n\n![Twee](zio:financiering)\n"), m, "");
  Xml p2(twice, true);
  CHECK(p2.num("count(//figure/svg)") == 2);
  CHECK(p2.str("(//figure/svg)[2]/@aria-labelledby") ==
        "grafiek-financieringsvormen-jeugdhulp-title-2 grafiek-financieringsvormen-jeugdhulp-desc-2");
  CHECK(p2.num("count(//*[@id='grafiek-financieringsvormen-jeugdhulp-title-2'])") == 1);

  // An image among text stays inline (no figure in a paragraph).
  Xml p3(write_html(Tree::parse("Zie ![grafiek](zio:financiering) hier.\n"), m, ""), true);
  CHECK(p3.num("count(//p/svg)") == 1);
  CHECK(p3.num("count(//figure)") == 0);
}

TEST_CASE("chart: ODT embeds the SVG with a PNG fallback in a draw:frame", "[chart][odt]") {
  DocMeta m = meta_with_chart();
  const std::string odt = write_odt(Tree::parse(kMarkdown), m, styles("templates/odt/styles.xml"));
  const std::vector<std::string> names = zip_entry_names(odt);
  CHECK(names.front() == "mimetype");
  CHECK(names.back() == "META-INF/manifest.xml");
  CHECK(entry(odt, "Pictures/financiering.svg") == m.images["financiering"].svg);
  CHECK(entry(odt, "Pictures/financiering.png") == m.images["financiering"].png);

  Xml manifest(entry(odt, "META-INF/manifest.xml"));
  CHECK(manifest.str("//manifest:file-entry[@manifest:full-path='Pictures/financiering.svg']/@manifest:media-type") ==
        "image/svg+xml");
  CHECK(manifest.str("//manifest:file-entry[@manifest:full-path='Pictures/financiering.png']/@manifest:media-type") ==
        "image/png");

  Xml content(entry(odt, "content.xml"));
  REQUIRE(content.ok());
  CHECK(content.num("count(//text:p/draw:frame)") == 1);
  const std::string frame = "//draw:frame[@draw:name='Grafiek1']";
  CHECK(content.str(frame + "/@text:anchor-type") == "as-char");  // in the text flow, never over text
  CHECK(content.str(frame + "/draw:image[1]/@xlink:href") == "Pictures/financiering.svg");
  CHECK(content.str(frame + "/draw:image[1]/@draw:mime-type") == "image/svg+xml");
  CHECK(content.str(frame + "/draw:image[2]/@xlink:href") == "Pictures/financiering.png");
  CHECK(content.str(frame + "/osvg:title") == "Financieringsvormen");
  CHECK(content.str(frame + "/osvg:desc") == financiering().description);
  // 600 px at 96 dpi is 15.875 cm.
  CHECK(content.str(frame + "/@osvg:width") == "15.875cm");
  const double h_cm = std::stod(content.str(frame + "/@osvg:height"));
  CHECK(h_cm == Approx(m.images["financiering"].height_px * 2.54 / 96).epsilon(0.001));
  CHECK(content.str("//style:style[@style:name=" + std::string("//draw:frame/@draw:style-name") + "]/@style:family") ==
        "graphic");
  CHECK(contains(content.str("//office:text"), "Alleen tekst"));
  // Deterministic zip.
  CHECK(write_odt(Tree::parse(kMarkdown), meta_with_chart(), styles("templates/odt/styles.xml")) == odt);
  // A chart of many bars is scaled down to fit on a page, proportions kept.
  BarChart tall = financiering();
  tall.categories.assign(40, "Regio");
  tall.series[0].values.assign(40, 3);
  m.images["lang"] = chart_image(tall);
  REQUIRE(m.images["lang"].height_px * 2.54 / 96 > 22);
  Xml t(entry(write_odt(Tree::parse("![Lang](zio:lang)\n"), m, styles("templates/odt/styles.xml")), "content.xml"));
  CHECK(t.str("//draw:frame/@osvg:height") == "22.000cm");
  CHECK(std::stod(t.str("//draw:frame/@osvg:width")) ==
        Approx(22.0 * m.images["lang"].width_px / m.images["lang"].height_px).epsilon(0.001));
  // No chart, no pictures.
  const std::string plain = write_odt(Tree::parse("Tekst."), m, styles("templates/odt/styles.xml"));
  for (const std::string& n : zip_entry_names(plain)) CHECK(n.rfind("Pictures/", 0) != 0);
}

TEST_CASE("chart: DOCX has the PNG and the SVG, relationships, content types and alt text", "[chart][docx]") {
  DocMeta m = meta_with_chart();
  const std::string docx = write_docx(Tree::parse(kMarkdown), m, styles("templates/docx/styles.xml"));
  CHECK(entry(docx, "word/media/financiering.png") == m.images["financiering"].png);
  CHECK(entry(docx, "word/media/financiering.svg") == m.images["financiering"].svg);

  Xml types(entry(docx, "[Content_Types].xml"));
  CHECK(types.str("//ct:Default[@Extension='png']/@ContentType") == "image/png");
  CHECK(types.str("//ct:Default[@Extension='svg']/@ContentType") == "image/svg+xml");

  Xml rels(entry(docx, "word/_rels/document.xml.rels"));
  const std::string png_id = rels.str("//rel:Relationship[@Target='media/financiering.png']/@Id");
  const std::string svg_id = rels.str("//rel:Relationship[@Target='media/financiering.svg']/@Id");
  CHECK(!png_id.empty());
  CHECK(!svg_id.empty());
  CHECK(rels.str("//rel:Relationship[@Id='" + png_id + "']/@Type") ==
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
  CHECK(rels.num("count(//rel:Relationship)") == rels.num("count(//rel:Relationship[not(@Id=preceding-sibling::*/@Id)])"));

  Xml doc(entry(docx, "word/document.xml"));
  REQUIRE(doc.ok());
  CHECK(doc.num("count(//w:p/w:r/w:drawing/wp:inline)") == 1);
  const std::string inl = "//w:drawing/wp:inline";
  CHECK(doc.str(inl + "/wp:docPr/@descr") == "Financieringsvormen");
  CHECK(doc.str(inl + "//pic:cNvPr/@descr") == "Financieringsvormen");
  CHECK(doc.str(inl + "//a:blip/@r:embed") == png_id);
  CHECK(doc.str(inl + "//a:blip//asvg:svgBlip/@r:embed") == svg_id);
  CHECK(doc.num(inl + "/wp:extent/@cx") == 600 * 9525);
  CHECK(doc.num(inl + "/wp:extent/@cy") == m.images["financiering"].height_px * 9525.0);
  CHECK(doc.str(inl + "//a:xfrm/a:ext/@cx") == doc.str(inl + "/wp:extent/@cx"));
  CHECK(contains(doc.str("//w:body"), "Alleen tekst"));
  CHECK(write_docx(Tree::parse(kMarkdown), meta_with_chart(), styles("templates/docx/styles.xml")) == docx);

  // The same chart twice: one media file, two drawings with their own ids.
  const std::string twice = write_docx(Tree::parse("![a](zio:financiering)\n\n![b](zio:financiering)\n"), m,
                                       styles("templates/docx/styles.xml"));
  Xml d2(entry(twice, "word/document.xml"));
  CHECK(d2.num("count(//wp:docPr)") == 2);
  CHECK(d2.str("(//wp:docPr)[1]/@id") != d2.str("(//wp:docPr)[2]/@id"));
  Xml r2(entry(twice, "word/_rels/document.xml.rels"));
  CHECK(r2.num("count(//rel:Relationship[@Target='media/financiering.png'])") == 1);

  // A chart of many bars is scaled down to fit on a page.
  BarChart tall = financiering();
  tall.categories.assign(40, "Regio");
  tall.series[0].values.assign(40, 3);
  m.images["lang"] = chart_image(tall);
  Xml t(entry(write_docx(Tree::parse("![Lang](zio:lang)\n"), m, styles("templates/docx/styles.xml")), "word/document.xml"));
  CHECK(t.num("//wp:extent/@cy") == 22 * 360000);
  CHECK(t.num("//wp:extent/@cx") < 600 * 9525);

  // No chart: no media, no image content types.
  const std::string plain = write_docx(Tree::parse("Tekst."), m, styles("templates/docx/styles.xml"));
  for (const std::string& n : zip_entry_names(plain)) CHECK(n.rfind("word/media/", 0) != 0);
  CHECK(Xml(entry(plain, "[Content_Types].xml")).num("count(//ct:Default[@Extension='png'])") == 0);
}

TEST_CASE("chart: LibreOffice prints the chart of the ODT and the DOCX", "[chart][libreoffice]") {
  // A missing tool fails the test (office_to_pdf and poppler REQUIRE them):
  // green without running proves nothing.
  const std::string dir = test::temp_dir();
  DocMeta m = meta_with_chart();
  const Tree tree = Tree::parse(kMarkdown);
  std::ofstream(dir + "/grafiek.odt", std::ios::binary) << write_odt(tree, m, styles("templates/odt/styles.xml"));
  std::ofstream(dir + "/grafiek.docx", std::ios::binary) << write_docx(tree, m, styles("templates/docx/styles.xml"));

  for (const char* ext : {"odt", "docx"}) {
    // Both make grafiek.pdf: one folder (and LibreOffice profile) each.
    const std::string pdf = test::office_to_pdf({dir + "/grafiek." + ext}, dir + "/" + ext).at(0);
    const std::string text = test::pdf_text(pdf), images = test::poppler("pdfimages", {"-list", pdf});
    INFO(ext << " text:\n" << text << "\nimages:\n" << images);
    CHECK(contains(text, "De regio's financieren jeugdhulp zo:"));
    CHECK(contains(text, "Alleen tekst"));
    // LibreOffice draws the SVG as vectors (its labels are text in the
    // PDF) or prints the PNG (an image of the chart's size in the list).
    const bool vectors = contains(text, "Persoonsgebonden budget") && contains(text, "23");
    const bool raster = contains(images, " 600 ");
    CHECK((vectors || raster));
  }
}

TEST_CASE("chart: a bar of one segment prints its value once", "[chart]") {
  BarChart c;
  c.title = "Afspraken naar status";
  c.categories = {"concept", "ondertekend"};
  c.series = {{"zonder fouten", {0, 2}}, {"met fouten", {1, 0}}};
  for (bool horizontal : {true, false}) {
    c.horizontal = horizontal;
    Xml x(bar_chart_svg(c));
    REQUIRE(x.ok());
    INFO((horizontal ? "horizontal" : "vertical"));
    CHECK(x.num("count(//svg:g[@class='bars']/svg:text[.='1'])") == 1);
    CHECK(x.num("count(//svg:g[@class='bars']/svg:text[.='2'])") == 1);
    CHECK(x.num("count(//svg:g[@class='legend']/svg:rect[@class='swatch'])") == 2);
  }
}

TEST_CASE("chart: the report's coverage chart shows 'alleen met fouten' as the fouten series", "[chart][report]") {
  const std::string dir = zio::test::temp_dir();
  zio::test::Run r = zio::test::run_zio({"report", "examples", "-o", dir + "/r.html"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  Xml x(zio::test::slurp(dir + "/r.html"), true);
  REQUIRE(x.ok());
  // libxml2's HTML parser drops the SVG namespace: plain names here.
  const std::string chart = "//svg[title[starts-with(., 'Scholen voor cluster 3 of 4')]]";
  REQUIRE(x.count(chart) == 1);
  CHECK(x.all(chart + "//g[@class='legend']/text") == std::vector<std::string>{"zonder fouten", "met fouten"});
  const std::string fouten = x.str(chart + "//rect[@class='bar'][contains(title, 'alleen met fouten')]/@fill");
  CHECK(!fouten.empty());
  CHECK(fouten == x.str(chart + "//g[@class='legend']/rect[@class='swatch'][2]/@fill"));
  CHECK(fouten != x.str(chart + "//g[@class='legend']/rect[@class='swatch'][1]/@fill"));
  // The same colour as "met fouten" in the status chart.
  CHECK(fouten == x.str("//svg[title[starts-with(., 'Regionale afspraken naar status')]]//g[@class='legend']/rect[@class='swatch'][2]/@fill"));
}
