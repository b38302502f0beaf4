// zio report through the real binary: goldens for the Markdown, HTML and CSV
// of the examples and of the report fixtures (with --vorige), every headline
// figure against the hand count in tests/test_report_aggregate.cpp, the
// annexes, the exit codes, ODT and DOCX part by part, and LibreOffice
// printing both to PDF. Goldens are rewritten with ZIO_ACCEPT=1.
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "render/zip.h"
#include "support.h"
#include "xpath.h"

using namespace zio::test;
namespace fs = std::filesystem;

namespace {

const char* const kHuidig = "tests/fixtures/report/huidig";
const char* const kVorige = "tests/fixtures/report/vorige";

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

size_t count_of(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
  return n;
}

// The report as Markdown on stdout.
std::string report_md(const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"report", kHuidig, "-o", "-"};
  args.insert(args.end(), extra.begin(), extra.end());
  Run r = run_zio(args);
  INFO(r.err);
  REQUIRE(r.code == 0);
  return r.out;
}

// The rows of the Markdown tables: first cell -> the other cells (trimmed,
// Markdown escapes removed). A label that occurs in several tables keeps
// its first row; `from` skips to the first table after that text.
std::map<std::string, std::vector<std::string>> table_rows(const std::string& md, const std::string& from = "") {
  std::map<std::string, std::vector<std::string>> rows;
  std::istringstream in(from.empty() ? md : md.substr(md.find(from)));
  bool seen_table = false;
  int row_in_table = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("|", 0) != 0) {
      if (seen_table && !from.empty()) break;  // only the first table after `from`
      row_in_table = 0;
      continue;
    }
    seen_table = true;
    if (row_in_table++ < 2) continue;  // the header and the delimiter row
    std::vector<std::string> cells;
    std::string cell;
    for (size_t i = 1; i < line.size(); ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) {
        cell += line[++i];
      } else if (line[i] == '|') {
        size_t b = cell.find_first_not_of(' '), e = cell.find_last_not_of(' ');
        cells.push_back(b == std::string::npos ? "" : cell.substr(b, e - b + 1));
        cell.clear();
      } else {
        cell += line[i];
      }
    }
    if (cells.empty()) continue;
    std::string key = cells.front();
    cells.erase(cells.begin());
    rows.emplace(key, cells);
  }
  return rows;
}

std::string entry(const std::string& zip, const std::string& path) {
  std::string out;
  INFO("zip entry " << path);
  REQUIRE(zio::read_zip_entry(zip, path, out));
  return out;
}

// A parsed XML part with the ODF and OOXML namespaces registered for XPath.
using zio::test::Xml;

// Tables in the Markdown: one delimiter row each.
size_t markdown_tables(const std::string& md) { return count_of(md, "\n|:--|"); }

// A copy of the report fixture's clean region file with another landelijk.yaml.
std::string folder_with_landelijk(const std::string& landelijk) {
  std::string dir = temp_dir();
  fs::copy_file(source_path("tests/fixtures/report/huidig/a-holland-rijnland.yaml"), dir + "/a.yaml");
  std::ofstream(dir + "/landelijk.yaml") << landelijk;
  return dir;
}

}  // namespace

// ------------------------------------------------------------------ goldens

