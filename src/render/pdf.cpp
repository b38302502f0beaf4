#include "render/pdf.h"

#include <Poco/Pipe.h>
#include <Poco/Process.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

namespace zio {

namespace fs = std::filesystem;

std::string find_program(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::stringstream ss(path ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(ss, dir, ':');) {
    if (dir.empty()) continue;
    fs::path p = fs::path(dir) / name;
    std::error_code ec;
    if (fs::is_regular_file(p, ec) && access(p.c_str(), X_OK) == 0) return p.string();
  }
  return {};
}

std::string find_soffice() {
  std::string s = find_program("soffice");
  return s.empty() ? find_program("libreoffice") : s;
}

namespace {

// Removes the scratch directory whatever happens.
struct ScratchDir {
  fs::path path;
  ScratchDir() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("zio-pdf-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

bool odt_to_pdf(const std::string& odt, std::string& pdf, Text& error) {
  std::string soffice = find_soffice();
  if (soffice.empty()) {
    error = {"PDF maken kan alleen met LibreOffice; installeer het Debian-pakket libreoffice-writer-nogui "
             "(of maak .odt en exporteer zelf)",
             "making a PDF needs LibreOffice; install the Debian package libreoffice-writer-nogui "
             "(or make .odt and export it yourself)"};
    return false;
  }
  ScratchDir dir;
  fs::path in = dir.path / "document.odt";
  std::ofstream(in, std::ios::binary) << odt;
  // Its own profile per run: two soffice processes sharing one fail.
  // Tagged PDF for accessibility, PDF/A-2b for archiving.
  Poco::Process::Args args = {
      "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
      "-env:UserInstallation=file://" + (dir.path / "profiel").string(),
      "--infilter=writer8",
      "--convert-to",
      "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},"
      "\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}",
      "--outdir", dir.path.string(), in.string()};
  try {
    Poco::Pipe out_pipe;  // soffice chatters on stdout; keep it out of ours
    Poco::ProcessHandle ph = Poco::Process::launch(soffice, args, dir.path.string(), nullptr, &out_pipe, &out_pipe);
    out_pipe.close(Poco::Pipe::CLOSE_WRITE);
    std::thread drain([&] {
      char buf[4096];
      while (out_pipe.readBytes(buf, sizeof buf) > 0) {
      }
    });
    // tryWait reaps the child; isRunning would see the zombie as alive.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
    int rc = -1;
    while ((rc = ph.tryWait()) == -1 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (rc == -1) {
      Poco::Process::kill(ph);
      ph.wait();
      drain.join();
      error = {"LibreOffice reageerde niet binnen 3 minuten", "LibreOffice did not respond within 3 minutes"};
      return false;
    }
    drain.join();
  } catch (const std::exception& e) {
    error = Text{"LibreOffice kon niet worden gestart: ", "could not start LibreOffice: "} + e.what();
    return false;
  }
  // soffice exits 0 even when it failed: the output file is the proof.
  fs::path out = dir.path / "document.pdf";
  std::ifstream f(out, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  pdf = ss.str();
  if (pdf.rfind("%PDF-", 0) != 0) {
    error = {"LibreOffice heeft geen PDF gemaakt", "LibreOffice produced no PDF"};
    return false;
  }
  return true;
}

std::string read_fingerprint_pdf(const std::string& pdf) {
  static const std::string tag = "zio-sha256:";
  for (size_t at = pdf.find(tag); at != std::string::npos; at = pdf.find(tag, at + 1)) {
    std::string hex = pdf.substr(at + tag.size(), 64);
    if (hex.size() == 64 && hex.find_first_not_of("0123456789abcdef") == std::string::npos) return hex;
  }
  return {};
}

}  // namespace zio
