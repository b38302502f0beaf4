// zio: Zorg in Onderwijstijd agreements, validated and rendered.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "render/template_error.h"

int main(int argc, char** argv) {
  using namespace zio;
  cli::Global g;
  std::string lang = "nl";

  CLI::App app{"zio: regionale afspraken Zorg in Onderwijstijd controleren en als document maken"};
  app.set_version_flag("--version", std::string("zio ") + ZIO_VERSION);
  app.add_option("--lang", lang, "taal van berichten en documenten: nl of en")->check(CLI::IsMember({"nl", "en"}));
  app.require_subcommand(1);

  std::vector<std::string> files;
  std::string format = "text";
  auto* validate = app.add_subcommand("validate", "controleer regiobestanden op de wettelijke eisen en de leidraad");
  validate->add_option("FILE", files, "regiobestanden (YAML)")->required();
  validate->add_option("--format", format, "uitvoer: text, json of sarif")->check(CLI::IsMember({"text", "json", "sarif"}));

  std::string docs_dir, cases_dir = "tests/rules";
  auto* rules = app.add_subcommand("rules", "de regelcatalogus met bronnen");
  rules->add_option("--docs", docs_dir, "schrijf één Markdown-pagina per regel in deze map");
  rules->add_option("--cases", cases_dir, "map met de testgevallen per regel (voor de voorbeelden in --docs)");

  std::string init_out = "regio.yaml";
  bool force = false;
  auto* init = app.add_subcommand("init", "schrijf een nieuw regiobestand met alle sleutels en uitleg");
  init->add_option("-o,--output", init_out, "doelbestand ('-' voor standaarduitvoer)");
  init->add_flag("--force", force, "overschrijf een bestaand bestand");
  std::string init_jeugdregio;
  init->add_option("--jeugdregio", init_jeugdregio, "vul de gemeenten en zorgkantoorregio's van deze jeugdregio in (bijv. JZ14; zie 'zio codes')");

  CodesQuery codes_q;
  auto* codes = app.add_subcommand("codes", "CBS-codes opzoeken: jeugdregio's, hun gemeenten en zorgkantoorregio's");
  codes->add_option("--jeugdregio", codes_q.jeugdregio, "de gemeenten van deze jeugdregio (bijv. JZ14)");
  codes->add_option("--gemeente", codes_q.gemeente, "jeugdregio en zorgkantoorregio van deze gemeente (code of naam)");
  codes->add_option("--zoek", codes_q.zoek, "zoek TEXT in de namen van gemeenten en regio's");

  cli::RenderArgs render_args;
  auto* render = app.add_subcommand("render", "maak het contract of de checklist als .md, .html, .odt, .docx of .pdf");
  render->add_option("WAT", render_args.what, "contract of checklist")->required()->check(CLI::IsMember({"contract", "checklist"}));
  render->add_option("FILE", render_args.files, "regiobestand (YAML); met meerdere bestanden is -o een map");
  render->add_option("-o,--output", render_args.out, "doelbestand; de extensie kiest het formaat, '-' is Markdown naar standaarduitvoer; of een map (met --to)")->required();
  render->add_option("-t,--to", render_args.to, "formaten voor een map als uitvoer, bijvoorbeeld odt,pdf (md, html, odt, docx, pdf): elk bestand wordt MAP/<naam>.<formaat>");
  render->add_flag("--concept", render_args.concept, "maak een concept, ook als er fouten zijn (CONCEPT op elke pagina, bijlage met bevindingen)");
  render->add_flag("--leeg", render_args.leeg, "een lege checklist voor een regio die begint");
  render->add_option("--templates", render_args.templates, "map met eigen sjablonen en stijlen (zelfde namen als templates/)");

  cli::ReportArgs report_args;
  auto* report = app.add_subcommand("report", "maak de voortgangsrapportage over een map met regiobestanden (en landelijk.yaml)");
  report->add_option("DIR", report_args.dir, "map met regiobestanden (YAML) en eventueel landelijk.yaml")->required();
  report->add_option("-o,--output", report_args.out, "doelbestand; de extensie kiest het formaat (.md, .html, .odt, .docx, .pdf), '-' is Markdown naar standaarduitvoer")->required();
  report->add_option("--vorige", report_args.vorige, "map van de vorige rapportage: de cijfers toen en nu, en welke regio's van status veranderden");
  report->add_option("--csv", report_args.csv, "schrijf ook een CSV met één regel per regio, voor Excel ('-' naar standaarduitvoer)");
  report->add_option("--templates", report_args.templates, "map met eigen sjablonen en stijlen (zelfde namen als templates/)");
  // Also after the subcommand, as users write it: zio report DIR -o OUT --lang en.
  report->add_option("--lang", lang, "taal van berichten en documenten: nl of en")->check(CLI::IsMember({"nl", "en"}));

  std::string diff_old, diff_new, diff_format = "text";
  auto* diff = app.add_subcommand("diff", "wat veranderde tussen twee versies van een regiobestand (gegevens en bevindingen)");
  diff->add_option("OUD", diff_old, "de vorige versie (YAML)")->required();
  diff->add_option("NIEUW", diff_new, "de nieuwe versie (YAML)")->required();
  diff->add_option("--format", diff_format, "uitvoer: text of json")->check(CLI::IsMember({"text", "json"}));

  std::string templates_dir;
  auto* templates = app.add_subcommand("templates", "controleer een map met eigen sjablonen en stijlen");
  auto* templates_check = templates->add_subcommand("check", "controleer DIR: bestandsnamen, Mustache, variabelen, XML");
  templates_check->add_option("DIR", templates_dir, "map met eigen sjablonen (zelfde namen als templates/)")->required();
  templates->require_subcommand(1);

  std::string verify_doc, verify_file;
  auto* verify = app.add_subcommand("verify", "controleer of een document uit deze gegevens is gemaakt: zio maakt het opnieuw en vergelijkt");
  verify->add_option("DOCUMENT", verify_doc, "het document (.odt, .docx, .html of .pdf)")->required();
  verify->add_option("FILE", verify_file, "het regiobestand (YAML)")->required();
  std::string verify_templates;
  verify->add_option("--templates", verify_templates, "de map met eigen sjablonen waarmee het document gemaakt is (render --templates)");

  cli::ServeArgs serve_args;
  auto* serve = app.add_subcommand("serve", "open een map met regiobestanden in de browser: bekijken, bewerken, documenten maken");
  serve->add_option("DIR", serve_args.dir, "map met regiobestanden (standaard: de huidige map)");
  serve->add_option("--port", serve_args.port, "poort op 127.0.0.1 (standaard: een vrije poort)")->check(CLI::Range(0, 65535));
  serve->add_flag("--open", serve_args.open, "open de pagina in de browser (xdg-open)");
  serve->add_option("--lang", lang, "taal van de pagina: nl of en")->check(CLI::IsMember({"nl", "en"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    // Usage errors share exit code 2 with unreadable input; help and
    // version are not errors.
    return rc == 0 ? 0 : 2;
  }
  parse_lang(lang, g.lang);
  try {
    if (*validate) return cli::validate(g, files, format);
    if (*rules) return cli::rules(g, docs_dir, cases_dir);
    if (*init) return cli::init(g, init_out, force, init_jeugdregio);
    if (*codes) return cli::codes(g, codes_q);
    if (*render) return cli::render(g, render_args);
    if (*verify) return cli::verify(g, verify_doc, verify_file, verify_templates);
    if (*report) return cli::report(g, report_args);
    if (*templates_check) return cli::templates_check(g, templates_dir);
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
