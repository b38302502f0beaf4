// The view stage: region file -> contract and checklist Markdown, and the
// Markdown escape that keeps free text from becoming markup.
#include <catch2/catch.hpp>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "render/document.h"
#include "render/format.h"
#include "render/markdown_escape.h"
#include "render/view.h"
#include "rules/rule.h"
#include "rules/validate.h"
#include "support.h"

using namespace zio;

namespace {

Document example(const std::string& name) { return validate_file(test::source_path("examples/" + name)); }

// Loads YAML text as if it were a file, and runs the rules.
Document from_text(const std::string& yaml, const std::string& name = "test.yaml") {
  Document doc = load_text(name, yaml);
  run_rules(doc);
  return doc;
}

std::string example_text(const std::string& name) { return test::slurp(test::source_path("examples/" + name)); }

// Replaces the first occurrence of `from` (which must exist).
std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// "## Artikel N Titel" headings: the numbers in order, and the titles.
std::vector<int> article_numbers(const std::string& md) {
  std::vector<int> out;
  std::regex re("^## Artikel ([0-9]+) ");
  for (const std::string& l : lines(md)) {
    std::smatch m;
    if (std::regex_search(l, m, re)) out.push_back(std::stoi(m[1]));
  }
  return out;
}

bool has_heading(const std::string& md, const std::string& title) {
  std::regex re("^## Artikel [0-9]+ " + title + "$");
  for (const std::string& l : lines(md))
    if (std::regex_search(l, re)) return true;
  return false;
}

void require_consecutive(const std::string& md) {
  std::vector<int> nrs = article_numbers(md);
  REQUIRE(!nrs.empty());
  for (size_t i = 0; i < nrs.size(); ++i) CHECK(nrs[i] == static_cast<int>(i + 1));
}

// Counts nodes by type in a parsed tree.
std::map<std::string, int> node_counts(const Tree& tree) {
  std::map<std::string, int> counts;
  cmark_iter* it = cmark_iter_new(tree.root());
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
    if (ev == CMARK_EVENT_ENTER) ++counts[node_type(cmark_iter_get_node(it))];
  cmark_iter_free(it);
  return counts;
}

// No template tag left, no label without a value, no sentence with a gap
// where a value was left out, no lead-in ("... als volgt:") without what follows.
void require_no_placeholders(const std::string& md) {
  std::vector<std::string> ls = lines(md);
  for (size_t i = 0; i < ls.size(); ++i) {
    const std::string& l = ls[i];
    INFO(l);
    CHECK(l.find("{{") == std::string::npos);
    CHECK(l.find("}}") == std::string::npos);
    CHECK(!std::regex_search(l, std::regex(R"(\*\*[^*]*:\*\*\s*$)")));   // "**Label:**" and nothing after
    CHECK(!std::regex_search(l, std::regex(R"((Naam|Functie|Datum|Plaats|Handtekening):\s*\\?$)")));
    CHECK(!std::regex_search(l, std::regex(R"(\S\s+[.,;](\s|$))")));      // "door ." : a value left out
    CHECK(l.find("\\[\\]") == std::string::npos);
    CHECK(l.find("()") == std::string::npos);
    if (std::regex_search(l, std::regex(R"(:\\$)"))) {  // ":\" (a line break): the text follows on the next line
      REQUIRE(i + 1 < ls.size());
      CHECK(ls[i + 1].find_first_not_of(' ') != std::string::npos);
    } else if (std::regex_search(l, std::regex(R"(:$)"))) {  // ":" then a list, table or signature block
      size_t j = i + 1;
      while (j < ls.size() && ls[j].empty()) ++j;
      REQUIRE(j < ls.size());
      CHECK(std::regex_search(ls[j], std::regex(R"(^([0-9]+\. |- |\| |\*\*|### ))")));
    }
  }
}
}  // namespace

