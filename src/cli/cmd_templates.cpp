#include <iostream>

#include "cli/commands.h"
#include "load/resources.h"
#include "render/template_check.h"
#include "render/template_error.h"

namespace zio::cli {

namespace {

void print_problem(const Global& g, const std::string& file, int line, int col, Severity sev, const Text& msg,
                   std::ostream& out) {
  out << file;
  if (line > 0) out << ':' << line << ':' << (col > 0 ? col : 1);
  out << ": " << severity_name(sev, g.lang) << ": " << msg.in(g.lang) << '\n';
}

}  // namespace

int template_error(const Global& g, const TemplateError& e) {
  print_problem(g, e.file, e.line, e.col, Severity::fout, e.message, std::cerr);
  return 2;
}

bool use_templates(const Global& g, const std::string& dir) {
  bool usable = true;
  for (const TemplateProblem& p : check_template_dir(dir)) {
    if (p.severity == Severity::info) continue;  // a missing file falls back to the built-in one
    print_problem(g, p.file, p.line, p.col, p.severity, p.message, std::cerr);
    usable = usable && p.severity != Severity::fout;
  }
  if (!usable) {
    error(g, Text{"de sjablonen in " + dir + " zijn niet bruikbaar; er is niets geschreven",
                  "the templates in " + dir + " cannot be used; nothing was written"});
    return false;
  }
  set_template_dir(dir);
  return true;
}

int templates_check(const Global& g, const std::string& dir) {
  int code = 0, fouten = 0;
  std::vector<TemplateProblem> problems = check_template_dir(dir);
  for (const TemplateProblem& p : problems) {
    print_problem(g, p.file, p.line, p.col, p.severity, p.message, std::cout);
    if (p.severity == Severity::fout) {
      ++fouten;
      code = 2;
    }
  }
  std::cout << (fouten == 0 ? Text{"De sjablonen zijn bruikbaar.", "The templates can be used."}
                            : Text{std::to_string(fouten) + " fout(en): los ze op voor gebruik met --templates.",
                                   std::to_string(fouten) + " error(s): fix them before use with --templates."})
                   .in(g.lang)
            << '\n';
  return finish_output(g) ? code : 2;
}

}  // namespace zio::cli
