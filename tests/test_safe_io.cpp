// Input and output that cannot hurt: only regular files are read (no hang
// on a FIFO, no memory run on /dev/zero), each read failure says what is
// true, no output replaces an input, every write error is exit 2, and PDF
// scratch folders are private and gone after a signal.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <Poco/Process.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support.h"

using namespace zio::test;
namespace fs = std::filesystem;

namespace {

const char* const kRegion = "examples/hart-van-brabant.yaml";

// zio under `timeout`, so a regression hangs one test for seconds, not CI.
Run run_bounded(const std::vector<std::string>& args, int seconds = 30) {
  std::vector<std::string> a{std::to_string(seconds), zio_exe()};
  a.insert(a.end(), args.begin(), args.end());
  return run_program("/usr/bin/timeout", a, source_path(""));
}

// zio with its standard output on /dev/full (no shell quoting: paths only).
Run run_to_full(const std::vector<std::string>& args) {
  std::string cmd = "exec \"$0\"";
  for (size_t i = 0; i < args.size(); ++i) cmd += " \"$" + std::to_string(i + 1) + "\"";
  cmd += " > /dev/full";
  std::vector<std::string> a{"-c", cmd, zio_exe()};
  a.insert(a.end(), args.begin(), args.end());
  return run_program("/bin/sh", a, source_path(""));
}

std::string copy_region(const std::string& dir, const std::string& name) {
  std::string p = dir + "/" + name;
  fs::copy_file(source_path(kRegion), p);
  return p;
}

}  // namespace

TEST_CASE("reads: a FIFO named *.yaml and /dev/zero neither hang nor exhaust memory") {
  std::string dir = temp_dir();
  std::string fifo = dir + "/pijp.yaml";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  Run v = run_bounded({"validate", fifo});
  CHECK(v.code == 2);
  CHECK(v.out.find("geen gewoon bestand") != std::string::npos);
  Run zero = run_bounded({"validate", "/dev/zero"});
  CHECK(zero.code == 2);
  CHECK(zero.out.find("geen gewoon bestand") != std::string::npos);
  // A report over a folder with the FIFO beside a region file, and as --vorige.
  copy_region(dir, "regio.yaml");
  Run report = run_bounded({"report", dir, "-o", dir + "/r.md"});
  CHECK(report.code == 0);
  Run vorige = run_bounded({"report", dir, "-o", dir + "/r2.md", "--vorige", dir});
  CHECK(vorige.code == 0);
}

TEST_CASE("reads: each failure gets its own true message, exit 2, never YAML advice") {
  std::string dir = temp_dir();
  Run missing = run_zio({"validate", dir + "/nergens.yaml"});
  CHECK(missing.code == 2);
  CHECK(missing.out.find("bestand niet gevonden; controleer het pad") != std::string::npos);
  Run en = run_zio({"--lang", "en", "validate", dir + "/nergens.yaml"});
  CHECK(en.out.find("file not found; check the path") != std::string::npos);
  Run folder = run_zio({"validate", dir});
  CHECK(folder.out.find("dit is een map, geen bestand") != std::string::npos);
  std::string loop = dir + "/lus.yaml";
  fs::create_symlink(loop, loop);
  Run l = run_zio({"validate", loop});
  CHECK(l.code == 2);
  CHECK(l.out.find("verwijst (via andere koppelingen) naar zichzelf") != std::string::npos);
  CHECK(l.out.find("niet gevonden") == std::string::npos);
  for (const Run* r : {&missing, &folder, &l}) {
    CHECK(r->out.find("inspringing") == std::string::npos);
    CHECK(r->out.find("leeg") == std::string::npos);
  }
}

TEST_CASE("outputs: no command writes over its input, whatever the extension or link") {
  std::string dir = temp_dir();
  std::string in = copy_region(dir, "in.md");  // YAML under a Markdown name
  const std::string before = slurp(in);
  Run r = run_zio({"render", "contract", in, "-o", in});
  CHECK(r.code == 2);
  CHECK(r.err.find("is het invoerbestand") != std::string::npos);
  CHECK(slurp(in) == before);
  std::string link = dir + "/koppeling.html";
  fs::create_symlink(in, link);
  CHECK(run_zio({"render", "contract", in, "-o", link}).code == 2);
  CHECK(slurp(in) == before);
  // A batch into the folder that holds the input.
  CHECK(run_zio({"render", "contract", in, "-o", dir, "--to", "md"}).code == 2);
  CHECK(slurp(in) == before);

  std::string rdir = dir + "/regios";
  fs::create_directories(rdir);
  std::string a = copy_region(rdir, "a.yaml");
  Run csv = run_zio({"report", rdir, "-o", dir + "/r.md", "--csv", a});
  CHECK(csv.code == 2);
  CHECK(slurp(a) == before);
  Run rep = run_zio({"report", rdir, "-o", a});
  CHECK(rep.code == 2);
  CHECK(slurp(a) == before);
}

