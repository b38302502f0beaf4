// The DOCX writer: package structure, WordprocessingML read back with
// libxml2 + XPath, hostile text, deterministic bytes, the fingerprint read
// back, and LibreOffice really opening the file and printing it to PDF.
#include <catch2/catch.hpp>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>



#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "render/document.h"
#include "render/zip.h"
#include "support.h"
#include "xpath.h"

using namespace zio::test;
namespace fs = std::filesystem;

namespace {

const char* const kFingerprint = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const char* const kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const std::string kEscapedHostile = "<script>alert(\"x\")</script> & \"dubbel\" 'enkel' ]]> einde.";
const std::string kArabic = "مرحبا بالعالم";
const std::string kHebrew = "שלום עולם";
const std::string kArabicParagraph = "مرحبا بكم في الاتفاقية";
const std::string kEmoji = "😀 👍🏽 🇳🇱";

// 5,000 characters of numbered words, so a PDF check can find some of them.
std::string long_paragraph() {
  std::string s;
  for (int i = 1; s.size() < 5000; ++i) {
    char word[16];
    std::snprintf(word, sizeof word, "lang%04d ", i);
    s += word;
  }
  s.resize(5000);
  if (s.back() == ' ') s.back() = 'x';
  return s;
}

std::string sample_markdown() {
  return "# Samenwerkingsovereenkomst Zorg in Onderwijstijd\n"
         "\n"
         "## Artikel 1 Partijen\n"
         "\n"
         "De *partijen* bij deze **overeenkomst** zijn het `samenwerkingsverband`\n"
         "en de gemeenten.\\\n"
         "Na een harde regelovergang.\n"
         "\n"
         "1. Gemeente Tilburg\n"
         "2. Samenwerkingsverband VO Midden-Brabant\n"
         "   - cluster 3\n"
         "   - cluster 4\n"
         "     1. diepste niveau\n"
         "3. Zorgkantoor\n"
         "\n"
         "## Artikel 2 Inzet per school\n"
         "\n"
         "| School | Cluster | Leerlingen |\n"
         "|:-------|:-------:|-----------:|\n"
         "| De Regenboog | 3 | 12 |\n"
         "| Het Baken | 4 |\n"
         "\n"
         "### Lid 2.1 Bijzonderheden\n"
         "\n"
         "> Een citaat uit de wet.\n"
         "\n"
         "---\n"
         "\n"
         "## Artikel 3 Vijandige tekst\n"
         "\n"
         "Ontsnapt: &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \"dubbel\" 'enkel' ]]&gt; einde.\n"
         "\n"
         "Rauw <b onclick=\"x()\">vet?</b> blijft tekst.\n"
         "\n"
         "<script>alert('blok')</script>\n"
         "\n"
         "Arabisch: " + kArabic + " en Hebreeuws: " + kHebrew + ".\n"
         "\n" + kArabicParagraph + "\n"
         "\n"
         "Emoji: " + kEmoji + "\n"
         "\n" + long_paragraph() + "\n";
}

zio::DocMeta sample_meta(bool concept = true) {
  zio::DocMeta m;
  m.title = "Samenwerkingsovereenkomst Zorg in Onderwijstijd";
  m.subtitle = "Regio Hart van Brabant & <Zuid> \"]]>\"";
  m.kind = "contract";
  m.date = "2025-08-01";
  m.fingerprint = kFingerprint;
  m.concept = concept;
  m.generator = "zio 0.1.0";
  return m;
}

std::string styles() { return slurp(source_path("templates/docx/styles.xml")); }

std::string write_sample(bool concept = true) {
  zio::Tree tree = zio::Tree::parse(sample_markdown());
  return zio::write_docx(tree, sample_meta(concept), styles());
}

std::string part(const std::string& docx, const std::string& name) {
  std::string out;
  INFO(name);
  REQUIRE(zio::read_zip_entry(docx, name, out));
  return out;
}

// A parsed XML part with XPath, the OOXML namespaces registered.
using zio::test::Xml;

// The package's parts: zip entries without the folder entries Poco adds.
std::vector<std::string> parts_of(const std::string& docx) {
  std::vector<std::string> out;
  for (const std::string& n : zio::zip_entry_names(docx))
    if (!n.empty() && n.back() != '/') out.push_back(n);
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The body paragraph whose text is exactly `text`, as an XPath.
std::string para_with(const std::string& text) { return "//w:body/w:p[string(.)='" + text + "']"; }

}  // namespace

TEST_CASE("docx: every part is well-formed and covered by [Content_Types].xml", "[docx]") {
  const std::string docx = write_sample();
  const std::vector<std::string> names = parts_of(docx);
  REQUIRE(!names.empty());
  CHECK(names.front() == "[Content_Types].xml");
  for (const char* required :
       {"_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
        "word/header1.xml", "word/footer1.xml", "word/_rels/document.xml.rels", "docProps/core.xml",
        "docProps/app.xml", "docProps/custom.xml"})
    CHECK(contains(names, required));

  for (const std::string& name : names) {
    INFO(name);
    Xml x(part(docx, name));
    CHECK(x.ok());
  }

  Xml ct(part(docx, "[Content_Types].xml"));
  std::set<std::string> overrides;
  for (const std::string& p : ct.texts("/ct:Types/ct:Override/@PartName")) overrides.insert(p);
  for (const std::string& name : names) {
    if (name == "[Content_Types].xml") continue;
    INFO(name);
    std::string ext = name.substr(name.rfind('.') + 1);
    bool by_default = ct.count("/ct:Types/ct:Default[@Extension='" + ext + "']") == 1;
    CHECK((overrides.count("/" + name) == 1 || by_default));
    if (ext == "xml") CHECK(overrides.count("/" + name) == 1);  // application/xml is no part type
  }
  for (const std::string& o : overrides) {
    INFO(o);
    CHECK(contains(names, o.substr(1)));  // no override for a part that is not there
  }
  CHECK(ct.str("/ct:Types/ct:Override[@PartName='/word/document.xml']/@ContentType") ==
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

  // Every relationship points at a part in the package.
  Xml rels(part(docx, "_rels/.rels"));
  for (const std::string& t : rels.texts("/rel:Relationships/rel:Relationship/@Target")) CHECK(contains(names, t));
  Xml drels(part(docx, "word/_rels/document.xml.rels"));
  for (const std::string& t : drels.texts("/rel:Relationships/rel:Relationship/@Target")) CHECK(contains(names, "word/" + t));
  CHECK(rels.count("//rel:Relationship[@Target='word/document.xml']") == 1);

  // The header and footer references in sectPr resolve to those parts.
  Xml doc(part(docx, "word/document.xml"));
  std::string hid = doc.str("//w:body/w:sectPr/w:headerReference/@r:id");
  std::string fid = doc.str("//w:body/w:sectPr/w:footerReference/@r:id");
  CHECK(drels.str("//rel:Relationship[@Id='" + hid + "']/@Target") == "header1.xml");
  CHECK(drels.str("//rel:Relationship[@Id='" + fid + "']/@Target") == "footer1.xml");
  CHECK(doc.str("//w:body/w:sectPr/w:pgSz/@w:w") == "11906");
  CHECK(doc.str("//w:body/w:sectPr/w:pgSz/@w:h") == "16838");
  CHECK(doc.count("//w:body/w:sectPr/w:pgMar") == 1);
  CHECK(doc.count("//w:body/*[last()][self::w:sectPr]") == 1);
}

TEST_CASE("docx: styles are the given file, and every style used is defined in it", "[docx]") {
  const std::string docx = write_sample();
  const std::string given = styles();
  CHECK(part(docx, "word/styles.xml") == given);
  Xml st(given);
  REQUIRE(st.ok());
  for (const char* id : {"Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "ListParagraph",
                         "Quote", "ZioTabel", "Header", "Footer"}) {
    INFO(id);
    CHECK(st.count("/w:styles/w:style[@w:styleId='" + std::string(id) + "']") == 1);
  }
  for (int level = 1; level <= 3; ++level)
    CHECK(st.str("//w:style[@w:styleId='Heading" + std::to_string(level) + "']/w:pPr/w:outlineLvl/@w:val") ==
          std::to_string(level - 1));
  CHECK(st.count("//w:style[@w:styleId='ZioTabel']/w:tblPr/w:tblBorders/w:insideH") == 1);
  CHECK(st.count("//w:style[@w:styleId='ZioTabel']/w:tblStylePr[@w:type='firstRow']") == 1);
  CHECK(!st.str("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii").empty());

  for (const char* name : {"word/document.xml", "word/header1.xml", "word/footer1.xml"}) {
    Xml x(part(docx, name));
    for (const std::string& id : x.texts("//w:pStyle/@w:val | //w:tblStyle/@w:val")) {
      INFO(name << ": " << id);
      CHECK(st.count("/w:styles/w:style[@w:styleId='" + id + "']") == 1);
    }
  }
}

TEST_CASE("docx: headings, inline markup, lists, quote and rule in document.xml", "[docx]") {
  const std::string docx = write_sample();
  Xml doc(part(docx, "word/document.xml"));
  REQUIRE(doc.ok());

  // Title block first.
  CHECK(doc.str("//w:body/w:p[1]/w:pPr/w:pStyle/@w:val") == "Title");
  CHECK(doc.str("//w:body/w:p[1]") == "Samenwerkingsovereenkomst Zorg in Onderwijstijd");
  CHECK(doc.str("//w:body/w:p[2]/w:pPr/w:pStyle/@w:val") == "Subtitle");
  CHECK(doc.str("//w:body/w:p[2]") == "Regio Hart van Brabant & <Zuid> \"]]>\"");

  CHECK(doc.texts("//w:body/w:p[w:pPr/w:pStyle/@w:val='Heading1']") ==
        std::vector<std::string>{"Samenwerkingsovereenkomst Zorg in Onderwijstijd"});
  CHECK(doc.texts("//w:body/w:p[w:pPr/w:pStyle/@w:val='Heading2']") ==
        std::vector<std::string>{"Artikel 1 Partijen", "Artikel 2 Inzet per school", "Artikel 3 Vijandige tekst"});
  CHECK(doc.texts("//w:body/w:p[w:pPr/w:pStyle/@w:val='Heading3']") ==
        std::vector<std::string>{"Lid 2.1 Bijzonderheden"});

  // Runs: text in w:t with xml:space="preserve"; emphasis, strong, code.
  CHECK(doc.count("//w:t[not(@xml:space='preserve')]") == 0);
  CHECK(doc.count("//w:r[w:rPr/w:i][w:t='partijen']") == 1);
  CHECK(doc.count("//w:r[w:rPr/w:b][w:t='overeenkomst']") == 1);
  CHECK(doc.count("//w:r[w:rPr/w:i][w:t='overeenkomst']") == 0);
  CHECK(doc.str("//w:r[w:t='samenwerkingsverband']/w:rPr/w:rFonts/@w:ascii") == "Liberation Mono");
  // Softbreak is a space, the hard break a w:br.
  const std::string first = "De partijen bij deze overeenkomst zijn het samenwerkingsverband en de gemeenten.";
  CHECK(doc.count("//w:body/w:p[starts-with(string(.), '" + first + "Na een')]") == 1);
  CHECK(doc.count("//w:body/w:p[starts-with(string(.), '" + first + "')]//w:br") == 1);
  CHECK(doc.str("//w:r[w:t='partijen']/w:rPr/w:lang/@w:val") == "nl-NL");

  // Lists: numbered paragraphs, nested levels, ordered lists numbered
  // decimal in their own numbering, bullets as bullets.
  Xml num(part(docx, "word/numbering.xml"));
  REQUIRE(num.ok());
  auto fmt_of = [&](const std::string& text) {
    std::string p = para_with(text);
    std::string id = doc.str(p + "/w:pPr/w:numPr/w:numId/@w:val");
    std::string lvl = doc.str(p + "/w:pPr/w:numPr/w:ilvl/@w:val");
    std::string abs = num.str("/w:numbering/w:num[@w:numId='" + id + "']/w:abstractNumId/@w:val");
    return lvl + ":" + num.str("/w:numbering/w:abstractNum[@w:abstractNumId='" + abs + "']/w:lvl[@w:ilvl='" + lvl +
                               "']/w:numFmt/@w:val");
  };
  CHECK(fmt_of("Gemeente Tilburg") == "0:decimal");
  CHECK(fmt_of("Samenwerkingsverband VO Midden-Brabant") == "0:decimal");
  CHECK(fmt_of("Zorgkantoor") == "0:decimal");
  CHECK(fmt_of("cluster 3") == "1:bullet");
  CHECK(fmt_of("cluster 4") == "1:bullet");
  CHECK(fmt_of("diepste niveau") == "2:decimal");
  CHECK(doc.str(para_with("Gemeente Tilburg") + "/w:pPr/w:numPr/w:numId/@w:val") ==
        doc.str(para_with("Zorgkantoor") + "/w:pPr/w:numPr/w:numId/@w:val"));
  CHECK(doc.str(para_with("Gemeente Tilburg") + "/w:pPr/w:numPr/w:numId/@w:val") !=
        doc.str(para_with("diepste niveau") + "/w:pPr/w:numPr/w:numId/@w:val"));
  CHECK(doc.str(para_with("Gemeente Tilburg") + "/w:pPr/w:pStyle/@w:val") == "ListParagraph");
  CHECK(doc.count("//w:body/w:p[w:pPr/w:numPr]") == 6);
  // Deeper levels sit further right.
  CHECK(doc.num(para_with("diepste niveau") + "/w:pPr/w:ind/@w:left") >
        doc.num(para_with("cluster 3") + "/w:pPr/w:ind/@w:left"));

  // Block quote indented, thematic break a bottom border.
  CHECK(doc.num(para_with("Een citaat uit de wet.") + "/w:pPr/w:ind/@w:left") > 0);
  CHECK(doc.count("//w:body/w:p[w:pPr/w:pBdr/w:bottom][string(.)='']") == 1);
}

TEST_CASE("docx: the table has its style, grid, a repeating header row and whole rows", "[docx]") {
  Xml doc(part(write_sample(), "word/document.xml"));
  REQUIRE(doc.count("//w:tbl") == 1);
  CHECK(doc.str("//w:tbl/w:tblPr/w:tblStyle/@w:val") == "ZioTabel");
  CHECK(doc.count("//w:tbl/w:tblGrid/w:gridCol") == 3);
  CHECK(doc.num("sum(//w:tbl/w:tblGrid/w:gridCol/@w:w)") == doc.num("//w:tbl/w:tblPr/w:tblW/@w:w"));
  CHECK(doc.num("//w:tbl/w:tblPr/w:tblW/@w:w") == 9070);  // the text width of A4 with 2.5 cm margins
  CHECK(doc.str("//w:tbl/w:tr[2]/w:tc[3]/w:tcPr/w:tcW/@w:w") == doc.str("//w:tbl/w:tblGrid/w:gridCol[3]/@w:w"));
  CHECK(doc.count("//w:tbl/w:tr") == 3);
  CHECK(doc.count("//w:tbl/w:tr[w:trPr/w:tblHeader]") == 1);
  CHECK(doc.count("//w:tbl/w:tr[1]/w:trPr/w:tblHeader") == 1);
  CHECK(doc.count("//w:tbl/w:tr[not(w:trPr/w:cantSplit)]") == 0);
  CHECK(doc.count("//w:tbl/w:tr[count(w:tc) != 3]") == 0);  // the short row is filled up
  CHECK(doc.count("//w:tbl//w:tc[not(w:p)]") == 0);
  CHECK(doc.texts("//w:tbl/w:tr[1]/w:tc") == std::vector<std::string>{"School", "Cluster", "Leerlingen"});
  CHECK(doc.texts("//w:tbl/w:tr[2]/w:tc") == std::vector<std::string>{"De Regenboog", "3", "12"});
  CHECK(doc.texts("//w:tbl/w:tr[3]/w:tc") == std::vector<std::string>{"Het Baken", "4", ""});
  CHECK(doc.str("//w:tbl/w:tr[2]/w:tc[1]/w:p/w:pPr/w:jc/@w:val") == "left");
  CHECK(doc.str("//w:tbl/w:tr[2]/w:tc[2]/w:p/w:pPr/w:jc/@w:val") == "center");
  CHECK(doc.str("//w:tbl/w:tr[2]/w:tc[3]/w:p/w:pPr/w:jc/@w:val") == "right");
  CHECK(doc.count("//w:tbl/w:tr[1]//w:r[not(w:rPr/w:b)]") == 0);
  // A table never ends the body right before sectPr nor touches another.
  CHECK(doc.count("//w:tbl/following-sibling::*[1][self::w:p]") == 1);
}

TEST_CASE("docx: hostile text comes out as text", "[docx]") {
  const std::string docx = write_sample();
  const std::string xml = part(docx, "word/document.xml");
  CHECK(xml.find("<script") == std::string::npos);
  CHECK(xml.find("<b onclick") == std::string::npos);
  Xml doc(xml);
  REQUIRE(doc.ok());
  auto paras = doc.texts("//w:body/w:p");
  CHECK(contains(paras, "Ontsnapt: " + kEscapedHostile));
  CHECK(contains(paras, "Rauw <b onclick=\"x()\">vet?</b> blijft tekst."));
  CHECK(contains(paras, "<script>alert('blok')</script>"));
  CHECK(contains(paras, "Arabisch: " + kArabic + " en Hebreeuws: " + kHebrew + "."));
  CHECK(contains(paras, kArabicParagraph));
  CHECK(contains(paras, "Emoji: " + kEmoji));
  CHECK(contains(paras, long_paragraph()));

  // Right-to-left: the Arabic and Hebrew runs carry w:rtl, the Dutch around
  // them does not; a paragraph that starts right-to-left is w:bidi.
  CHECK(doc.count("//w:r[w:rPr/w:rtl][w:t='" + kArabic + "']") == 1);
  CHECK(doc.count("//w:r[w:rPr/w:rtl][w:t='" + kHebrew + "']") == 1);
  CHECK(doc.count("//w:r[w:rPr/w:rtl][contains(w:t, 'Arabisch')]") == 0);
  CHECK(doc.count(para_with(kArabicParagraph) + "/w:pPr/w:bidi") == 1);
  CHECK(doc.count(para_with("Arabisch: " + kArabic + " en Hebreeuws: " + kHebrew + ".") + "/w:pPr/w:bidi") == 0);
}

TEST_CASE("docx: header, footer and metadata", "[docx]") {
  const std::string docx = write_sample(true);
  Xml hdr(part(docx, "word/header1.xml"));
  CHECK(hdr.str("/w:hdr") == "CONCEPT");
  Xml ftr(part(docx, "word/footer1.xml"));
  CHECK(ftr.str("/w:ftr/w:p[1]/w:r[1]/w:t") == std::string("Vingerafdruk gegevens: ") + kFingerprint);
  CHECK(ftr.count("//w:instrText[normalize-space(.)='PAGE']") == 1);
  CHECK(ftr.count("//w:fldChar") == 3);
  CHECK(ftr.count("//w:t[.='pagina ']") == 1);

  Xml core(part(docx, "docProps/core.xml"));
  CHECK(core.str("/cp:coreProperties/dc:title") == "Samenwerkingsovereenkomst Zorg in Onderwijstijd");
  CHECK(core.str("/cp:coreProperties/dc:language") == "nl-NL");
  // The fingerprint and how the document was made (provenance.h), for verify.
  CHECK(core.str("/cp:coreProperties/cp:keywords") ==
        std::string("zio-sha256:") + kFingerprint + ", zio-soort:contract, zio-taal:nl, zio-concept:ja");
  CHECK(core.count("//dcterms:created | //dcterms:modified | //cp:lastPrinted") == 0);

  Xml app(part(docx, "docProps/app.xml"));
  CHECK(app.str("/ep:Properties/ep:Application") == "zio 0.1.0");

  Xml custom(part(docx, "docProps/custom.xml"));
  CHECK(custom.str("/cu:Properties/cu:property[@name='zio-vingerafdruk']/vt:lpwstr") == kFingerprint);
  CHECK(custom.str("/cu:Properties/cu:property[@name='zio-status']/vt:lpwstr") == "concept");
  CHECK(custom.count("/cu:Properties/cu:property[@pid < 2]") == 0);
  CHECK(custom.count("/cu:Properties/cu:property[@fmtid != '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}']") == 0);

  // Not a draft: an empty header paragraph, status "definitief".
  const std::string final_docx = write_sample(false);
  Xml hdr2(part(final_docx, "word/header1.xml"));
  CHECK(hdr2.count("/w:hdr/w:p") == 1);
  CHECK(hdr2.str("/w:hdr") == "");
  Xml custom2(part(final_docx, "docProps/custom.xml"));
  CHECK(custom2.str("//cu:property[@name='zio-status']/vt:lpwstr") == "definitief");

  // English.
  zio::DocMeta en = sample_meta();
  en.lang = zio::Lang::en;
  const std::string en_docx = zio::write_docx(zio::Tree::parse("## Article 1 Parties\n"), en, styles());
  Xml core_en(part(en_docx, "docProps/core.xml"));
  CHECK(core_en.str("//dc:language") == "en-GB");
  Xml ftr_en(part(en_docx, "word/footer1.xml"));
  CHECK(ftr_en.str("/w:ftr/w:p[1]/w:r[1]/w:t") == std::string("Data fingerprint: ") + kFingerprint);
  CHECK(ftr_en.count("//w:t[.='page ']") == 1);
}

TEST_CASE("docx: the fingerprint reads back; anything else reads as none", "[docx]") {
  CHECK(zio::read_fingerprint_docx(write_sample()) == kFingerprint);

  zio::DocMeta none = sample_meta();
  none.fingerprint.clear();
  const std::string without = zio::write_docx(zio::Tree::parse("tekst\n"), none, styles());
  CHECK(zio::read_fingerprint_docx(without).empty());
  Xml core(part(without, "docProps/core.xml"));
  CHECK(core.count("//cp:keywords") == 0);
  Xml ftr(part(without, "word/footer1.xml"));
  CHECK(ftr.str("/w:ftr").find("Vingerafdruk") == std::string::npos);

  const std::string good = write_sample();
  std::string bad;
  CHECK_NOTHROW(bad = zio::read_fingerprint_docx(""));
  CHECK(bad.empty());
  CHECK(zio::read_fingerprint_docx("dit is geen zip").empty());
  CHECK(zio::read_fingerprint_docx(good.substr(0, good.size() / 2)).empty());
  CHECK(zio::read_fingerprint_docx(zio::make_zip({{"word/document.xml", "<x/>"}})).empty());
  CHECK(zio::read_fingerprint_docx(zio::make_zip({{"docProps/custom.xml", "<Properties><property"}})).empty());
  CHECK(zio::read_fingerprint_docx(zio::make_zip({{"docProps/custom.xml", "\x01\x02 binary \xff"}})).empty());
  // The right name in the wrong namespace is not ours.
  CHECK(zio::read_fingerprint_docx(zio::make_zip(
            {{"docProps/custom.xml",
              "<Properties><property name=\"zio-vingerafdruk\"><lpwstr>abc</lpwstr></property></Properties>"}}))
            .empty());
}

TEST_CASE("docx: the same input gives byte-identical files", "[docx]") {
  const std::string a = write_sample();
  const std::string b = write_sample();
  CHECK(a == b);
  CHECK(a != write_sample(false));
}

TEST_CASE("docx: control characters, broken UTF-8 and deep nesting stay well-formed", "[docx]") {
  zio::DocMeta m = sample_meta();
  m.title = std::string("Titel\x01\x02 met \xff\xfe kapotte \xc3 tekens \xef\xbf\xbf");
  m.subtitle = std::string("nul\x0b", 4);
  std::string md = "Tekst met \x01 stuurteken en tab\tin code: `a\tb`\n\n";
  md += std::string(300, '>') + " heel diep\n\n";
  for (int i = 0; i < 40; ++i) md += std::string(static_cast<size_t>(i) * 2, ' ') + "- niveau " + std::to_string(i) + "\n";
  md += "\n| a |\n|---|\n| 1 | 2 | 3 |\n\n- \n- leeg hierboven\n\n1. > citaat in een item\n\n";
  md += "```\ncode <blok>\n  met inspringing\n```\n";
  const std::string docx = zio::write_docx(zio::Tree::parse(md), m, styles());
  for (const std::string& name : parts_of(docx)) {
    INFO(name);
    CHECK(Xml(part(docx, name)).ok());
  }
  Xml doc(part(docx, "word/document.xml"));
  CHECK(doc.str("//w:body/w:p[1]") == "Titel met \xEF\xBF\xBD\xEF\xBF\xBD kapotte \xEF\xBF\xBD tekens ");
  CHECK(doc.count("//w:body/w:p[string(.)='heel diep']") == 1);
  CHECK(doc.num("//w:body/w:p[string(.)='heel diep']/w:pPr/w:ind/@w:left") <= 9070);
  CHECK(doc.count("//w:numPr/w:ilvl[@w:val > 8]") == 0);
  CHECK(doc.count("//w:tbl/w:tr[count(w:tc) != 1]") == 0);  // extra cells dropped
  CHECK(doc.count("//w:body/w:p[string(.)='code <blok>  met inspringing']/w:r/w:br") == 1);
  CHECK(doc.count("//w:body/w:p[w:pPr/w:numPr][string(.)='']") >= 2);  // the empty item, the quoted one
}

TEST_CASE("docx: scrambled Markdown always gives well-formed parts", "[docx]") {
  // Markdown's structural characters, RTL, emoji and control bytes, shuffled
  // with a fixed seed so a failure repeats.
  const std::vector<std::string> pieces = {
      "# ", "## ", "\n", "\n\n", "- ", "1. ", "2) ", "> ", "  ", "\t", "|", "---", ":-:", "*", "**", "_", "`",
      "```", "<script>", "</b>", "&amp;", "&", "]]>", "\"", "'", "\\", "tekst", "مرحبا", "שלום", "😀", "\x01",
      "\x7f", "\xff", "[link](x)", "![img](y)", "<!-- c -->", "    code", "| a | b |\n|---|---|\n| 1 |\n"};
  std::mt19937 rng(20250801);
  for (int round = 0; round < 200; ++round) {
    std::string md;
    size_t n = rng() % 80;
    for (size_t i = 0; i < n; ++i) md += pieces[rng() % pieces.size()];
    const std::string docx = zio::write_docx(zio::Tree::parse(md), sample_meta(), styles());
    Xml doc(part(docx, "word/document.xml"));
    Xml num(part(docx, "word/numbering.xml"));
    INFO("round " << round << ": " << md);
    REQUIRE(doc.ok());
    REQUIRE(num.ok());
    // Every table row has as many cells as the grid has columns.
    CHECK(doc.count("//w:tbl/w:tr[count(w:tc) != count(../w:tblGrid/w:gridCol)]") == 0);
    // Every numbered paragraph refers to a numbering that exists.
    for (const std::string& id : doc.texts("//w:numId/@w:val")) CHECK(num.count("//w:num[@w:numId='" + id + "']") == 1);
    CHECK(doc.count("//w:body/*[last()][self::w:sectPr]") == 1);
  }
}

// ------------------------------------------------------------ LibreOffice

TEST_CASE("docx: LibreOffice opens the file and prints it to PDF", "[docx][libreoffice]") {
  // A missing tool fails the test (office_to_pdf and poppler REQUIRE them).
  const std::string dir = temp_dir();
  const std::string concept_docx = dir + "/concept.docx", final_docx = dir + "/definitief.docx";
  std::ofstream(concept_docx, std::ios::binary) << write_sample(true);
  std::ofstream(final_docx, std::ios::binary) << write_sample(false);

  // Both in one LibreOffice run; REQUIREs dir/concept.pdf and dir/definitief.pdf.
  office_to_pdf({concept_docx, final_docx}, dir);
  REQUIRE(fs::file_size(dir + "/concept.pdf") > 1000);

  const std::string text = squeeze(pdf_text(dir + "/concept.pdf", /*layout=*/true));
  INFO(text.substr(0, 3000));
  for (const std::string& expected :
       {std::string("Samenwerkingsovereenkomst Zorg in Onderwijstijd"), std::string("Regio Hart van Brabant & <Zuid>"),
        std::string("Artikel 1 Partijen"), std::string("Artikel 2 Inzet per school"),
        std::string("Artikel 3 Vijandige tekst"), std::string("Lid 2.1 Bijzonderheden"),
        std::string("Gemeente Tilburg"), std::string("diepste niveau"), std::string("School"),
        std::string("Leerlingen"), std::string("De Regenboog"), std::string("Het Baken"),
        std::string("Een citaat uit de wet."), kEscapedHostile, std::string("<script>alert('blok')</script>"),
        std::string("Rauw <b onclick=\"x()\">vet?</b> blijft tekst."), std::string("lang0001 lang0002"),
        std::string("lang0555"), std::string("Vingerafdruk gegevens: ") + kFingerprint, std::string("CONCEPT"),
        std::string("pagina 1"), std::string("pagina 2")}) {
    INFO("expected in the PDF: " << expected);
    CHECK(text.find(expected) != std::string::npos);
  }
  // Right-to-left words survive as words (pdftotext may order them visually).
  for (const std::string& word : {std::string("مرحبا"), std::string("שלום"), std::string("עולם")}) {
    INFO("expected in the PDF: " << word);
    CHECK(text.find(word) != std::string::npos);
  }
  // List numbers are real numbering, rendered by LibreOffice.
  CHECK(text.find("1. Gemeente Tilburg") != std::string::npos);
  CHECK(text.find("3. Zorgkantoor") != std::string::npos);

  const std::string text2 = pdf_text(dir + "/definitief.pdf");
  CHECK(text2.find("CONCEPT") == std::string::npos);
  CHECK(squeeze(text2).find(std::string("Vingerafdruk gegevens: ") + kFingerprint) != std::string::npos);
  fs::remove_all(dir);
}
