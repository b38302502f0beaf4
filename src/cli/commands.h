#pragma once
// One function per command; main.cpp only parses the command line (CLI11
// is kept to that one file because it is slow to compile).
#include <iostream>
#include <string>
#include <vector>

#include "draft/codes.h"
#include "model/text.h"

namespace zio::cli {

struct Global {
  Lang lang = Lang::nl;
};

struct ValidateArgs {
  std::vector<std::string> files;
  std::string format = "text";  // text | json | sarif
  std::string sarif_root;       // SARIF's %SRCROOT%; empty: the current directory
  std::string sarif_base_url;   // absolute URL of the project tree, for helpUri; empty: none
};
int validate(const Global& g, const ValidateArgs& a);
int rules(const Global& g, const std::string& docs_dir, const std::string& cases_dir);
// `jeugdregio` empty: the generic starter; else filled in from the CBS data.
int init(const Global& g, const std::string& out, bool force, const std::string& jeugdregio);
// 0: listed; 1: nothing matches (message on stderr).
int codes(const Global& g, const CodesQuery& q);

struct RenderArgs {
  std::string what;  // contract | checklist
  std::vector<std::string> files;  // one, or several into the folder `out`
  std::string out;
  std::string to;  // formats for a folder: "odt,pdf"
  bool concept = false;
  bool leeg = false;
  std::string templates;  // directory with replacement templates/styles
  std::string sinds;      // --sinds OLD: the contract with its changes since OLD marked
};
int render(const Global& g, const RenderArgs& a);
struct ReportArgs {
  std::string dir;        // the folder of region files (and landelijk.yaml)
  std::string out;        // by extension, as render; "-" Markdown to stdout
  std::string vorige;     // the folder of the previous report, for the changes
  std::string csv;        // one row per region file; "-" to stdout
  std::string templates;  // directory with replacement templates/styles
};
// 0: written (also when region files have fouten: the report shows them);
// 2: DIR (or --vorige) unreadable or without region files, or cannot write.
int report(const Global& g, const ReportArgs& a);
// 0: the document was rendered from this data; 1: it was not; 2: unreadable.
// `templates`: the --templates DIR the document was rendered with, if any.
int verify(const Global& g, const std::string& document, const std::string& file, const std::string& templates = {});

struct ServeArgs {
  std::string dir = ".";  // the folder of region files
  int port = 0;           // 0: any free port
  bool open = false;      // start the desktop browser (xdg-open)
};
// zio serve: prints the URL (with its token) and serves until Ctrl-C or
// SIGTERM; 0 after a clean stop, 2 when DIR or the port is unusable.
int serve(const Global& g, const ServeArgs& a);
// zio diff OLD NEW: what changed in the data and in the findings.
// 0 no change, 1 changes, 2 a file unreadable.
int diff(const Global& g, const std::string& old_file, const std::string& new_file, const std::string& format);

// zio templates check DIR: each problem of a template folder, compiler
// style; 0 usable (only info or waarschuwingen), 2 a fout or unreadable.
int templates_check(const Global& g, const std::string& dir);
// A --templates folder checked before anything is rendered: problems
// printed, and false (nothing to be written) when one is a fout; else the
// folder is used for the rest of the run.
bool use_templates(const Global& g, const std::string& dir);
}  // namespace zio::cli
namespace zio {
struct TemplateError;
}
namespace zio::cli {
// A user's template that failed while rendering, printed as
// FILE:LINE:COL: fout: ...; returns the exit code 2.
int template_error(const Global& g, const TemplateError& e);

// Prints "zio: fout: <msg>" (or "zio: error: ...") to stderr, or to `out`
// (a batch collects each file's messages to print them in order).
void error(const Global& g, const Text& msg, std::ostream& out = std::cerr);

// Flushes `out` and says whether everything written to it arrived; when not
// (a full disk, a closed pipe, /dev/full) prints why. Every command checks
// its output this way before it reports success.
bool finish_output(const Global& g, std::ostream& out = std::cout);

// True (after printing why) when writing `out` would overwrite the input
// `in`: the same file, also through a link.
bool overwrites_input(const Global& g, const std::string& out, const std::string& in);

}  // namespace zio::cli