TEST_CASE("outputs: a write error is exit 2 with a message, for every command") {
  std::string dir = temp_dir();
  std::string html = dir + "/c.html";
  REQUIRE(run_zio({"render", "contract", kRegion, "-o", html}).code == 0);
  const std::vector<std::vector<std::string>> commands = {
      {"render", "contract", kRegion, "-o", "-"},
      {"validate", kRegion},
      {"validate", "--format", "json", kRegion},
      {"validate", "--format", "sarif", kRegion},
      {"init", "-o", "-"},
      {"rules"},
      {"report", "examples", "-o", "-"},
      {"report", "examples", "-o", dir + "/r.md", "--csv", "-"},
      {"verify", html, kRegion},
      {"diff", kRegion, "examples/gemengde-clusters.yaml"},
      {"templates", "check", "templates"},
  };
  for (const auto& c : commands) {
    std::string line;
    for (const std::string& w : c) line += w + " ";
    INFO(line);
    Run r = run_to_full(c);
    CHECK(r.code == 2);
    CHECK(r.err.find("de uitvoer kan niet worden geschreven") != std::string::npos);
  }
}

TEST_CASE("PDF: the scratch folder is private and removed when zio is stopped", "[libreoffice]") {
  std::string tmp = temp_dir();  // zio's TMPDIR, to see its folders
  std::string out = tmp + "/uit";
  fs::create_directories(out);
  auto scratch = [&] {
    std::vector<fs::path> found;
    for (const auto& e : fs::directory_iterator(tmp))
      if (e.path().filename().string().rfind("zio-", 0) == 0) found.push_back(e.path());
    return found;
  };
  for (int sig : {SIGTERM, SIGINT}) {
    INFO(sig);
    // env execs zio (same pid) with SIGINT at its default: a background
    // job, as CI runs tests, starts with it ignored, and zio keeps that.
    Poco::ProcessHandle ph = Poco::Process::launch(
        "/usr/bin/env", {"--default-signal=INT", "TMPDIR=" + tmp, zio_exe(), "render", "contract", source_path(kRegion),
                         "-o", out + "/c.pdf"},
        source_path(""), nullptr, nullptr, nullptr);
    // Wait until LibreOffice works in the scratch folder, then check its mode.
    bool seen = false;
    for (int i = 0; i < 400 && !seen; ++i) {
      for (const fs::path& p : scratch()) {
        struct stat st {};
        if (stat(p.c_str(), &st) == 0 && fs::exists(p / "profiel")) {
          seen = true;
          CHECK((st.st_mode & 0777) == 0700);
        }
      }
      if (!seen) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK(seen);
    kill(ph.id(), sig);
    int rc = ph.wait();
    CHECK(rc != 0);
    // LibreOffice is stopped with zio; nothing of the render is left.
    CHECK(scratch().empty());
    CHECK(fs::is_empty(tmp + "/uit"));
    for (const auto& e : fs::directory_iterator(tmp)) CHECK(e.path().filename() == "uit");  // LibreOffice's too
    CHECK_FALSE(fs::exists(out + "/c.pdf"));
  }
}

TEST_CASE("counts: the largest 64-bit count is a fout and never overflows a total") {
  std::string dir = temp_dir();
  std::string text = slurp(source_path(kRegion));
  // Every school's own count (4 spaces in), not the herkomst's (8).
  int replaced = 0;
  for (size_t at = text.find("\n    leerlingen: "); at != std::string::npos; at = text.find("\n    leerlingen: ", at + 1)) {
    size_t from = at + 17, eol = text.find('\n', from);
    text.replace(from, eol - from, "9223372036854775807");
    ++replaced;
  }
  REQUIRE(replaced >= 2);
  std::string region = dir + "/groot.yaml";
  std::ofstream(region) << text;
  Run v = run_zio({"validate", region});
  CHECK(v.code == 1);
  CHECK(v.out.find("is onmogelijk groot (9223372036854775807; hooguit 1000000) [D07") != std::string::npos);
  Run c = run_zio({"render", "contract", "--concept", region, "-o", "-"});
  REQUIRE(c.code == 0);
  CHECK(c.out.find("**Totaal**") == std::string::npos);  // no total over impossible counts
  std::string rdir = dir + "/regios";
  fs::create_directories(rdir);
  fs::copy_file(region, rdir + "/groot.yaml");
  Run r = run_zio({"report", rdir, "-o", "-"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find("(-") == std::string::npos);
  CHECK(r.out.find("onmogelijk groot") != std::string::npos);  // the report names the fout
}