TEST_CASE("markdown_escape escapes punctuation and flattens whitespace", "[view]") {
  CHECK(markdown_escape("a*b_c") == "a\\*b\\_c");
  CHECK(markdown_escape("<script>") == "\\<script\\>");
  CHECK(markdown_escape("&amp;") == "\\&amp;");
  CHECK(markdown_escape("  twee\n\nregels\tmet   ruimte  ") == "twee regels met ruimte");
  CHECK(markdown_escape("# kop") == "\\# kop");
  CHECK(markdown_escape("1. lijst") == "1\\. lijst");
  CHECK(markdown_escape("geëindigd – €") == "geëindigd – €");
  CHECK(markdown_escape("a\xE2\x80\xA8" "b") == "a b");          // U+2028 line separator
  CHECK(markdown_escape(std::string("a\0b", 3)) == "a b");       // NUL
  CHECK(markdown_escape("a\xFF" "b") == "a\xEF\xBF\xBD" "b");     // invalid UTF-8
  CHECK(markdown_escape("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(markdown_escape("") == "");
}

TEST_CASE("markdown_escape is linear: an 8 MB value escapes at once", "[view][hostile]") {
  // The escape once copied its output for every character: a 400k-character
  // name took 2 s, an 8 MB one 20 minutes. The suite's per-test timeout
  // (tests/CMakeLists.txt) turns a return of that into a failure.
  std::string big;
  big.reserve(8u << 20);
  while (big.size() < (8u << 20)) big += "12. Zorg* & [co] ";
  std::string out = markdown_escape(big);
  CHECK(out.rfind("12\\. Zorg\\* \\& \\[co\\] 12. Zorg", 0) == 0);
  CHECK(out.size() > big.size());
}

TEST_CASE("Dutch dates and amounts", "[view]") {
  Date d{2026, 8, 1, "2026-08-01"};
  CHECK(format_date(d, Lang::nl) == "1 augustus 2026");
  CHECK(format_date(d, Lang::en) == "1 August 2026");
  Date bad{2026, 2, 30, "2026-02-30"};
  CHECK(format_date(bad, Lang::nl) == "2026-02-30");
  // A no-break space: an amount never wraps between the sign and the number.
  CHECK(format_euro(850000, Lang::nl) == "€\u00A0850.000");
  CHECK(format_euro(1450000, Lang::nl) == "€\u00A01.450.000");
  CHECK(format_euro(12.5, Lang::nl) == "€\u00A012,50");
  CHECK(format_euro(999, Lang::nl) == "€\u00A0999");
  CHECK(format_euro(850000, Lang::en) == "€850,000");
  CHECK(format_count(1234, Lang::nl) == "1.234");
}

TEST_CASE("contract of hart-van-brabant", "[view]") {
  Document doc = example("hart-van-brabant.yaml");
  REQUIRE(doc.findings.empty());
  std::string md = contract_markdown(doc, {});

  SECTION("all articles, numbered without gaps") {
    for (const char* title :
         {"Begripsbepalingen", "Doel", "Reikwijdte", "Onderwijsondersteuning", "Jeugdhulp", "Langdurige zorg",
          "Financiering", "Maatwerk en individueel persoonsgebonden budget", "Ouders", "Aansluiting op zorg thuis",
          "Gegevensuitwisseling en privacy", "Leerlingen van buiten de regio", "Geschillenregeling",
          "Doorzettingsmacht", "Looptijd, evaluatie en wijziging"}) {
      INFO(title);
      CHECK(has_heading(md, title));
    }
    CHECK(!has_heading(md, "Zorg op grond van de Zorgverzekeringswet"));
    CHECK(!has_heading(md, "Leerlingen met een ernstige meervoudige beperking"));
    require_consecutive(md);
    CHECK(article_numbers(md).size() == 15);
  }

  SECTION("the eleven gemeenten and their signatories") {
    for (const char* g : {"Tilburg", "Alphen-Chaam", "Baarle-Nassau", "Dongen", "Gilze en Rijen", "Goirle", "Heusden",
                          "Hilvarenbeek", "Loon op Zand", "Oisterwijk", "Waalwijk"}) {
      INFO(g);
      CHECK(md.find(std::string("**Gemeente ") + g + "**") != std::string::npos);
    }
    CHECK(md.find("### Gemeenten") != std::string::npos);
    CHECK(md.find("te dezen vertegenwoordigd door M. van den Berg, wethouder jeugd") != std::string::npos);
    CHECK(md.find("te dezen vertegenwoordigd door T. de Laat, wethouder jeugd") != std::string::npos);
    CHECK(md.find("**Zorgkantoor Midden-Brabant**, zorgkantoorregio ZK12 Midden-Brabant") != std::string::npos);
    // Signature blocks: one per signing party (16), providers are not parties.
    size_t blocks = 0;
    for (const std::string& l : lines(md)) blocks += l.rfind("Handtekening: ", 0) == 0;
    CHECK(blocks == 16);
    CHECK(md.find("Naam: M. van den Berg\\") != std::string::npos);
    CHECK(md.find("Datum: 15 juni 2026\\") != std::string::npos);
    CHECK(md.find("zonder partij te zijn: Amarant (zorgaanbieder) en Siza (zorgaanbieder)") != std::string::npos);
  }

  SECTION("the schools table") {
    CHECK(md.find("| School | BRIN / vestiging | Cluster | Soort | Leerlingen | Zorgaanbieders |") != std::string::npos);
    CHECK(md.find("| Onderwijscentrum Leijpark | 99ZL / 99ZL00 | 3 | SO en VSO | 600 | Siza en Amarant |") !=
          std::string::npos);
    CHECK(md.find("| (V)SO De Bodde | 99ZB / 99ZB00 | 3 | SO en VSO | 290 | Amarant |") != std::string::npos);
    CHECK(md.find("| **Totaal** | | | | **890** | |") != std::string::npos);
  }

  SECTION("vrij toegankelijk wording, amounts, dates") {
    CHECK(md.find("beschikbaar gesteld als vrij toegankelijke voorziening") != std::string::npos);
    CHECK(md.find("geen individuele beschikking bij de gemeente aan te vragen") != std::string::npos);
    CHECK(md.find("€\u00A01.450.000") != std::string::npos);
    CHECK(md.find("treedt in werking op 1 augustus 2026 en eindigt van rechtswege op 31 juli 2030") != std::string::npos);
    CHECK(md.find("uiterlijk op 1 juli 2028") != std::string::npos);
    CHECK(md.find("reguliere prestaties voor begeleiding") != std::string::npos);
    CHECK(md.find("gebundeld in de groep ingezet als zorg in natura") != std::string::npos);
    CHECK(md.find("heeft Gemeente Tilburg doorzettingsmacht") != std::string::npos);
    CHECK(md.find("voor aan mediation door een onafhankelijke mediator") != std::string::npos);
    CHECK(md.find("is acht weken") != std::string::npos);
    CHECK(md.find("Kamerbrief verbeteraanpak Zorg in Onderwijstijd (kenmerk 4334791-1084544-J)") != std::string::npos);
    CHECK(md.find("Leidraad Zorg in Onderwijstijd") != std::string::npos);
  }

  SECTION("no markers, no placeholders, no annex") {
    CHECK(md.find("[nog in te vullen") == std::string::npos);
    CHECK(md.find("openstaande bevindingen") == std::string::npos);
    require_no_placeholders(md);
  }

  SECTION("parses into a clean tree") {
    Tree tree = Tree::parse(md);
    auto counts = node_counts(tree);
    CHECK(counts["html_block"] == 0);
    CHECK(counts["html_inline"] == 0);
    CHECK(counts["table"] == 2);
    CHECK(counts["heading"] == 1 + 3 + 15 + 4);  // title; Partijen, Overwegingen, Ondertekening; articles; 4 soorten
  }
}

TEST_CASE("jeugdhulp individueel changes the jeugdhulp article", "[view]") {
  std::string yaml = replace_once(example_text("hart-van-brabant.yaml"), "vorm: vrij_toegankelijk", "vorm: individueel");
  Document doc = from_text(yaml);
  std::string md = contract_markdown(doc, {});
  CHECK(md.find("beschikbaar gesteld als vrij toegankelijke voorziening") == std::string::npos);
  CHECK(md.find("geen individuele beschikking bij de gemeente aan te vragen") == std::string::npos);
  CHECK(md.find("per leerling ingezet op grond van een individuele beschikking van het college van burgemeester en "
                "wethouders") != std::string::npos);
  CHECK(md.find("de verwachting uit de Kamerbrief dat gemeenten jeugdhulp in onderwijstijd op scholen voor cluster 3 en "
                "4 beschikbaar maken als vrij toegankelijke voorziening") != std::string::npos);
  CHECK(md.find("Zij bespreken bij de evaluatie als bedoeld in artikel 15 of de jeugdhulp") != std::string::npos);
  CHECK(has_heading(md, "Looptijd, evaluatie en wijziging"));
  CHECK(md.find("## Artikel 15 Looptijd") != std::string::npos);
  require_consecutive(md);
  require_no_placeholders(md);

  SECTION("collectief ingekocht") {
    Document c = from_text(replace_once(example_text("hart-van-brabant.yaml"), "vorm: vrij_toegankelijk",
                                        "vorm: collectief_ingekocht"));
    std::string cm = contract_markdown(c, {});
    CHECK(cm.find("wordt voor de scholen collectief ingekocht") != std::string::npos);
    CHECK(cm.find("individuele beschikking van het college") == std::string::npos);
    CHECK(cm.find("namens de gemeenten die haar financieren ingekocht door Gemeente Tilburg bij Amarant en Siza") !=
          std::string::npos);
  }
}

TEST_CASE("articles follow the data and stay numbered without gaps", "[view]") {
  SECTION("a file without zvw has no Zvw article") {
    std::string md = contract_markdown(example("hart-van-brabant.yaml"), {});
    CHECK(md.find("Zorgverzekeringswet") == std::string::npos);
    CHECK(md.find("Zvw") == std::string::npos);
    require_consecutive(md);
  }
  SECTION("zvw and emb, when present, get their articles") {
    Document doc = example("gemengde-clusters.yaml");
    std::string md = contract_markdown(doc, {});
    CHECK(has_heading(md, "Zorg op grond van de Zorgverzekeringswet"));
    CHECK(has_heading(md, "Leerlingen met een ernstige meervoudige beperking"));
    CHECK(article_numbers(md).size() == 17);
    require_consecutive(md);
    require_no_placeholders(md);
    CHECK(md.find("vergoed door Zorgverzekeraar Oost, overeenkomstig de zorgverzekering van de leerling. Deze "
                  "zorgverzekeraar is geen partij") != std::string::npos);
    CHECK(md.find("ten bedrage van €\u00A08.000 per leerling per schooljaar, voor 9 leerlingen, in schooljaar 2025-2026") !=
          std::string::npos);
    // Cluster 2 school covered: the LTA recital and clause.
    CHECK(md.find("Landelijk Transitiearrangement") != std::string::npos);
    CHECK(md.find("in cluster 2, 3 en 4.") != std::string::npos);
    // Het Zicht is listed but not covered.
    CHECK(md.find("niet van toepassing op SO/VSO Het Zicht (cluster 1)") != std::string::npos);
    CHECK(md.find("dan leggen partijen het geschil ter beslechting voor aan Regionale geschillencommissie") !=
          std::string::npos);
    CHECK(md.find("is tien weken") != std::string::npos);
  }
  SECTION("left-out choices leave no article and no gap") {
    std::string yaml = example_text("hart-van-brabant.yaml");
    yaml = replace_once(yaml, "  doorzettingsmacht:\n    belegd_bij: tilburg\n", "");
    yaml = replace_once(yaml, "  zorg_thuis: >-", "  oud_zorg_thuis: >-");  // unknown key: D02, value gone
    Document doc = from_text(yaml);
    std::string md = contract_markdown(doc, {});
    CHECK(!has_heading(md, "Doorzettingsmacht"));
    CHECK(!has_heading(md, "Aansluiting op zorg thuis"));
    CHECK(md.find("doorzettingsmacht") == std::string::npos);
    CHECK(article_numbers(md).size() == 13);
    require_consecutive(md);
    require_no_placeholders(md);
    CHECK(md.find("[nog in te vullen") == std::string::npos);
    // Cross-references follow the numbering: the pgb article is still 8, looptijd now 13.
    CHECK(md.find("## Artikel 8 Maatwerk") != std::string::npos);
    CHECK(md.find("is geregeld in artikel 8.") != std::string::npos);
    CHECK(md.find("## Artikel 13 Looptijd") != std::string::npos);
  }
  SECTION("a missing end date leaves only the start") {
    std::string yaml = replace_once(example_text("hart-van-brabant.yaml"), "looptijd: { ingang: 2026-08-01, einde: 2030-07-31 }",
                                    "looptijd: { ingang: 2026-08-01 }");
    std::string md = contract_markdown(from_text(yaml), {});
    CHECK(md.find("1. Deze overeenkomst treedt in werking op 1 augustus 2026.\n") != std::string::npos);
    CHECK(md.find("eindigt op") == std::string::npos);
    require_no_placeholders(md);
  }
}

TEST_CASE("concept mode marks what is missing and lists the findings", "[view]") {
  Document doc = example("concept-met-gaten.yaml");
  REQUIRE(!doc.findings.empty());
  RenderOptions opt;
  opt.concept = true;
  std::string md = contract_markdown(doc, opt);
  CHECK(md.find("**\\[nog in te vullen: vorm van de geschillenregeling\\]**") != std::string::npos);
  CHECK(md.find("**\\[nog in te vullen: aanspreekpunt voor ouders\\]**") != std::string::npos);
  CHECK(md.find("**\\[nog in te vullen: afspraken over gegevensuitwisseling en privacy\\]**") != std::string::npos);
  CHECK(md.find("waaronder leerlingen uit Alphen aan den Rijn, Zoetermeer en Oudewater") != std::string::npos);
  require_consecutive(md);
  CHECK(article_numbers(md).size() == 15);

  // The annex: one row per finding, with rule id and name, severity and line.
  CHECK(md.find("## Bijlage: openstaande bevindingen") != std::string::npos);
  size_t rows = 0;
  for (const std::string& l : lines(md.substr(md.find("## Bijlage"))))
    if (l.rfind("| ", 0) == 0 && l.find("| Controle |") == std::string::npos) ++rows;
  CHECK(rows == doc.findings.size());
  CHECK(md.find("| W02 geschillenregeling | fout | er is geen geschillenregeling afgesproken.") != std::string::npos);
  CHECK(md.find("| L01 aanspreekpunt-ouders | waarschuwing |") != std::string::npos);
  std::regex line_col(R"(\| regel [0-9]+ \|$)");
  for (const std::string& l : lines(md.substr(md.find("## Bijlage"))))
    if (l.rfind("| W", 0) == 0 || l.rfind("| L", 0) == 0) CHECK(std::regex_search(l, line_col));

  // Markers are bold text in the tree, never links or html.
  Tree tree = Tree::parse(md);
  auto counts = node_counts(tree);
  CHECK(counts["link"] == 0);
  CHECK(counts["html_inline"] == 0);
  CHECK(plain_text(tree.root()).find("[nog in te vullen: vorm van de geschillenregeling]") != std::string::npos);

  SECTION("the same file without concept: no markers, no annex") {
    std::string plain = contract_markdown(doc, {});
    CHECK(plain.find("[nog in te vullen") == std::string::npos);
    CHECK(plain.find("Bijlage") == std::string::npos);
    CHECK(!has_heading(plain, "Geschillenregeling"));
    require_consecutive(plain);
    require_no_placeholders(plain);
  }
  SECTION("a clean file in concept mode says there are no findings") {
    std::string clean = contract_markdown(example("hart-van-brabant.yaml"), opt);
    CHECK(clean.find("[nog in te vullen:") == std::string::npos);
    CHECK(clean.find("zijn geen bevindingen gedaan") != std::string::npos);
  }
}

namespace {

// The Status cell of the checklist row of `rule` ("W02"), without markup.
std::string checklist_status(const std::string& md, const std::string& rule) {
  for (const std::string& l : lines(md)) {
    if (l.rfind("| ", 0) != 0 || l.find("(" + rule + " ") == std::string::npos) continue;
    size_t a = l.find(" | ");
    size_t b = l.find(" | ", a + 3);
    std::string cell = l.substr(a + 3, b - a - 3);
    cell.erase(std::remove(cell.begin(), cell.end(), '*'), cell.end());
    cell.erase(std::remove(cell.begin(), cell.end(), '\\'), cell.end());
    return cell;
  }
  return "(geen rij)";
}

}  // namespace

TEST_CASE("checklist statuses follow the findings", "[view]") {
  Document doc = example("concept-met-gaten.yaml");
  std::string md = checklist_markdown(&doc, {}, false);
  CHECK(checklist_status(md, "W02") == "open");
  CHECK(checklist_status(md, "W03") == "open");
  CHECK(checklist_status(md, "W04") == "open");
  CHECK(checklist_status(md, "L01") == "open");
  CHECK(checklist_status(md, "L03") == "open");
  CHECK(checklist_status(md, "L08") == "open");
  CHECK(checklist_status(md, "W01") == "gedaan");
  CHECK(checklist_status(md, "W05") == "gedaan");
  CHECK(checklist_status(md, "L07") == "gedaan");
  CHECK(checklist_status(md, "W08") == "n.v.t.");
  CHECK(checklist_status(md, "W09") == "n.v.t.");
  CHECK(checklist_status(md, "W07") == "n.v.t.");
  CHECK(checklist_status(md, "L09") == "n.v.t.");
  CHECK(checklist_status(md, "W10") == "n.v.t.");
  CHECK(md.find("**Samenvatting:** 20 punten, waarvan 8 gedaan, 7 open en 5 niet van toepassing. 3 open punten zijn een "
                "fout") != std::string::npos);
  // An open point carries the finding's message and fix; the rule's source is there.
  CHECK(md.find("Fout, regel 114: er is geen geschillenregeling afgesproken. Aanpak: Voeg "
                "afspraken.geschillenregeling toe") != std::string::npos);
  CHECK(md.find("stap 1: wijziging van de OOGO-bepaling voor cluster 3 en 4") != std::string::npos);
  for (const char* group : {"## Partijen", "## Reikwijdte", "## Financiering per wet", "## Pgb", "## Ouders en zorg thuis",
                            "## Geschillen en doorzettingsmacht", "## Looptijd en ondertekening", "## Gegevens"})
    CHECK(md.find(group) != std::string::npos);
  CHECK(md.find("| Punt | Status | Bron | Toelichting |") != std::string::npos);

  SECTION("every W and L rule is a point, and the D rules are one") {
    for (const Rule* r : all_rules()) {
      std::string id = r->info.id;
      INFO(id);
      if (id[0] == 'D')
        CHECK(checklist_status(md, id) == "(geen rij)");
      else
        CHECK(checklist_status(md, id) != "(geen rij)");
    }
    CHECK(md.find("De gegevens in het bestand kloppen (D01–D09) | **open** |") != std::string::npos);
  }
  SECTION("the statuses of other files") {
    Document clean = example("hart-van-brabant.yaml");
    std::string hvb = checklist_markdown(&clean, {}, false);
    CHECK(checklist_status(hvb, "W02") == "gedaan");
    CHECK(checklist_status(hvb, "W10") == "gedaan");  // ondertekend, and no fout
    CHECK(hvb.find(" open en ") != std::string::npos);
    Document mixed = example("gemengde-clusters.yaml");
    std::string gm = checklist_markdown(&mixed, {}, false);
    CHECK(checklist_status(gm, "W07") == "open");
    CHECK(checklist_status(gm, "L02") == "gedaan");  // the Zvw nurse does not count
    CHECK(checklist_status(gm, "W09") == "gedaan");
    Document ind = from_text(replace_once(example_text("hart-van-brabant.yaml"), "vorm: vrij_toegankelijk", "vorm: individueel"));
    CHECK(checklist_status(checklist_markdown(&ind, {}, false), "L09") == "open");
  }
  SECTION("a data finding opens the data point") {
    Document bad = from_text(replace_once(example_text("hart-van-brabant.yaml"), "code: GM0855", "code: GM855"));
    std::string b = checklist_markdown(&bad, {}, false);
    CHECK(checklist_status(b, "D01") == "(geen rij)");
    CHECK(b.find("De gegevens in het bestand kloppen (D01–D09) | **open** | ") != std::string::npos);
    CHECK(b.find("D04 fout") != std::string::npos);
  }
}

TEST_CASE("blank checklist has the points without statuses", "[view]") {
  std::string md = checklist_markdown(nullptr, {}, true);
  CHECK(md.find("Samenvatting") == std::string::npos);
  size_t rows = 0;
  for (const std::string& l : lines(md)) {
    if (l.rfind("| ", 0) != 0 || l.find("| Punt |") == 0) continue;
    ++rows;
    size_t a = l.find(" | ");
    size_t b = l.find(" | ", a + 3);
    INFO(l);
    CHECK(l.substr(a + 3, b - a - 3).find_first_not_of(' ') == std::string::npos);
  }
  CHECK(rows == 20);
  for (const char* word : {"| gedaan |", "| open |", "| n.v.t. |", "**open**"}) CHECK(md.find(word) == std::string::npos);
  CHECK(md.find("Vul in de kolom Status") != std::string::npos);
  // A region's name may head a blank checklist.
  Document doc = example("concept-met-gaten.yaml");
  std::string named = checklist_markdown(&doc, {}, true);
  CHECK(named.find("**Regio Midden-Holland**") != std::string::npos);
  CHECK(named.find("**open**") == std::string::npos);
  CHECK_THROWS_AS(checklist_markdown(nullptr, {}, false), std::invalid_argument);
}

namespace {

std::string yaml_quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') { out += "\\n"; continue; }
    if (c == '\t') { out += "\\t"; continue; }
    out += c;
  }
  return out + "\"";
}

// A region file with every free-text field set to @@ (and codes to @C@).
const char* hostile_region = R"(zio: 1
regio:
  naam: @@
  jeugdregio: JZ32
  peildatum: 2026-05-15
  status: concept
partijen:
  - id: nijmegen
    soort: gemeente
    naam: @@
    code: GM0268
    rol: @@
    ondertekenaar: { naam: @@, functie: @@ }
  - id: swv
    soort: samenwerkingsverband
    naam: @@
    sector: po
    rol: @@
    ondertekenaar: { naam: @@, functie: @@ }
  - id: zk
    soort: zorgkantoor
    naam: @@
    code: ZK16
    ondertekenaar: { naam: @@, functie: @@ }
  - id: zv
    soort: zorgverzekeraar
    naam: @@
  - id: bestuur
    soort: schoolbestuur
    naam: @@
    ondertekenaar: { naam: @@, functie: @@ }
  - id: aanbieder
    soort: zorgaanbieder
    naam: @@
scholen:
  - id: school
    naam: @@
    brin: @@
    vestiging: @@
    clusters: [3]
    soort: so-vso
    schoolbestuur: bestuur
    samenwerkingsverbanden: [swv]
    leerlingen: 100
    herkomst:
      - gemeente: GM0268
        leerlingen: 50
      - gemeente: GM0202
        leerlingen: 10
    zorgaanbieders: [aanbieder]
afspraken:
  onderwijsondersteuning: { financiers: [swv], omschrijving: @@ }
  jeugdhulp:
    vorm: vrij_toegankelijk
    financiers: [nijmegen]
    inkoper: nijmegen
    aanbieders: [aanbieder]
    budget_per_jaar: 850000
    omschrijving: @@
  wlz: { vorm: collectief_natura, financier: zk, aanbieders: [aanbieder], prestatie: begeleiding, omschrijving: @@ }
  zvw: { financier: zv, omschrijving: @@ }
  pgb: { maatwerk_mogelijk: true, voorwaarden: @@ }
  geschillenregeling: { vorm: bindend_advies, instantie: @@, termijn_weken: 30, omschrijving: @@ }
  doorzettingsmacht: { belegd_bij: nijmegen }
  ouders: { aanspreekpunt: @@, inspraak_aanbieder: true }
  zorg_thuis: @@
  gegevensuitwisseling: @@
  buiten_regio: @@
  looptijd: { ingang: 2026-08-01, einde: 2029-07-31 }
  evaluatie: { datum: 2028-03-01 }
  emb: { leerlingen: 3, bedrag_per_leerling: 8000, schooljaar: 2025-2026 }
)";

