// Bad input, through the real binary: each case must end with a clear
// message (file, line, column), the documented exit code, and no crash,
// hang or stack trace.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "support.h"

using namespace zio::test;
namespace fs = std::filesystem;

namespace {

void no_crash(const Run& r) {
  CHECK(r.err.find("terminate") == std::string::npos);
  CHECK(r.err.find("Aborted") == std::string::npos);
  CHECK(r.err.find("Sanitizer") == std::string::npos);
  CHECK(r.err.find("runtime error") == std::string::npos);
  CHECK(r.code >= 0);
  CHECK(r.code <= 2);
}

}  // namespace

TEST_CASE("bad input: empty file") {
  auto dir = temp_dir();
  auto p = write(dir, "leeg.yaml", "");
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find(p + ":1:1: fout: het bestand is leeg [D01 yaml]") != std::string::npos);
}

TEST_CASE("bad input: a directory") {
  auto dir = temp_dir();
  Run r = run_zio({"validate", dir});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find(dir + ": fout: dit is een map, geen bestand [D01 yaml]") != std::string::npos);
}

TEST_CASE("bad input: a missing file does not stop the others being checked") {
  Run r = run_zio({"validate", "bestaat-niet.yaml", "examples/hart-van-brabant.yaml"});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find("bestaat-niet.yaml: fout: bestand niet gevonden; controleer het pad [D01 yaml]") != std::string::npos);
  CHECK(r.out.find("in 2 bestanden (1 onleesbaar)") != std::string::npos);
}

TEST_CASE("bad input: a binary file") {
  auto dir = temp_dir();
  std::string bin("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 12);
  auto p = write(dir, "zio.bin", bin + std::string(4000, '\0'));
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find(p + ":1:8: fout: dit is geen tekstbestand (het bevat een NUL-byte)") != std::string::npos);
}

TEST_CASE("bad input: broken YAML names the line") {
  auto dir = temp_dir();
  auto p = write(dir, "kapot.yaml", "zio: 1\nregio:\n  naam: [Testregio\n  peildatum: 2026-03-01\n");
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find(p + ":4:12: fout: sluitende ] ontbreekt [D01 yaml]") != std::string::npos);
}

TEST_CASE("bad input: an unclosed quote") {
  auto dir = temp_dir();
  auto p = write(dir, "quote.yaml", "zio: 1\nregio:\n  naam: \"Testregio\n  peildatum: 2026-03-01\n");
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find(p + ":3:9: fout: het aanhalingsteken wordt nergens afgesloten") != std::string::npos);
}

TEST_CASE("bad input: tabs as indentation") {
  auto dir = temp_dir();
  auto p = write(dir, "tabs.yaml", "zio: 1\nregio:\n\tnaam: Testregio\n");
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find(p + ":3:1: fout: tab gebruikt voor inspringing") != std::string::npos);
}

TEST_CASE("bad input: 100,000-deep nesting") {
  auto dir = temp_dir();
  auto p = write(dir, "diep.yaml", "a: " + std::string(100000, '[') + std::string(100000, ']') + "\n");
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find("fout: het bestand is dieper genest dan 64 niveaus") != std::string::npos);
  CHECK(r.out.size() < 2000);  // the line is shown as a window, not in full
}

TEST_CASE("bad input: deep block nesting") {
  auto dir = temp_dir();
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += std::string(static_cast<size_t>(i), ' ') + "- \n";
  auto p = write(dir, "blokdiep.yaml", deep);
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
}

TEST_CASE("bad input: an alias bomb") {
  auto dir = temp_dir();
  std::string bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) bomb += (i ? ",*" : "*") + prev;
    bomb += "]\n";
  }
  auto p = write(dir, "bom.yaml", bomb);
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find("(een 'alias-bom')") != std::string::npos);
}

TEST_CASE("bad input: a self-referencing alias") {
  auto dir = temp_dir();
  auto p = write(dir, "zelf.yaml", "zio: 1\nregio: &r\n  naam: *r\n");
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find(p + ":3:9: fout: een alias verwijst naar het blok waar hij zelf in staat") != std::string::npos);
}

TEST_CASE("bad input: plain aliases are expanded and checked where they stand") {
  auto dir = temp_dir();
  std::string text = kValid;
  text.replace(text.find("[school-a]\n"), 11, "*s\n");
  text.replace(text.find("scholen:\n  - id: school-a"), 8, "scholen:\n");
  text.replace(text.find("  - id: school-a"), 16, "  - id: &s school-a");
  auto p = write(dir, "alias.yaml", text);
  Run r = run_zio({"validate", "--format", "json", p});
  no_crash(r);
  // `scholen: *s` is a text where a list is expected: reported at the alias.
  CHECK(r.out.find("\"regel\": \"D02\"") != std::string::npos);
}

