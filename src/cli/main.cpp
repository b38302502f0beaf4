// zio: Zorg in Onderwijstijd agreements, validated and rendered.
// Each command's options are bound here; their names, descriptions,
// choices, examples and exit codes live in the help table (cli/help.cpp).
// A new command or option: add it to that table (both languages, with
// examples and exit codes), then bind it here with p.command / p.arg /
// p.opt / p.flag. zio refuses to start when the two disagree, so --help,
// the man page and the completions always show what the parser accepts.
#include <iostream>

#include "cli/commands.h"
#include "cli/parse.h"
#include "render/template_error.h"

int main(int argc, char** argv) {
  using namespace zio;
  cli::Global g;
  g.lang = cli::detect_lang(argc, argv);
  std::string lang = g.lang == Lang::en ? "en" : "nl";
  cli::Parser p(g.lang, lang);

  cli::ValidateArgs validate_args;
  auto* validate = p.command("validate");
  p.arg(validate, "FILE", validate_args.files);
  p.opt(validate, "--format", validate_args.format);
  p.opt(validate, "--sarif-root", validate_args.sarif_root);
  p.opt(validate, "--sarif-base-url", validate_args.sarif_base_url);

  std::string docs_dir, cases_dir = "tests/rules";
  auto* rules = p.command("rules");
  p.opt(rules, "--docs", docs_dir);
  p.opt(rules, "--cases", cases_dir);

  std::string init_out = "regio.yaml";
  bool force = false;
  auto* init = p.command("init");
  p.opt(init, "--output", init_out);
  p.flag(init, "--force", force);
  std::string init_jeugdregio;
  p.opt(init, "--jeugdregio", init_jeugdregio);

  CodesQuery codes_q;
  auto* codes = p.command("codes");
  p.opt(codes, "--jeugdregio", codes_q.jeugdregio);
  p.opt(codes, "--gemeente", codes_q.gemeente);
  p.opt(codes, "--zoek", codes_q.zoek);

  cli::RenderArgs render_args;
  auto* render = p.command("render");
  p.arg(render, "WAT", render_args.what);
  p.arg(render, "FILE", render_args.files);
  p.opt(render, "--output", render_args.out)->required();
  p.opt(render, "--to", render_args.to);
  p.flag(render, "--concept", render_args.concept);
  p.flag(render, "--leeg", render_args.leeg);
  p.opt(render, "--templates", render_args.templates);
  p.opt(render, "--sinds", render_args.sinds);

  cli::ReportArgs report_args;
  auto* report = p.command("report");
  p.arg(report, "DIR", report_args.dir);
  p.opt(report, "--output", report_args.out)->required();
  p.opt(report, "--vorige", report_args.vorige);
  p.opt(report, "--csv", report_args.csv);
  p.opt(report, "--templates", report_args.templates);

  std::string diff_old, diff_new, diff_format = "text";
  auto* diff = p.command("diff");
  p.arg(diff, "OUD", diff_old);
  p.arg(diff, "NIEUW", diff_new);
  p.opt(diff, "--format", diff_format);

  // zio templates check DIR: "check" is the only action so far.
  std::string templates_action, templates_dir;
  auto* templates = p.command("templates");
  p.arg(templates, "ACTIE", templates_action);
  p.arg(templates, "DIR", templates_dir);

  std::string verify_doc, verify_file;
  auto* verify = p.command("verify");
  p.arg(verify, "DOCUMENT", verify_doc);
  p.arg(verify, "FILE", verify_file);
  std::string verify_templates;
  p.opt(verify, "--templates", verify_templates);

  cli::ServeArgs serve_args;
  auto* serve = p.command("serve");
  p.arg(serve, "DIR", serve_args.dir);
  p.opt(serve, "--port", serve_args.port)->check(CLI::Range(0, 65535));
  p.flag(serve, "--open", serve_args.open);

  try {
    int rc = p.parse(argc, argv);
    if (rc >= 0) return rc;
    parse_lang(lang, g.lang);
    if (*validate) return cli::validate(g, validate_args);
    if (*rules) return cli::rules(g, docs_dir, cases_dir);
    if (*init) return cli::init(g, init_out, force, init_jeugdregio);
    if (*codes) return cli::codes(g, codes_q);
    if (*render) return cli::render(g, render_args);
    if (*verify) return cli::verify(g, verify_doc, verify_file, verify_templates);
    if (*report) return cli::report(g, report_args);
    if (*templates) return cli::templates_check(g, templates_dir);
    if (*serve) return cli::serve(g, serve_args);
    if (*diff) return cli::diff(g, diff_old, diff_new, diff_format);
  } catch (const TemplateError& e) {
    return cli::template_error(g, e);  // the user's template: user input, not a bug
  } catch (const std::exception& e) {
    // A bug, not bad input: say so plainly instead of aborting.
    cli::error(g, Text{"interne fout: ", "internal error: "} + e.what());
    return 3;
  }
  return 2;
}
