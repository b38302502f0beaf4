#include "render/pdf.h"

#include <Poco/Pipe.h>
#include <Poco/Process.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>
#include <thread>

#include "render/provenance.h"
#include "render/xml_read.h"
#include "util/atomic_file.h"
#include "util/scratch_dir.h"
#include "util/subprocess.h"

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

bool convert_to_pdf(const std::vector<std::string>& odt_paths, const std::string& outdir, Text& error) {
  if (odt_paths.empty()) return true;
  std::string soffice = find_soffice();
  if (soffice.empty()) {
    error = {"PDF maken kan alleen met LibreOffice; installeer het Debian-pakket libreoffice-writer-nogui "
             "(of maak .odt en exporteer zelf)",
             "making a PDF needs LibreOffice; install the Debian package libreoffice-writer-nogui "
             "(or make .odt and export it yourself)"};
    return false;
  }
  ScratchDir dir("zio-pdf-");  // the profile and LibreOffice's working directory
  // Its own profile per run: two soffice processes sharing one fail.
  // Tagged PDF for accessibility, PDF/A-2b for archiving.
  Poco::Process::Args args = {
      "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
      "-env:UserInstallation=file://" + (dir.path / "profiel").string(),
      "--infilter=writer8",
      "--convert-to",
      "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},"
      "\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}",
      "--outdir", outdir};
  args.insert(args.end(), odt_paths.begin(), odt_paths.end());
  // Start-up takes seconds; each document well under one.
  const auto limit = std::chrono::minutes(3) + std::chrono::seconds(5) * odt_paths.size();
  try {
    Poco::Pipe out_pipe;  // soffice chatters on stdout; keep it out of ours
    // Its temporary files too go into our private folder, so they are
    // removed with it, also when a signal stops zio (and it).
    Poco::Process::Env env{{"TMPDIR", dir.path.string()}};
    // In a process group of its own (setsid execs it, same pid): soffice
    // starts soffice.bin, and stopping zio must stop both, or soffice.bin
    // writes its profile back into a folder just removed.
    std::string exe = soffice;
    if (std::string setsid = find_program("setsid"); !setsid.empty()) {
      args.insert(args.begin(), soffice);
      exe = setsid;
    }
    Poco::ProcessHandle ph = Poco::Process::launch(exe, args, dir.path.string(), nullptr, &out_pipe, &out_pipe, env);
    register_child(ph.id());  // a signal stopping zio stops it too
    struct Unregister {
      pid_t pid;
      ~Unregister() { unregister_child(pid); }
    } unregister{ph.id()};
    out_pipe.close(Poco::Pipe::CLOSE_WRITE);
    std::thread drain([&] {
      char buf[4096];
      while (out_pipe.readBytes(buf, sizeof buf) > 0) {
      }
    });
    // tryWait reaps the child; isRunning would see the zombie as alive.
    auto deadline = std::chrono::steady_clock::now() + limit;
    int rc = -1;
    while ((rc = ph.tryWait()) == -1 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (rc == -1) {
      kill(-ph.id(), SIGKILL);  // the group, soffice.bin with it
      Poco::Process::kill(ph);
      ph.wait();
      drain.join();
      error = {"LibreOffice reageerde niet op tijd", "LibreOffice did not respond in time"};
      return false;
    }
    drain.join();
  } catch (const std::exception& e) {
    error = Text{"LibreOffice kon niet worden gestart: ", "could not start LibreOffice: "} + e.what();
    return false;
  }
  return true;
}

bool read_pdf(const std::string& path, std::string& pdf, Text& error) {
  // soffice exits 0 even when it failed: the output file is the proof.
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  pdf = ss.str();
  if (pdf.rfind("%PDF-", 0) != 0) {
    error = {"LibreOffice heeft geen PDF gemaakt", "LibreOffice produced no PDF"};
    return false;
  }
  return true;
}

bool odt_to_pdf(const std::string& odt, std::string& pdf, Text& error) {
  ScratchDir dir("zio-pdf-");
  fs::path in = dir.path / "document.odt";
  std::string werr;
  if (!write_file_atomic(in.string(), odt, werr)) {
    error = Text{"kan geen tijdelijk bestand schrijven: ", "cannot write a temporary file: "} + werr;
    return false;
  }
  return convert_to_pdf({in.string()}, dir.path.string(), error) &&
         read_pdf((dir.path / "document.pdf").string(), pdf, error);
}

namespace {

// The PDF in a private scratch file, for poppler's tools to read.
bool with_pdf_file(const std::string& pdf, const std::function<bool(const std::string&)>& f, Text& error) {
  ScratchDir dir("zio-pdf-");
  std::string path = (dir.path / "document.pdf").string();
  std::string werr;
  if (!write_file_atomic(path, pdf, werr)) {
    error = Text{"kan geen tijdelijk bestand schrijven: ", "cannot write a temporary file: "} + werr;
    return false;
  }
  return f(path);
}

std::string poppler_tool(const char* name, Text& error) {
  std::string exe = find_program(name);
  if (exe.empty())
    error = Text{"een PDF lezen kan alleen met ", "reading a PDF needs "} + name +
            Text{"; installeer het Debian-pakket poppler-utils", "; install the Debian package poppler-utils"};
  return exe;
}

}  // namespace

bool pdf_text(const std::string& pdf, std::string& text, Text& error) {
  std::string exe = poppler_tool("pdftotext", error);
  if (exe.empty()) return false;
  return with_pdf_file(pdf, [&](const std::string& path) {
    RunResult r = run_capture(exe, {"-q", "-enc", "UTF-8", path, "-"}, std::chrono::seconds(60));
    if (!r.started || r.timed_out || r.truncated || r.code != 0) {
      error = {"de tekst van de PDF kan niet worden gelezen (is het een geldige PDF?)",
               "the PDF's text cannot be read (is it a valid PDF?)"};
      return false;
    }
    text = std::move(r.out);
    return true;
  }, error);
}

bool pdf_keywords(const std::string& pdf, std::string& keywords, Text& error) {
  std::string xmp;
  keywords.clear();
  if (!pdf_xmp(pdf, xmp, error)) return false;
  if (xmp.empty()) return true;
  // As an element or as an attribute of rdf:Description, both valid XMP.
  if (!xpath_string(xmp, false, "string((//pdf:Keywords | //@pdf:Keywords)[1])",
                    {{"pdf", "http://ns.adobe.com/pdf/1.3/"}}, keywords)) {
    error = {"de XMP-metadata van de PDF is geen leesbare XML", "the PDF's XMP metadata is not readable XML"};
    return false;
  }
  return true;
}

std::string read_fingerprint_pdf(const std::string& pdf) {
  std::string keywords;
  Text error;
  Provenance p;
  if (!pdf_keywords(pdf, keywords, error) || !parse_provenance(keywords, p)) return {};
  return p.fingerprint;
}

bool pdf_xmp(const std::string& pdf, std::string& xmp, Text& error) {
  std::string exe = poppler_tool("pdfinfo", error);
  if (exe.empty()) return false;
  return with_pdf_file(pdf, [&](const std::string& path) {
    RunResult r = run_capture(exe, {"-meta", path}, std::chrono::seconds(30), 16u << 20);
    if (!r.started || r.timed_out || r.truncated || r.code != 0) {
      error = {"de PDF kan niet worden gelezen (is het een geldige PDF?)", "the PDF cannot be read (is it a valid PDF?)"};
      return false;
    }
    xmp = std::move(r.out);
    return true;
  }, error);
}

}  // namespace zio