TEST_CASE("bad input: duplicate keys") {
  auto dir = temp_dir();
  auto p = write(dir, "dubbel.yaml", std::string("zio: 1\nzio: 1\n") + (kValid + 7));
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 1);
  CHECK(r.out.find(p + ":2:1: fout: dubbele sleutel 'zio' (staat al op regel 1); alleen de eerste telt [D01 yaml]") !=
        std::string::npos);
}

TEST_CASE("bad input: invalid UTF-8") {
  auto dir = temp_dir();
  auto p = write(dir, "latin1.yaml", "zio: 1\nregio:\n  naam: Zo\xEBterwoude\n");
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find(p + ":3:11: fout: ongeldige UTF-8 (byte 0xEB)") != std::string::npos);
}

TEST_CASE("bad input: a control character in a name") {
  auto dir = temp_dir();
  std::string text = kValid;
  text.replace(text.find("School A"), 8, "\"School\\x07A\"");
  auto p = write(dir, "stuurteken.yaml", text);
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 1);
  CHECK(r.out.find(p + ":12:11: fout: de tekst bevat het stuurteken U+0007") != std::string::npos);
}

TEST_CASE("bad input: a 50 MB file is refused quickly") {
  auto dir = temp_dir();
  std::string p = dir + "/groot.yaml";
  {
    std::ofstream f(p, std::ios::binary);
    std::string line = "# " + std::string(97, 'x') + "\n";
    for (int i = 0; i < 500000; ++i) f << line;
  }
  REQUIRE(fs::file_size(p) == 50000000u);
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 2);
  CHECK(r.out.find(p + ": fout: het bestand is te groot (47 MB; hooguit 16 MB)") != std::string::npos);
}

TEST_CASE("bad input: a list instead of a mapping") {
  auto dir = temp_dir();
  auto p = write(dir, "lijst.yaml", "- zio: 1\n- regio: x\n");
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 1);
  CHECK(r.out.find(p + ":1:1: fout: het bestand moet een blok met sleutels zijn") != std::string::npos);
}

TEST_CASE("bad input: wrong types everywhere") {
  auto dir = temp_dir();
  auto p = write(dir, "typen.yaml", R"(zio: een
regio:
  naam: [Testregio]
  peildatum: 2026-02-30
  status: klaar
partijen:
  - id: tilburg
    soort: gemente
    naam: Gemeente Tilburg
scholen:
  - id: school-a
    naam: School A
    clusters: drie
    leerlingen: -4
  - id: school-b
    naam: School B
    clusters: [3, 7]
    leerlingen: "12"
afspraken:
  pgb:
    maatwerk_mogelijk: ja
)");
  Run r = run_zio({"validate", p});
  no_crash(r);
  CHECK(r.code == 1);
  auto has = [&](const std::string& s) {
    INFO(s);
    CHECK(r.out.find(p + s) != std::string::npos);
  };
  has(":1:6: fout: 'zio' moet een geheel getal zijn, niet de tekst 'een' [D02 schema]");
  has(":3:9: fout: 'naam' moet tekst zijn, niet een lijst [D02 schema]");
  has(":4:14: fout: ");  // 2026-02-30 is no date (D06)
  has(":5:11: fout: 'klaar' is geen geldige waarde voor 'status' [D02 schema]");
  has(":8:12: fout: 'gemente' is geen geldige waarde voor 'soort' [D02 schema]");
  has(":13:15: fout: 'clusters' moet een lijst zijn, niet de tekst 'drie' [D02 schema]");
  has(":14:17: fout: ");  // negative count (D07)
  has(":17:19: fout: 'clusters' bevat het getal 7 [D02 schema]");
  has(":18:17: fout: 'leerlingen' moet een geheel getal zijn, niet de tekst '12' [D02 schema]");
  has(":21:24: fout: 'maatwerk_mogelijk' moet true of false zijn, niet de tekst 'ja' [D02 schema]");
  CHECK(r.out.find("bedoelde u 'gemeente'?") != std::string::npos);
}

TEST_CASE("bad input: messages in English with --lang en") {
  auto dir = temp_dir();
  auto p = write(dir, "leeg.yaml", "");
  Run r = run_zio({"--lang", "en", "validate", p});
  CHECK(r.code == 2);
  CHECK(r.out.find(p + ":1:1: error: the file is empty [D01 yaml]") != std::string::npos);
  CHECK(r.out.find("1 error, 0 warnings, 0 info in 1 file (1 unreadable)") != std::string::npos);
}

TEST_CASE("validate never modifies its input") {
  auto dir = temp_dir();
  auto p = write(dir, "regio.yaml", kValid);
  auto before = fs::last_write_time(p);
  run_zio({"validate", "--format", "sarif", p});
  CHECK(slurp(p) == kValid);
  CHECK(fs::last_write_time(p) == before);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}
