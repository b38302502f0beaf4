// ODT writer: the zip container, the XML parts, the fingerprint read-back,
// and LibreOffice really opening the file and printing it to PDF.
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "render/document.h"
#include "render/zip.h"
#include "support.h"
#include "xpath.h"

using namespace zio;

namespace {

const std::string kFingerprint = "3f0a9c1e5b7d2468ace013579bdf2468ace013579bdf2468ace013579bdf0a1b";
const std::string kLongParagraph = [] {
  std::string s;
  while (s.size() < 5000) s += "langetekst ";
  return s.substr(0, 5000);
}();

// Hostile text arrives as the template glue makes it: HTML-escaped values.
// The raw <b> tag below reaches cmark as an html_inline node and must come
// out as literal text too.
const std::string kMarkdown = R"(## Artikel 1 Partijen

De **ondergetekenden**, te weten *de gemeenten* en het ***samenwerkingsverband***, met `code  met  spaties`
verklaren het volgende.\
Na een harde regelafbreking.

- Eerste punt
  - Genest punt A
  - Genest punt B
    1. Diep genummerd
- Tweede punt

3. Derde
4. Vierde

## Artikel 2 Deelnemers

| Partij | Rol | KvK-nummer |
|:-------|:---:|-----------:|
| Gemeente Utrecht | Opdrachtgever | 30012345 |
| Zorgkantoor Midden | Partner |
| Scholen &amp; co | Uitvoerder | 41234567 |

> Dit artikel geldt onverminderd de Wet passend onderwijs.

---

### Artikel 2.1 Vijandige tekst

Let op: &lt;script&gt;alert(1)&lt;/script&gt; &amp; "aanhalingstekens" 'enkel' ]]&gt; en <b>rauw</b>.

Twee  spaties en   drie spaties blijven staan.

Arabisch: اتفاقية التعاون الإقليمية. Hebreeuws: הסכם שיתוף פעולה. Emoji: 🤝📚.

)" + kLongParagraph + "\n";

DocMeta sample_meta(bool concept, Lang lang = Lang::nl) {
  DocMeta m;
  m.title = "Samenwerkingsovereenkomst Zorg in Onderwijstijd";
  m.subtitle = "Regio Utrecht Stad & \"Omgeving\"";
  m.kind = "contract";
  m.lang = lang;
  m.date = "2025-08-01";
  m.fingerprint = kFingerprint;
  m.concept = concept;
  m.generator = "zio 0.1.0";
  return m;
}

std::string styles() {
  std::string s = test::slurp(test::source_path("templates/odt/styles.xml"));
  REQUIRE(!s.empty());
  return s;
}

std::string render(bool concept = true, Lang lang = Lang::nl) {
  return write_odt(Tree::parse(kMarkdown), sample_meta(concept, lang), styles());
}

std::string entry(const std::string& odt, const std::string& path) {
  std::string out;
  REQUIRE(read_zip_entry(odt, path, out));
  return out;
}

// A parsed XML part with the ODF namespaces registered for XPath.
using zio::test::Xml;

