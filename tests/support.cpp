#include "support.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "render/pdf.h"

namespace zio::test {

std::string zio_exe() {
  // ZIO_TEST_EXE runs the tests against another build, e.g. an older one
  // to see a new test fail there first.
  const char* other = std::getenv("ZIO_TEST_EXE");
  return other && *other ? other : ZIO_EXE;
}

Run run_zio(const std::vector<std::string>& args) { return run_program(zio_exe(), args, ZIO_SOURCE_DIR); }

Run run_program(const std::string& exe, const std::vector<std::string>& args, const std::string& cwd) {
  Poco::Pipe out_pipe, err_pipe;
  Poco::Process::Args a(args.begin(), args.end());
  Poco::ProcessHandle ph = Poco::Process::launch(exe, a, cwd, nullptr, &out_pipe, &err_pipe);
  Run r;
  // Read both pipes at once so neither can fill up and stall the child.
  std::thread err_reader([&] {
    Poco::PipeInputStream es(err_pipe);
    Poco::StreamCopier::copyToString(es, r.err);
  });
  Poco::PipeInputStream os(out_pipe);
  Poco::StreamCopier::copyToString(os, r.out);
  err_reader.join();
  r.code = ph.wait();
  return r;
}

std::string source_path(const std::string& relative) { return std::string(ZIO_SOURCE_DIR) + "/" + relative; }

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string write(const std::string& dir, const std::string& name, const std::string& content) {
  std::string p = dir + "/" + name;
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

const char* const kValid = R"(zio: 1
regio:
  naam: Testregio
  peildatum: 2026-03-01
partijen:
  - id: tilburg
    soort: gemeente
    naam: Gemeente Tilburg
    code: GM0855
scholen:
  - id: school-a
    naam: School A
    clusters: [3]
    leerlingen: 100
afspraken:
  scholen: [school-a]
)";

std::string temp_dir() {
  namespace fs = std::filesystem;
  std::random_device rd;
  fs::path p = fs::temp_directory_path() / ("zio-test-" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(p);
  return p.string();
}

bool matches_golden(const std::string& golden_relative, const std::string& actual) {
  std::string path = source_path(golden_relative);
  const char* accept = std::getenv("ZIO_ACCEPT");
  if (accept && std::string(accept) == "1") {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return true;
  }
  return std::filesystem::exists(path) && slurp(path) == actual;
}

std::vector<std::string> office_to_pdf(const std::vector<std::string>& docs, const std::string& outdir) {
  namespace fs = std::filesystem;
  // A missing tool fails the test: green without running proves nothing.
  const std::string soffice = zio::find_program("soffice");
  {
    INFO("LibreOffice (soffice, Debian package libreoffice-writer-nogui) must be installed");
    REQUIRE(!soffice.empty());
  }
  const std::string out = fs::absolute(outdir).string();
  fs::create_directories(out);
  std::vector<std::string> args = {"-env:UserInstallation=file://" + out + "/profile", "--headless", "--norestore",
                                   "--convert-to", "pdf", "--outdir", out};
  std::vector<std::string> pdfs;
  for (const std::string& doc : docs) {
    args.push_back(fs::absolute(doc).string());
    pdfs.push_back((fs::path(out) / fs::path(doc).stem()).string() + ".pdf");
    fs::remove(pdfs.back());  // only a PDF this run made counts
  }
  // A hung LibreOffice must not hang the suite: timeout kills its whole group.
  std::string exe = zio::find_program("timeout");
  if (exe.empty()) {
    exe = soffice;
  } else {
    args.insert(args.begin(), {"-k", "10", "300", soffice});
  }
  Run lo = run_program(exe, args, out);
  std::string cmd = exe;
  for (const std::string& a : args) cmd += " " + a;
  INFO(cmd << "\nexit " << lo.code << "\nstdout: " << lo.out << "\nstderr: " << lo.err);
  // soffice exits 0 even when it could not convert: the PDFs are the proof.
  for (const std::string& pdf : pdfs) {
    INFO("expected " << pdf);
    REQUIRE(fs::exists(pdf));
  }
  return pdfs;
}

std::string poppler(const std::string& tool, const std::vector<std::string>& args) {
  const std::string exe = zio::find_program(tool);
  {
    INFO(tool << " (Debian package poppler-utils) must be installed");
    REQUIRE(!exe.empty());
  }
  Run r = run_program(exe, args, ZIO_SOURCE_DIR);
  std::string cmd = tool;
  for (const std::string& a : args) cmd += " " + a;
  INFO(cmd << "\nexit " << r.code << "\nstderr: " << r.err);
  REQUIRE(r.code == 0);
  return r.out;
}

std::string pdf_text(const std::string& pdf, bool layout) {
  std::vector<std::string> args = {"-enc", "UTF-8"};
  if (layout) args.push_back("-layout");
  args.insert(args.end(), {pdf, "-"});
  return poppler("pdftotext", args);
}

std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (!space) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

}  // namespace zio::test
