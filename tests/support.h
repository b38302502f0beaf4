#pragma once
// Helpers shared by the tests: run the real zio binary, read files, and
// LibreOffice and poppler for the tests that print documents to PDF.
#include <string>
#include <vector>

namespace zio::test {

struct Run {
  int code = -1;
  std::string out, err;
};

// The zio executable under test: ZIO_TEST_EXE from the environment when set
// (to run the tests against another build, such as an older one), else the
// one built with the tests.
std::string zio_exe();
// Runs the zio executable with `args` in the source directory.
Run run_zio(const std::vector<std::string>& args);
// Runs any program (a full path) with `args` in `cwd`, capturing both streams.
Run run_program(const std::string& exe, const std::vector<std::string>& args, const std::string& cwd);

std::string slurp(const std::string& path);
std::string source_path(const std::string& relative);

// A fresh, empty directory under the system's temp directory.
std::string temp_dir();

// Writes `content` to dir/name (bytes as given) and returns that path.
std::string write(const std::string& dir, const std::string& name, const std::string& content);

// A small valid region file, for tests that change one thing in it.
extern const char* const kValid;

// Compares `actual` with the golden file; with ZIO_ACCEPT=1 in the
// environment rewrites it instead (review the diff before committing).
bool matches_golden(const std::string& golden_relative, const std::string& actual);

// Converts each document (ODT or DOCX) to PDF in `outdir` with one headless
// LibreOffice run (no shell, no quoting), with its own profile
// (outdir/profile) so parallel tests and a user's LibreOffice don't clash,
// under `timeout` when that is installed. REQUIREs soffice (Debian package
// libreoffice-writer-nogui) and, as soffice exits 0 even when it failed,
// each PDF to exist afterwards. Returns outdir/<name>.pdf for each document,
// in order; documents of the same name need separate outdirs.
std::vector<std::string> office_to_pdf(const std::vector<std::string>& docs, const std::string& outdir);

// Standard output of a poppler tool (pdftotext, pdfimages, pdfinfo) run with
// `args`. REQUIREs the tool (Debian package poppler-utils) and exit status 0.
std::string poppler(const std::string& tool, const std::vector<std::string>& args);

// The text of a PDF: pdftotext -enc UTF-8 [-layout] pdf -
std::string pdf_text(const std::string& pdf, bool layout = false);

// `s` with every run of white space as one space: pdftotext breaks lines
// where the page did, so compare printed text this way.
std::string squeeze(const std::string& s);

}  // namespace zio::test