unsigned u16(const std::string& s, size_t at) {
  return static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8;
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("ODT: mimetype is the first entry, stored, without extra field", "[odt]") {
  std::string odt = render();
  REQUIRE(odt.size() > 100);
  const std::string mime = "application/vnd.oasis.opendocument.text";
  CHECK(odt.compare(0, 4, "PK\x03\x04") == 0);  // local file header at offset 0
  CHECK(u16(odt, 8) == 0);                      // compression method: stored
  CHECK(u16(odt, 26) == 8);                     // name length
  CHECK(u16(odt, 28) == 0);                     // no extra field: the type sits at offset 38
  CHECK(odt.substr(30, 8) == "mimetype");
  CHECK(odt.substr(38, mime.size()) == mime);
  CHECK(zip_entry_names(odt) ==
        std::vector<std::string>{"mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"});
}

TEST_CASE("ODT: every XML part is well-formed, versions agree", "[odt]") {
  std::string odt = render();
  for (const char* part : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"}) {
    INFO(part);
    CHECK(Xml(entry(odt, part)).ok());
  }
  Xml manifest(entry(odt, "META-INF/manifest.xml"));
  CHECK(manifest.str("/manifest:manifest/@manifest:version") == "1.3");
  CHECK(manifest.str("//manifest:file-entry[@manifest:full-path='/']/@manifest:media-type") ==
        "application/vnd.oasis.opendocument.text");
  CHECK(manifest.num("count(//manifest:file-entry)") == 4);
  CHECK(Xml(entry(odt, "content.xml")).str("/office:document-content/@office:version") == "1.3");
  CHECK(Xml(entry(odt, "meta.xml")).str("/office:document-meta/@office:version") == "1.3");
  CHECK(entry(odt, "styles.xml") == styles());  // copied unchanged
}

TEST_CASE("ODT: content.xml carries the structure of the tree", "[odt]") {
  Xml c(entry(render(), "content.xml"));
  REQUIRE(c.ok());
  const std::string body = "/office:document-content/office:body/office:text";

  SECTION("title block") {
    CHECK(c.str(body + "/text:p[1][@text:style-name='Title']") == "Samenwerkingsovereenkomst Zorg in Onderwijstijd");
    CHECK(c.str(body + "/text:p[2][@text:style-name='Subtitle']") == "Regio Utrecht Stad & \"Omgeving\"");
  }
  SECTION("headings with outline level and style") {
    // The title is the Title paragraph; the "##" articles are the outline's level 1.
    CHECK(c.str(body + "/text:h[@text:outline-level='1'][1]") == "Artikel 1 Partijen");
    CHECK(c.str(body + "/text:h[@text:outline-level='1'][1]/@text:style-name") == "Heading_20_1");
    CHECK(c.str(body + "/text:h[@text:outline-level='1'][2]") == "Artikel 2 Deelnemers");
    CHECK(c.str(body + "/text:h[@text:outline-level='2']/@text:style-name") == "Heading_20_2");
    CHECK(c.num("count(//text:h//text:s)") == 0);  // single spaces stay plain
  }
  SECTION("emphasis, code and breaks") {
    CHECK(c.str("//text:span[@text:style-name='T_b']") == "ondergetekenden");
    CHECK(c.str("//text:span[@text:style-name='T_i']") == "de gemeenten");
    CHECK(c.str("//text:span[@text:style-name='T_bi']") == "samenwerkingsverband");
    CHECK(c.str("//text:span[@text:style-name='T_c']") == "code met spaties");  // text:s holds the 2nd space
    CHECK(c.num("count(//text:span[@text:style-name='T_c']/text:s)") == 2);
    CHECK(c.num("count(//text:p[text:span[@text:style-name='T_b']]/text:line-break)") == 1);
    CHECK(contains(c.str("//text:p[text:span[@text:style-name='T_b']]"), "spaties verklaren"));  // softbreak
  }
  SECTION("lists: bullet and numbered, nested, with start value") {
    CHECK(c.str(body + "/text:list[1]/@text:style-name") == "List_20_Bullet");
    CHECK(c.str(body + "/text:list[1]/text:list-item[1]/text:p") == "Eerste punt");
    CHECK(c.str(body + "/text:list[1]/text:list-item[1]/text:list/text:list-item[2]/text:p") == "Genest punt B");
    CHECK(c.str(body + "/text:list[1]/text:list-item[1]/text:list/text:list-item[2]/text:list/@text:style-name") ==
          "List_20_Number");
    CHECK(c.str(body + "/text:list[2]/@text:style-name") == "List_20_Number");
    CHECK(c.str(body + "/text:list[2]/text:list-item[1]/@text:start-value") == "3");
    CHECK(c.num("count(" + body + "/text:list[2]/text:list-item[2]/@text:start-value)") == 0);
  }
  SECTION("table: columns, repeated header row, string cells") {
    const std::string t = body + "/table:table[1]";
    CHECK(c.num("count(" + t + "/table:table-column)") == 3);
    CHECK(c.num("count(" + t + "/table:table-header-rows/table:table-row)") == 1);
    CHECK(c.num("count(" + t + "/table:table-header-rows/table:table-row/table:table-cell)") == 3);
    CHECK(c.str(t + "/table:table-header-rows/table:table-row/table:table-cell[3]/text:p") == "KvK-nummer");
    CHECK(c.num("count(" + t + "/table:table-row)") == 3);
    CHECK(c.num("count(" + t + "/table:table-row/table:table-cell)") == 9);  // the short row is filled up
    CHECK(c.num("count(" + t + "//table:table-cell[not(@office:value-type='string')])") == 0);
    CHECK(c.str(t + "/table:table-row[1]/table:table-cell[1]/text:p") == "Gemeente Utrecht");
    CHECK(c.str(t + "/table:table-row[3]/table:table-cell[1]/text:p") == "Scholen & co");
    CHECK(c.str(t + "/table:table-row[1]/table:table-cell[2]/text:p/@text:style-name") == "PTC_center");
    CHECK(c.str(t + "/table:table-row[1]/table:table-cell[3]/text:p/@text:style-name") == "PTC_end");
    // Every column style the table names exists.
    CHECK(c.num("count(" + t + "/table:table-column[not(@table:style-name = //office:automatic-styles/style:style/@style:name)])") == 0);
  }
  SECTION("block quote, rule") {
    CHECK(c.str("//text:p[@text:style-name='Quotations']") == "Dit artikel geldt onverminderd de Wet passend onderwijs.");
    CHECK(c.num("count(" + body + "/text:p[@text:style-name='Horizontal_20_Line'])") == 1);
  }
  SECTION("hostile text comes out as text") {
    std::string p = c.str(body + "/text:p[starts-with(., 'Let op')]");
    CHECK(contains(p, "<script>alert(1)</script>"));
    CHECK(contains(p, "& \"aanhalingstekens\" 'enkel' ]]>"));
    CHECK(contains(p, "<b>rauw</b>"));
    CHECK(c.num("count(//*[local-name()='script' or local-name()='b'])") == 0);
    CHECK(contains(c.str(body + "/text:p[starts-with(., 'Arabisch')]"), "اتفاقية التعاون الإقليمية"));
    CHECK(contains(c.str(body + "/text:p[starts-with(., 'Arabisch')]"), "הסכם שיתוף פעולה"));
    CHECK(contains(c.str(body + "/text:p[starts-with(., 'Arabisch')]"), "🤝📚"));
    CHECK(c.num("string-length(" + body + "/text:p[starts-with(., 'langetekst')])") == 5000);
  }
  SECTION("runs of spaces become text:s") {
    const std::string p = body + "/text:p[starts-with(., 'Twee')]";
    CHECK(c.num("count(" + p + "/text:s)") == 2);
    CHECK(c.num("count(" + p + "/text:s[not(@text:c)])") == 1);  // 2 spaces: " " + <text:s/>
    CHECK(c.str(p + "/text:s[@text:c]/@text:c") == "2");         // 3 spaces: " " + <text:s text:c="2"/>
  }
}

TEST_CASE("ODT: meta.xml holds the fingerprint and header/footer values", "[odt]") {
  Xml m(entry(render(true), "meta.xml"));
  REQUIRE(m.ok());
  const std::string meta = "/office:document-meta/office:meta";
  auto user = [&](const std::string& name) { return m.str(meta + "/meta:user-defined[@meta:name='" + name + "']"); };
  CHECK(user("zio-vingerafdruk") == kFingerprint);
  CHECK(user("zio-status") == "CONCEPT");
  CHECK(user("zio-voettekst") == "Vingerafdruk gegevens: " + kFingerprint);
  CHECK(user("zio-pagina") == "pagina");
  CHECK(m.str(meta + "/meta:keyword") == "zio-sha256:" + kFingerprint);
  CHECK(m.str(meta + "/dc:title") == "Samenwerkingsovereenkomst Zorg in Onderwijstijd");
  CHECK(m.str(meta + "/dc:language") == "nl-NL");
  CHECK(m.str(meta + "/meta:generator") == "zio 0.1.0");
  CHECK(m.num("count(" + meta + "/meta:creation-date | " + meta + "/dc:date)") == 0);  // no timestamps

  Xml en(entry(render(false, Lang::en), "meta.xml"));
  CHECK(en.str(meta + "/meta:user-defined[@meta:name='zio-status']") == "");
  CHECK(en.str(meta + "/meta:user-defined[@meta:name='zio-voettekst']") == "Data fingerprint: " + kFingerprint);
  CHECK(en.str(meta + "/dc:language") == "en-GB");
}

TEST_CASE("ODT: read_fingerprint_odt reads it back, and never throws", "[odt]") {
  CHECK(read_fingerprint_odt(render()) == kFingerprint);

  DocMeta none = sample_meta(false);
  none.fingerprint.clear();
  CHECK(read_fingerprint_odt(write_odt(Tree::parse("tekst"), none, styles())) == "");

  CHECK(read_fingerprint_odt("") == "");
  CHECK(read_fingerprint_odt("geen zip") == "");
  CHECK(read_fingerprint_odt(std::string("PK\x03\x04", 4) + std::string(100, '\xff')) == "");
  CHECK(read_fingerprint_odt(make_zip({{"content.xml", "<x/>"}})) == "");
  CHECK(read_fingerprint_odt(make_zip({{"meta.xml", "<office:document-meta><unclosed"}})) == "");
  std::string odt = render();
  CHECK(read_fingerprint_odt(odt.substr(0, odt.size() / 2)) == "");  // truncated
}

TEST_CASE("ODT: output is deterministic", "[odt]") {
  CHECK(render() == render());
  CHECK(render(false, Lang::en) == render(false, Lang::en));
}

TEST_CASE("ODT: odd input does not break the XML", "[odt]") {
  std::string md = "## Kop\x01 met \x1f controle\n\nOngeldig \xff\xfe UTF-8 \xed\xa0\x80 en \t tab\n\n"
                   "- | a | b |\n  |---|---|\n  | 1 | 2 |\n\n```\ncode  blok\n  ingesprongen\n```\n\n"
                   "<div>\nhtml blok & zo\n</div>\n\n[link](javascript:alert(1)) [goed](https://example.org/?a=1&b=2)\n";
  std::string odt = write_odt(Tree::parse(md), sample_meta(false), styles());
  Xml c(entry(odt, "content.xml"));
  REQUIRE(c.ok());
  CHECK(c.str("//text:h") == "Kop met controle");  // the 2nd space is a text:s
  CHECK(contains(c.str("//text:p[starts-with(., 'Ongeldig')]"), "\xEF\xBF\xBD"));
  CHECK(c.num("count(//table:table)") == 0);  // a table in a list is written as lines of text
  CHECK(c.str("//text:list//text:p[2]") == "1 | 2");
  CHECK(c.num("count(//text:p[@text:style-name='Preformatted_20_Text']/text:line-break)") == 1);
  CHECK(contains(c.str("//text:p[starts-with(., '<div>')]"), "html blok & zo"));
  CHECK(c.num("count(//text:a)") == 1);
  CHECK(c.str("//text:a/@xlink:href") == "https://example.org/?a=1&b=2");

  // Empty documents and an empty title block still make a valid file.
  CHECK(Xml(entry(write_odt(Tree::parse(""), DocMeta{}, styles()), "content.xml")).ok());
  CHECK_THROWS(write_odt(Tree::parse("x"), DocMeta{}, "<office:document-styles"));
}

TEST_CASE("ODT: LibreOffice opens it and prints headings, table, footer", "[odt][libreoffice]") {
  namespace fs = std::filesystem;
  // A missing office suite fails the test (office_to_pdf and poppler REQUIRE
  // them): green without running proves nothing.
  const std::string dir = test::temp_dir();
  const std::string concept = dir + "/concept.odt", final_en = dir + "/final_en.odt";
  std::ofstream(concept, std::ios::binary) << render(true, Lang::nl);
  std::ofstream(final_en, std::ios::binary) << render(false, Lang::en);

  // Both in one LibreOffice run; REQUIREs dir/concept.pdf and dir/final_en.pdf.
  test::office_to_pdf({concept, final_en}, dir);

  // Lines wrap where the page says: compare with white space collapsed.
  auto text_of = [&](const std::string& pdf) { return test::squeeze(test::pdf_text(pdf)); };
  std::string nl = text_of(dir + "/concept.pdf");
  INFO(nl);
  CHECK(contains(nl, "Samenwerkingsovereenkomst Zorg in Onderwijstijd"));
  CHECK(contains(nl, "Artikel 1 Partijen"));
  CHECK(contains(nl, "Artikel 2 Deelnemers"));
  CHECK(contains(nl, "Artikel 2.1 Vijandige tekst"));
  CHECK(contains(nl, "Gemeente Utrecht"));
  CHECK(contains(nl, "KvK-nummer"));
  CHECK(contains(nl, "Scholen & co"));
  CHECK(contains(nl, "<script>alert(1)</script>"));
  CHECK(contains(nl, "\"aanhalingstekens\" 'enkel' ]]>"));
  CHECK(contains(nl, "<b>rauw</b>"));
  CHECK(contains(nl, "הסכם"));
  CHECK(contains(nl, "Vingerafdruk gegevens: " + kFingerprint));
  CHECK(contains(nl, "CONCEPT"));
  CHECK(contains(nl, "pagina 1"));
  CHECK(contains(nl, "pagina 2"));  // the long paragraph makes a second page with the footer again

  std::string en = text_of(dir + "/final_en.pdf");
  INFO(en);
  CHECK(contains(en, "Artikel 1 Partijen"));
  CHECK(contains(en, "Data fingerprint: " + kFingerprint));
  CHECK(contains(en, "page 1"));
  CHECK_FALSE(contains(en, "CONCEPT"));

  // The PDF's metadata carries the keyword with the fingerprint.
  const std::string info = test::poppler("pdfinfo", {dir + "/concept.pdf"});
  CHECK(contains(info, "zio-sha256:" + kFingerprint));
  if (!std::getenv("ZIO_KEEP")) fs::remove_all(dir);
}