std::string with_text(const std::string& text) {
  std::string y = hostile_region, q = yaml_quoted(text);
  for (size_t at; (at = y.find("@@")) != std::string::npos;) y.replace(at, 2, q);
  return y;
}

// Whitespace as the escape leaves it.
std::string collapsed(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (ws) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("hostile text stays text", "[view]") {
  std::string long_text;
  while (long_text.size() < 5000) long_text += "abcdefghij";
  const std::vector<std::string> hostile = {
      "<script>alert(1)</script>",
      "&amp; &lt;b&gt; &#x3C;i&#x3E; &copy;",
      "*nadruk* _ook_ **sterk** `code` ~~weg~~",
      "| pipe | cel |",
      "# kop",
      "]]> <![CDATA[ x ]]> <!-- c -->",
      long_text,
      "اتفاقية الرعاية في وقت الدراسة",
      "Zorg 👩‍🏫🧒🏽 in de klas ✅",
      "regel een\n\n# kop\n- item\n1. item\n> citaat\n| a | b |\n|---|---|\n---\n===\n[link](http://x.nl) <http://y.nl> "
      "![img](z.png) [ref]\n\n[ref]: http://z.nl",
      "    ingesprongen als code\\",
      "{{x}} {{{y}}} {{#z}}",
  };
  RenderOptions concept;
  concept.concept = true;
  Document base = from_text(with_text("Gewone tekst"));
  std::string base_md = contract_markdown(base, {});
  std::map<std::string, int> base_counts = node_counts(Tree::parse(base_md));
  std::map<std::string, int> base_concept_counts = node_counts(Tree::parse(contract_markdown(base, concept)));
  std::map<std::string, int> base_check_counts = node_counts(Tree::parse(checklist_markdown(&base, {}, false)));
  CHECK(base_counts["table_cell"] > 0);
  require_no_placeholders(base_md);

  for (const std::string& h : hostile) {
    INFO(h.substr(0, 80));
    Document doc = from_text(with_text(h));
    REQUIRE(!doc.fatal);
    REQUIRE(doc.region.regio.naam.v == h);
    std::string md = contract_markdown(doc, {});
    CHECK(md.find(markdown_escape(h)) != std::string::npos);

    Tree tree = Tree::parse(md);
    auto counts = node_counts(tree);
    for (const char* type : {"html_block", "html_inline", "link", "image", "code", "code_block", "block_quote",
                             "thematic_break", "strikethrough"})
      CHECK(counts[type] == 0);
    for (const char* type : {"heading", "paragraph", "emph", "strong", "list", "item", "table", "table_row",
                             "table_cell", "linebreak"}) {
      INFO(type);
      CHECK(counts[type] == base_counts[type]);
    }
    std::string text = plain_text(tree.root());
    CHECK(text.find(collapsed(h)) != std::string::npos);

    // The same in concept mode (markers, annex with messages quoting values) and the checklist.
    auto cc = node_counts(Tree::parse(contract_markdown(doc, concept)));
    for (const char* type : {"html_block", "html_inline", "link", "image", "code", "code_block"}) CHECK(cc[type] == 0);
    CHECK(cc["heading"] == base_concept_counts["heading"]);
    CHECK(cc["strong"] == base_concept_counts["strong"]);
    CHECK(cc["emph"] == base_concept_counts["emph"]);
    std::string check_md = checklist_markdown(&doc, {}, false);
    auto kc = node_counts(Tree::parse(check_md));
    for (const char* type : {"html_block", "html_inline", "link", "image", "code", "code_block"}) CHECK(kc[type] == 0);
    CHECK(kc["heading"] == base_check_counts["heading"]);
    CHECK(kc["table_row"] == base_check_counts["table_row"]);
    // Each row of a table has the header's number of cells.
    CHECK(kc["table_cell"] == base_check_counts["table_cell"]);
  }
}

TEST_CASE("a document that is not a readable region file is refused", "[view]") {
  Document broken = from_text("zio: 1\nregio: [\n");
  REQUIRE(broken.fatal);
  CHECK_THROWS_AS(contract_markdown(broken, {}), std::invalid_argument);
  CHECK_THROWS_AS(checklist_markdown(&broken, {}, false), std::invalid_argument);
  Document national = example("landelijk.yaml");
  CHECK_THROWS_AS(contract_markdown(national, {}), std::invalid_argument);
}

TEST_CASE("English contract and checklist", "[view]") {
  RenderOptions en;
  en.lang = Lang::en;
  Document doc = example("hart-van-brabant.yaml");
  std::string md = contract_markdown(doc, en);
  std::vector<int> nrs;
  std::regex re("^## Article ([0-9]+) ");
  for (const std::string& l : lines(md)) {
    std::smatch m;
    if (std::regex_search(l, m, re)) nrs.push_back(std::stoi(m[1]));
  }
  REQUIRE(nrs.size() == 15);
  for (size_t i = 0; i < nrs.size(); ++i) CHECK(nrs[i] == static_cast<int>(i + 1));
  CHECK(md.find("enters into force on 1 August 2026 and ends by operation of law on 31 July 2030") != std::string::npos);
  CHECK(md.find("€1,450,000") != std::string::npos);
  CHECK(md.find("made available at the schools as a freely accessible provision") != std::string::npos);
  CHECK(md.find("### Municipalities") != std::string::npos);
  CHECK(md.find("{{") == std::string::npos);
  CHECK(md.find("[to be completed") == std::string::npos);

  Document gaps = example("concept-met-gaten.yaml");
  RenderOptions en_concept = en;
  en_concept.concept = true;
  std::string draft = contract_markdown(gaps, en_concept);
  CHECK(draft.find("**\\[to be completed: form of dispute resolution\\]**") != std::string::npos);
  CHECK(draft.find("## Annex: open findings") != std::string::npos);
  CHECK(draft.find("| W02 geschillenregeling | error | no dispute resolution arrangement is agreed.") != std::string::npos);

  std::string check = checklist_markdown(&gaps, en, false);
  CHECK(checklist_status(check, "W02") == "open");
  CHECK(checklist_status(check, "W01") == "done");
  CHECK(checklist_status(check, "W08") == "n/a");
  CHECK(check.find("## Funding per law") != std::string::npos);
  std::string blank = checklist_markdown(nullptr, en, true);
  CHECK(blank.find("| Point | Status | Source | Notes |") != std::string::npos);
  CHECK(blank.find("| done |") == std::string::npos);
}

TEST_CASE("values ending in punctuation fit the sentence", "[view]") {
  std::string yaml = example_text("hart-van-brabant.yaml");
  yaml = replace_once(yaml, "    naam: Amarant\n", "    naam: Amarant B.V.\n");
  yaml = replace_once(yaml, "    naam: Siza\n", "    naam: Siza B.V.\n");
  yaml = replace_once(yaml, "gezamenlijk aangewezen door de partijen\n", "gezamenlijk aangewezen door de partijen.\n");
  yaml = replace_once(yaml, "functie: wethouder jeugd\n", "functie: wethouder jeugd;\n");
  std::string md = contract_markdown(from_text(yaml), {});
  CHECK(md.find("ingekocht door Gemeente Tilburg bij Amarant B.V. en Siza B.V.\n") != std::string::npos);
  CHECK(md.find("geleverd door Amarant B.V. en Siza B.V.\n") != std::string::npos);
  CHECK(md.find("gezamenlijk aangewezen door de partijen.\n") != std::string::npos);
  CHECK(md.find("M. van den Berg, wethouder jeugd;\n") != std::string::npos);
  CHECK(md.find("B.V..") == std::string::npos);
  require_no_placeholders(md);
}