TEST_CASE("report: Markdown, HTML and CSV of the examples and the fixtures match their goldens", "[report-cli]") {
  std::string dir = temp_dir();
  struct Case {
    const char* name;
    std::vector<std::string> args;
  };
  const Case cases[] = {
      {"examples", {"report", "examples"}},
      {"huidig", {"report", kHuidig, "--vorige", kVorige}},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      for (const char* ext : {"md", "html"}) {
        std::string out = dir + "/" + c.name + "." + ext, csv = dir + "/" + c.name + ".csv";
        std::vector<std::string> args = c.args;
        args.insert(args.end(), {"-o", out, "--csv", csv});
        Run r = run_zio(args);
        INFO(r.err);
        REQUIRE(r.code == 0);
        CHECK(r.err.empty());
        CHECK(matches_golden(std::string("tests/golden/report/") + c.name + "." + ext, slurp(out)));
        CHECK(matches_golden(std::string("tests/golden/report/") + c.name + ".csv", slurp(csv)));
      }
    }
  }
  SECTION("English") {
    Run r = run_zio({"report", kHuidig, "--vorige", kVorige, "-o", "-", "--lang", "en"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(matches_golden("tests/golden/report/huidig.en.md", r.out));
    // --lang also before the subcommand, like every other command.
    Run before = run_zio({"--lang", "en", "report", kHuidig, "--vorige", kVorige, "-o", "-"});
    CHECK(before.out == r.out);
  }
}

TEST_CASE("report: two runs give the same bytes in every format", "[report-cli]") {
  std::string dir = temp_dir();
  for (const char* ext : {"md", "html", "odt", "docx"}) {
    std::string a = dir + "/a." + ext, b = dir + "/b." + ext;
    REQUIRE(run_zio({"report", kHuidig, "--vorige", kVorige, "-o", a}).code == 0);
    REQUIRE(run_zio({"report", kHuidig, "--vorige", kVorige, "-o", b}).code == 0);
    INFO(ext);
    CHECK(slurp(a) == slurp(b));
  }
}

// ------------------------------------------------- figures against the hand count

TEST_CASE("report: every headline figure matches the hand-counted fixture", "[report-cli]") {
  // The numbers are those written out at the top of test_report_aggregate.cpp.
  const std::string md = report_md();
  auto rows = table_rows(md, "## 2. Kerncijfers");
  using V = std::vector<std::string>;
  const std::map<std::string, V> expected = {
      {"Regionale afspraken", {"3", "4"}},
      {"waarvan concept", {"1", "1"}},
      {"waarvan ter ondertekening", {"1", "1"}},
      {"waarvan ondertekend", {"1", "2"}},
      {"Afspraken met fouten (niet in de kerncijfers)", {"–", "1"}},
      {"Scholen voor cluster 3 of 4 onder een afspraak", {"3", "4"}},
      {"waarvan cluster 3", {"2", "2"}},
      {"waarvan cluster 4", {"2", "3"}},
      {"Leerlingen op deze scholen", {"344", "494"}},
      {"Gemeenten die partij zijn", {"8 van 342 (2,3%)", "10 van 342 (2,9%)"}},
      {"Jeugdregio's", {"3 van 42 (7,1%)", "4 van 42 (9,5%)"}},
      {"Zorgkantoorregio's", {"3 van 31 (9,7%)", "4 van 31 (12,9%)"}},
      {"Leerlingen uit een gemeente die partij is", {"95,4% (310 van 325)", "96,8% (450 van 465)"}},
      {"Afspraken met een geschillenregeling", {"3 van 3", "3 van 4"}},
      {"Jeugdhulp: vrij toegankelijk", {"2", "2"}},
      {"Jeugdhulp: collectief ingekocht", {"1", "1"}},
      {"Jeugdhulp: individueel", {"0", "1"}},
      {"Wlz-zorg: collectief in natura", {"2", "3"}},
      {"Wlz-zorg: individueel in natura", {"1", "1"}},
      {"Afspraken met de pgb-uitzondering", {"3 van 3", "4 van 4"}},
      {"Zorgaanbieders per school", {"gemiddeld 1,25; hoogstens 2", "gemiddeld 1,20; hoogstens 2"}},
      {"EMB-leerlingen", {"4", "11"}},
  };
  for (const auto& [label, values] : expected) {
    INFO(label);
    REQUIRE(rows.count(label));
    CHECK(rows[label] == values);
  }
  CHECK(rows.size() == expected.size());  // no figure left unchecked
  // Figures that cannot vary are called so; the informative one is given.
  CHECK(has(md, "Onder de afspraken zonder fouten heeft daarom per definitie elke afspraak een geschillenregeling (3 van "
                "3). Het zeggende cijfer is dat over alle afspraken: een geschillenregeling staat in 3 van 4 afspraken."));
  // Coverage by status: Waterlelie (a ondertekend, b) and Anker (a) count at
  // ondertekend, De Vlinder (b ter ondertekening, d concept) at ter
  // ondertekening; De Piramide only in c, which has fouten.
  CHECK(has(md, "Het aantal scholen voor cluster 3 of 4 onder een afspraak zonder fouten is 3, met samen 344 leerlingen."));
  CHECK(has(md, "concept 0 scholen (0 leerlingen), ter ondertekening 1 school (64 leerlingen) en ondertekend 2 scholen "
                "(280 leerlingen)"));
  CHECK(has(md, "tellen niet mee in de kerncijfers: 1 school (150 leerlingen)."));
  CHECK(has(md, "De regio's hebben 3 afspraken zonder fouten aangeleverd: concept 1, ter ondertekening 1 en ondertekend 1. "
                "Daarnaast hebben zij 1 afspraak met fouten aangeleverd: ondertekend 1."));
  CHECK(has(md, "In de afspraken zonder fouten is de jeugdhulp als volgt geregeld: vrij toegankelijk 2, collectief "
                "ingekocht 1 en individueel 0."));
  CHECK(has(md, "In de afspraken zonder fouten is de verdeling: collectief in natura 2 en individueel in natura 1. In de "
                "afspraken met fouten: collectief in natura 1."));
  CHECK(has(md, "gemiddeld 1,25 zorgaanbieders per school, en hoogstens 2 op één school"));
  CHECK(has(md, "De afspraken zonder fouten noemen 4 leerlingen met EMB; inclusief de afspraken met fouten: 11 leerlingen."));
  CHECK(has(md, "berekend over de 325 leerlingen"));
  CHECK(has(md, "Scholen zonder BRIN-nummer zijn herkend aan hun naam (1 school)."));
  CHECK(has(md, "Het gaat in totaal om 8 bestanden: 4 regionale afspraken, het landelijke bestand landelijk.yaml (met de "
                "stand van de acties en moties) en 3 bestanden die niet konden worden gelezen (bijlage A)."));
  CHECK(has(md, "**Kenmerk:** TEST-2026-1"));
  CHECK(has(md, "**Peildatum:** 30 juni 2026"));
}

TEST_CASE("report: the table per region, overlaps, peildata and the national part", "[report-cli]") {
  const std::string md = report_md();
  auto a = table_rows(md, "Tabel 7a.");
  using V = std::vector<std::string>;
  CHECK(a["Holland Rijnland"] == V{"ondertekend", "2", "280", "vrij toegankelijk", "collectief"});
  CHECK(a["Midden-Holland"] == V{"ter ondertekening", "2", "280", "collectief ingekocht", "individueel"});
  CHECK(a["Haaglanden"] == V{"ondertekend", "2", "350", "individueel", "collectief"});
  CHECK(a["Woerden en Oudewater"] == V{"concept", "1", "64", "vrij toegankelijk", "collectief"});
  auto b = table_rows(md, "Tabel 7b.");
  CHECK(b["Holland Rijnland"] == V{"01-06-2026", "0", "1"});  // D09: EMB year before the term
  CHECK(b["Midden-Holland"] == V{"15-11-2025 (verouderd)", "0", "1"});
  CHECK(b["Haaglanden"] == V{"15-05-2026", "**2**", "1"});
  CHECK(b["Woerden en Oudewater"] == V{"15-06-2026", "0", "1"});

  // Schools in more than one agreement, with what each file says.
  CHECK(has(md, "Het aantal scholen dat onder meer dan één afspraak valt, is 2."));
  CHECK(has(md, "| SO/VSO De Waterlelie | 20WL00 | Holland Rijnland | 3 | 200 |"));
  CHECK(has(md, "|  |  | Midden-Holland | 3 | 220 |"));
  CHECK(has(md, "|  |  | Haaglanden (met fouten) | 3 en 4 | 200 |"));
  CHECK(has(md, "| Kindcentrum De Vlinder | geen (op naam) | Midden-Holland | 3 en 4 | 60 |"));
  CHECK(has(md, "- SO/VSO De Waterlelie (20WL00): de clusters en het aantal leerlingen."));
  CHECK(has(md, "- Kindcentrum De Vlinder: het aantal leerlingen."));

  // Peildata: the range, and the outdated file.
  CHECK(has(md, "De peildata van de regionale bestanden lopen van 15 november 2025 tot en met 15 juni 2026."));
  CHECK(has(md, "Verouderde bestanden (1):\n\n- Midden-Holland (b-midden-holland.yaml), peildatum 15 november 2025."));

  // Actions: status in words, the missing ones named; moties as the Kamer letters write them.
  CHECK(has(md, "Het landelijke bestand geeft de stand van zaken van 3 acties: 1 in uitvoering, 1 afgerond en 1 vertraagd."));
  CHECK(has(md, "Over actie 2 (Stimuleren van bestuurlijke afspraken op regionaal of lokaal niveau voor cluster 3 en 4) en "
                "actie 3 (Informatie en ondersteuning aan het veld) bevat het landelijke bestand geen stand van zaken."));
  CHECK(has(md, "### Actie 1: Aanpassen wetgeving voor cluster 3 en 4\n\nDeze actie is in uitvoering. Het wetsvoorstel is in "
                "voorbereiding."));
  CHECK(has(md, "Deze actie is afgerond."));
  CHECK(has(md, "Deze actie loopt vertraging op. Besluit volgt."));
  CHECK(has(md, "### Motie van de leden Drost en Ceder (31 839, nr. 960)"));
  // The fixture's toelichting already says 'afgedaan': not said twice.
  CHECK(count_of(md, "afgedaan.") == 1);
  CHECK(has(md, "De motie van het lid De Hoop (31 497, nr. 458) is nog in behandeling. Uw Kamer wordt in een volgende "
                "voortgangsrapportage geïnformeerd over de uitvoering ervan."));

  // Fouten are shown, not hidden: the annex lists them per agreement.
  CHECK(has(md, "## Bijlage B. Fouten per afspraak"));
  CHECK(has(md, "**Haaglanden** (c-haaglanden.yaml)"));
  CHECK(has(md, "- W02 geschillenregeling, regel 71: er is geen geschillenregeling afgesproken."));
}

TEST_CASE("report: a motie afgedaan gets the Kamer letter's sentence", "[report-cli]") {
  std::string dir = folder_with_landelijk(R"(zio: 1
rapportage:
  titel: Voortgang ZiO
  peildatum: 2026-06-30
acties:
  - nummer: 2
    titel: Stimuleren van bestuurlijke afspraken
    status: gepland
moties:
  - kamerstuk: "31 839, nr. 960"
    indieners: [Drost, Ceder]
    status: afgedaan
    toelichting: Met de aanpassing van de OOGO-bepaling wordt collectieve zorg in onderwijs wettelijk geborgd
  - kamerstuk: "31 497, nr. 458"
    indieners: [De Hoop]
    status: afgedaan
  - kamerstuk: "31 497, nr. 409"
    indieners: [Kwint, Westerveld, Ceder]
    status: in_behandeling
    toelichting: Het onderzoek loopt.
)");
  Run r = run_zio({"report", dir, "-o", "-"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(has(r.out, "Met de aanpassing van de OOGO-bepaling wordt collectieve zorg in onderwijs wettelijk geborgd. "
                   "Hiermee wordt de motie van de leden Drost en Ceder (31 839, nr. 960) afgedaan."));
  CHECK(has(r.out, "De motie van het lid De Hoop (31 497, nr. 458) is afgedaan."));
  CHECK(has(r.out, "### Motie van de leden Kwint, Westerveld en Ceder (31 497, nr. 409)"));
  CHECK(has(r.out, "Het onderzoek loopt. De motie van de leden Kwint, Westerveld en Ceder (31 497, nr. 409) is nog in "
                   "behandeling."));
  CHECK(has(r.out, "Deze actie is gepland; de uitvoering is nog niet begonnen."));
  CHECK(has(r.out, "Het landelijke bestand noemt 3 moties: 2 afgedaan en 1 in behandeling."));
  // The title comes from the national file.
  CHECK(r.out.rfind("# Voortgang ZiO\n", 0) == 0);
  // One file, no fouten: one column of figures.
  CHECK(has(r.out, "| Kerncijfer | Aantal |"));
  CHECK(has(r.out, "Bij geen van de afspraken is een fout gevonden"));
}

TEST_CASE("report: without landelijk.yaml the report says so and uses the latest peildatum", "[report-cli]") {
  Run r = run_zio({"report", kVorige, "-o", "-"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.rfind("# Voortgang Zorg in Onderwijstijd\n", 0) == 0);
  CHECK(has(r.out, "Er is geen landelijk bestand (landelijk.yaml) aangetroffen."));
  CHECK(has(r.out, "De peildatum is de laatste peildatum van de regionale bestanden."));
  CHECK(has(r.out, "**Peildatum:** 15 december 2025"));
  CHECK(!has(r.out, "## 5. Landelijke acties"));
  CHECK(has(r.out, "## 5. Afspraken per regio"));  // sections numbered without gaps
}

TEST_CASE("report: changes since the previous report", "[report-cli]") {
  const std::string md = report_md({"--vorige", kVorige});
  auto rows = table_rows(md, "## 5. Wijzigingen");
  using V = std::vector<std::string>;
  CHECK(rows["Regionale afspraken zonder fouten"] == V{"3", "3", "0"});
  CHECK(rows["Afspraken met fouten"] == V{"1", "1", "0"});
  CHECK(rows["Scholen voor cluster 3 of 4 onder een afspraak"] == V{"3", "3", "0"});
  CHECK(rows["Leerlingen op deze scholen"] == V{"430", "344", "\u221286"});
  CHECK(rows["Gemeenten die partij zijn"] == V{"7", "8", "+1"});
  CHECK(rows["Leerlingen uit een gemeente die partij is"] == V{"92,3%", "95,4%", "+3,1 procentpunt"});
  CHECK(rows["Jeugdhulp: individueel"] == V{"1", "0", "\u22121"});
  CHECK(rows["EMB-leerlingen"] == V{"5", "4", "\u22121"});
  CHECK(has(md, "- Holland Rijnland: van ter ondertekening naar ondertekend."));
  CHECK(has(md, "- Midden-Holland: van concept (met fouten) naar ter ondertekening."));
  CHECK(has(md, "- Haaglanden: van ondertekend naar ondertekend (met fouten)."));
  CHECK(has(md, "Nieuw sinds de vorige rapportage:\n\n- Woerden en Oudewater (concept)."));
  CHECK(has(md, "Niet meer aangeleverd:\n\n- Zuid-Holland Zuid (was concept)."));
  CHECK(has(md, "**Vorige rapportage:** peildatum 15 december 2025"));
}

// ------------------------------------------------------ nothing silently dropped

TEST_CASE("report: a file that cannot be read is listed in the annex and counted", "[report-cli]") {
  const std::string md = report_md();
  CHECK(has(md, "De map bevat 8 bestanden, waarvan 3 bestanden die niet konden worden gelezen."));
  auto rows = table_rows(md, "## Bijlage A.");
  REQUIRE(rows.count("kapot.yaml"));
  CHECK(rows["kapot.yaml"][0] == "regel 3, kolom 9");
  CHECK(has(rows["kapot.yaml"][1], "aanhalingsteken"));
  CHECK(rows["notities.yml"][0] == "regel 2, kolom 1");
  CHECK(has(rows["concept-rapportage.yaml"][1], "tweede landelijk bestand"));
  CHECK(!has(md, "leesmij.txt"));  // not YAML: not a region file at all, as the annex says

  // A file of its own that breaks: it appears, and the report is still written (exit 0).
  std::string dir = temp_dir();
  fs::copy_file(source_path("tests/fixtures/report/huidig/a-holland-rijnland.yaml"), dir + "/a.yaml");
  std::ofstream(dir + "/b-stuk.yaml") << "zio: 1\nregio: [\n";
  Run r = run_zio({"report", dir, "-o", dir + "/rapport.md", "--csv", dir + "/regios.csv"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  std::string out = slurp(dir + "/rapport.md");
  CHECK(has(out, "| b-stuk.yaml | regel "));
  CHECK(has(out, "De map bevat 2 bestanden, waarvan 1 bestand dat niet kon worden gelezen."));
  CHECK(has(slurp(dir + "/regios.csv"), "b-stuk.yaml"));
  CHECK(has(slurp(dir + "/regios.csv"), "onleesbaar"));
}

TEST_CASE("report: values from the files never become markup", "[report-cli]") {
  std::string dir = temp_dir();
  std::string text = slurp(source_path("tests/fixtures/report/huidig/a-holland-rijnland.yaml"));
  std::string from = "naam: Holland Rijnland";
  REQUIRE(has(text, from));
  text.replace(text.find(from), from.size(), "naam: \"Regio | <b>vet</b> *ster* [x](y) ![i](zio:status)\"");
  std::ofstream(dir + "/a.yaml") << text;
  Run r = run_zio({"report", dir, "-o", dir + "/r.html"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  std::string html = slurp(dir + "/r.html");
  CHECK(!has(html, "<b>vet</b>"));
  CHECK(has(html, "&lt;b&gt;vet&lt;/b&gt;"));
  CHECK(has(html, "*ster*"));
  Run md = run_zio({"report", dir, "-o", "-"});
  CHECK(has(md.out, "| Regio \\| \\<b\\>vet\\</b\\> \\*ster\\* \\[x\\](y) \\!\\[i\\](zio:status) | ondertekend |"));
  // Exactly the four charts, none smuggled in by a name.
  CHECK(count_of(html, "<svg") == 4);
}

// ------------------------------------------------------------------ exit codes

TEST_CASE("report: a missing DIR gives exit 2, a clear message and no output file", "[report-cli]") {
  std::string dir = temp_dir();
  std::string out = dir + "/rapport.md", csv = dir + "/regios.csv";
  Run r = run_zio({"report", dir + "/bestaat-niet", "-o", out, "--csv", csv});
  CHECK(r.code == 2);
  CHECK(has(r.err, "zio: fout: kan de map '" + dir + "/bestaat-niet' niet lezen"));
  CHECK(!fs::exists(out));
  CHECK(!fs::exists(csv));
  Run en = run_zio({"report", dir + "/bestaat-niet", "-o", out, "--lang", "en"});
  CHECK(en.code == 2);
  CHECK(has(en.err, "zio: error: cannot read the directory '" + dir + "/bestaat-niet'"));
  CHECK(!fs::exists(out));
  // --vorige is read as carefully.
  Run vorige = run_zio({"report", kHuidig, "-o", out, "--vorige", dir + "/ook-niet"});
  CHECK(vorige.code == 2);
  CHECK(has(vorige.err, "ook-niet"));
  CHECK(!fs::exists(out));
}

TEST_CASE("report: no region files, or no place to write, gives exit 2", "[report-cli]") {
  std::string dir = temp_dir();
  std::string out = dir + "/rapport.md";
  Run empty = run_zio({"report", dir, "-o", out});
  CHECK(empty.code == 2);
  CHECK(has(empty.err, "geen leesbare regiobestanden"));
  CHECK(!fs::exists(out));

  // Only broken files: each is named with its reason, and nothing is written.
  std::ofstream(dir + "/stuk.yaml") << "zio: 1\nregio: [\n";
  Run broken = run_zio({"report", dir, "-o", out});
  CHECK(broken.code == 2);
  CHECK(has(broken.err, "stuk.yaml:"));
  CHECK(!fs::exists(out));

  Run nowhere = run_zio({"report", kHuidig, "-o", dir + "/geen/map/rapport.md"});
  CHECK(nowhere.code == 2);
  CHECK(has(nowhere.err, "kan " + dir + "/geen/map/rapport.md niet schrijven"));
  Run csv_nowhere = run_zio({"report", kHuidig, "-o", out, "--csv", dir + "/geen/map/regios.csv"});
  CHECK(csv_nowhere.code == 2);
  CHECK(has(csv_nowhere.err, "regios.csv niet schrijven"));

  Run type = run_zio({"report", kHuidig, "-o", dir + "/rapport.txt"});
  CHECK(type.code == 2);
  CHECK(has(type.err, "onbekende uitvoersoort"));
}

TEST_CASE("report: an existing output file is replaced whole", "[report-cli]") {
  std::string dir = temp_dir();
  std::string out = dir + "/rapport.md";
  std::ofstream(out) << "oud";
  REQUIRE(run_zio({"report", kHuidig, "-o", out}).code == 0);
  CHECK(slurp(out) == report_md());
  // A failed run leaves it untouched.
  REQUIRE(run_zio({"report", dir + "/weg", "-o", out}).code == 2);
  CHECK(slurp(out) == report_md());
}

// ----------------------------------------------------------- ODT and DOCX parts

TEST_CASE("report: ODT parts are well-formed, with the tables and the charts", "[report-cli]") {
  std::string dir = temp_dir();
  std::string odt = dir + "/r.odt";
  Run r = run_zio({"report", kHuidig, "--vorige", kVorige, "-o", odt});
  INFO(r.err);
  REQUIRE(r.code == 0);
  std::string zip = slurp(odt);
  std::string md = report_md({"--vorige", kVorige});
  CHECK(zip.compare(30, 8, "mimetype") == 0);  // the first entry, as ODF asks
  for (const char* part : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"}) {
    INFO(part);
    CHECK(Xml(entry(zip, part)).ok());
  }
  Xml content(entry(zip, "content.xml"));
  CHECK(content.num("count(//table:table)") == static_cast<double>(markdown_tables(md)));
  CHECK(markdown_tables(md) == 7);  // kerncijfers, wijzigingen, acties, 8a, 8b, overlap, bijlage A
  // Every chart is a frame whose images are in the zip and in the manifest.
  std::vector<std::string> hrefs = content.all("//draw:frame/draw:image/@xlink:href");
  Xml manifest(entry(zip, "META-INF/manifest.xml"));
  std::vector<std::string> listed = manifest.all("//manifest:file-entry/@manifest:full-path");
  for (const char* name : {"status", "dekking", "jeugdhulp", "wlz"}) {
    INFO(name);
    std::string svg = std::string("Pictures/") + name + ".svg";
    CHECK(std::find(hrefs.begin(), hrefs.end(), svg) != hrefs.end());
    CHECK(std::find(listed.begin(), listed.end(), svg) != listed.end());
    CHECK(Xml(entry(zip, svg)).ok());
  }
  // ODT embeds the SVG itself (LibreOffice prints it as vectors); only DOCX
  // needs a PNG beside it.
  for (const std::string& name : zio::zip_entry_names(zip)) CHECK(name.find(".png") == std::string::npos);
  CHECK(content.num("count(//draw:frame)") == 4);
  // The region names are in the tables.
  std::vector<std::string> cells = content.all("//table:table-cell");
  for (const char* region : {"Holland Rijnland", "Midden-Holland", "Haaglanden", "Woerden en Oudewater"}) {
    INFO(region);
    CHECK(std::find(cells.begin(), cells.end(), region) != cells.end());
  }
}

TEST_CASE("report: DOCX parts are well-formed, with the tables and the charts", "[report-cli]") {
  std::string dir = temp_dir();
  std::string docx = dir + "/r.docx";
  Run r = run_zio({"report", kHuidig, "--vorige", kVorige, "-o", docx});
  INFO(r.err);
  REQUIRE(r.code == 0);
  std::string zip = slurp(docx);
  std::string md = report_md({"--vorige", kVorige});
  for (const std::string& part : zio::zip_entry_names(zip)) {
    if (part.size() < 4 || (part.substr(part.size() - 4) != ".xml" && part.substr(part.size() - 5) != ".rels")) continue;
    INFO(part);
    CHECK(Xml(entry(zip, part)).ok());
  }
  Xml doc(entry(zip, "word/document.xml"));
  CHECK(doc.num("count(//w:tbl)") == static_cast<double>(markdown_tables(md)));
  CHECK(doc.num("count(//w:drawing)") == 4);
  // Each picture's relationship points at a part that exists.
  Xml rels(entry(zip, "word/_rels/document.xml.rels"));
  std::vector<std::string> ids = doc.all("//w:drawing//a:blip/@r:embed");
  CHECK(ids.size() == 4);
  for (const std::string& id : ids) {
    std::vector<std::string> target = rels.all("//rel:Relationship[@Id='" + id + "']/@Target");
    INFO(id);
    REQUIRE(target.size() == 1);
    std::string data = entry(zip, "word/" + target[0]);
    CHECK(data.compare(1, 3, "PNG") == 0);
  }
  // Text alternatives: each chart says in words what it shows.
  std::vector<std::string> descr = doc.all("//wp:docPr/@descr");
  REQUIRE(descr.size() == 4);
  CHECK(has(descr[0], "Regionale afspraken naar status. Afspraken zonder fouten: concept 1, ter ondertekening 1 en "
                      "ondertekend 1."));
  std::vector<std::string> texts = doc.all("//w:tc");
  for (const char* region : {"Holland Rijnland", "Midden-Holland", "Haaglanden", "Woerden en Oudewater"}) {
    INFO(region);
    CHECK(std::find(texts.begin(), texts.end(), region) != texts.end());
  }
}

// ------------------------------------------------------------------ LibreOffice

TEST_CASE("report: LibreOffice prints the ODT, the DOCX and zio's own PDF", "[report-cli][libreoffice]") {
  // A missing office suite fails the test (office_to_pdf and poppler REQUIRE
  // them): green without running proves nothing.
  std::string dir = temp_dir();
  for (const char* ext : {"odt", "docx"}) {
    std::string out_dir = dir + "/" + ext;
    fs::create_directories(out_dir);
    std::string doc = out_dir + "/rapport." + ext;
    REQUIRE(run_zio({"report", kHuidig, "--vorige", kVorige, "-o", doc}).code == 0);
    // Its own profile, so a running LibreOffice or another test cannot interfere.
    std::string pdf = office_to_pdf({doc}, out_dir).at(0);
    std::string text = squeeze(pdf_text(pdf, /*layout=*/true));
    INFO(text.substr(0, 2000));
    for (const char* expected :
         {"Voortgang verbeteraanpak Zorg in Onderwijstijd", "2. Kerncijfers", "Leerlingen op deze scholen 344 494",
          "Holland Rijnland", "Midden-Holland", "Haaglanden", "Woerden en Oudewater", "Bijlage A. Onleesbare bestanden",
          "kapot.yaml", "Hiermee wordt de motie van de leden Drost en Ceder afgedaan."}) {
      INFO("expected in the PDF: " << expected);
      CHECK(has(text, expected));
    }
    // The four charts are printed: from the ODT as vector drawings (their SVG,
    // text and all), from the DOCX as pictures (LibreOffice takes the PNG).
    if (std::string(ext) == "odt") {
      for (const char* title : {"Regionale afspraken naar status", "Scholen voor cluster 3 of 4 naar status van de afspraak",
                                "Jeugdhulp naar financieringsvorm", "Wlz-zorg naar financieringsvorm"}) {
        INFO("chart expected in the PDF: " << title);
        CHECK(has(text, title));
      }
    } else {
      // pdfimages -list: two header lines, then one line per picture.
      std::string images = poppler("pdfimages", {"-list", pdf});
      CHECK(count_of(images, "\n") == 2 + 4);
    }
  }
  // zio's own PDF (through LibreOffice as well).
  std::string pdf = dir + "/zio.pdf";
  Run r = run_zio({"report", "examples", "-o", pdf});
  INFO(r.err);
  REQUIRE(r.code == 0);
  REQUIRE(slurp(pdf).rfind("%PDF-", 0) == 0);
  std::string text = squeeze(pdf_text(pdf, /*layout=*/true));
  INFO(text.substr(0, 2000));
  for (const char* expected : {"Voortgang verbeteraanpak Zorg in Onderwijstijd", "Kenmerk: 4334791-1084544-J",
                               "Hart van Brabant", "Rijk van Nijmegen", "Midden-Holland", "Actie 4: Toetreden",
                               "Regionale afspraken naar status"}) {
    INFO("expected in zio's PDF: " << expected);
    CHECK(has(text, expected));
  }
}
