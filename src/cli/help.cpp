#include "cli/help.h"

#include <algorithm>
#include <cctype>
#include <dtl/dtl.hpp>
#include <sstream>

namespace zio::cli::help {

namespace {

const std::vector<std::string> formats = {"text", "json", "sarif"};
const std::vector<std::string> doc_formats = {"md", "html", "odt", "docx", "pdf"};
const std::vector<std::string> langs = {"nl", "en"};

const Opt lang_opt{"--lang", {"TAAL", "LANG"},
                   {"taal van berichten en documenten: nl (standaard) of en; ook via ZIO_LANG of LANG=en_*",
                    "language of messages and documents: nl (default) or en; also from ZIO_LANG or LANG=en_*"},
                   Value::choice, langs};
const Opt templates_opt{"--templates", {"MAP", "DIR"},
                        {"map met eigen sjablonen en stijlen (zelfde namen als templates/)",
                         "folder with your own templates and styles (same names as templates/)"},
                        Value::dir};
const Exit usage_exit{2, {"de opdrachtregel klopt niet", "the command line is wrong"}};
const Exit internal_exit{3, {"interne fout in zio (meld dit als fout)", "internal error in zio (please report it)"}};

std::vector<Command> make_commands() {
  std::vector<Command> c;
  c.push_back({"validate",
               {"controleer regiobestanden op de wettelijke eisen en de leidraad",
                "check region files against the statutory requirements and the leidraad"},
               {"Elke bevinding noemt bestand:regel:kolom, de regel, de bron en hoe u het oplost. "
                "Bestanden worden naast elkaar gecontroleerd; een onleesbaar bestand houdt de andere niet tegen.",
                "Each finding names file:line:column, the rule, its source and how to fix it. "
                "Files are checked side by side; an unreadable file does not stop the others."},
               {{{"FILE", "FILE"}, {"regiobestanden (YAML) of landelijk.yaml", "region files (YAML) or landelijk.yaml"}, Value::yaml, true}},
               {{"--format", {"FORMAAT", "FORMAT"},
                 {"uitvoer: text (standaard, zoals een compiler), json of sarif (SARIF 2.1.0 voor code scanning)",
                  "output: text (default, compiler style), json or sarif (SARIF 2.1.0 for code scanning)"},
                 Value::choice, formats},
                {"--sarif-root", {"MAP", "DIR"},
                 {"SARIF: paden relatief aan deze map (%SRCROOT%); standaard de huidige map",
                  "SARIF: paths relative to this folder (%SRCROOT%); the current folder by default"},
                 Value::dir},
                {"--sarif-base-url", {"URL", "URL"},
                 {"SARIF: absolute URL van de projectmap, voor helpUri naar docs/rules/ (standaard geen links)",
                  "SARIF: absolute URL of the project folder, for helpUri links to docs/rules/ (no links by default)"},
                 Value::text}},
               {{"validate examples/hart-van-brabant.yaml", {"één regio controleren", "check one region"}},
                {"validate --format sarif regios/*.yaml > zio.sarif", {"SARIF voor code scanning", "SARIF for code scanning"}},
                {"--lang en validate --format json regio.yaml", {"JSON, berichten in het Engels", "JSON, messages in English"}}},
               {{0, {"geen bevindingen, of alleen waarschuwingen en info", "no findings, or only warnings and info"}},
                {1, {"ten minste één fout", "at least one error"}},
                {2, {"een bestand is onleesbaar of geen YAML (de andere worden wel gecontroleerd), of de opdrachtregel klopt niet",
                     "a file could not be read or parsed (the others are still checked), or the command line is wrong"}}}});
  c.push_back({"render",
               {"maak het contract of de checklist als .md, .html, .odt, .docx of .pdf",
                "make the contract or the checklist as .md, .html, .odt, .docx or .pdf"},
               {"Het formaat volgt uit de extensie van -o. Een contract wordt geweigerd zolang het bestand een fout heeft; "
                "--concept maakt dan een concept. Met meerdere bestanden is -o een map en kiest --to de formaten.",
                "The format follows from the extension of -o. A contract is refused while the file has an error; "
                "--concept then makes a draft. With several files -o is a folder and --to picks the formats."},
               {{{"WAT", "WHAT"}, {"contract of checklist", "contract or checklist"}, Value::choice, false, true, {"contract", "checklist"}},
                {{"FILE", "FILE"}, {"regiobestand (YAML); met meerdere bestanden is -o een map", "region file (YAML); with several files -o is a folder"},
                 Value::yaml, true, false}},
               {{"-o,--output", {"UIT", "OUT"},
                 {"doelbestand; de extensie kiest het formaat, '-' is Markdown naar standaarduitvoer; of een map (met --to)",
                  "output file; its extension picks the format, '-' is Markdown to standard output; or a folder (with --to)"},
                 Value::file},
                {"-t,--to", {"FORMATEN", "FORMATS"},
                 {"formaten voor een map als uitvoer, bijvoorbeeld odt,pdf: elk bestand wordt MAP/<naam>.<formaat>",
                  "formats for a folder as output, for example odt,pdf: each file becomes DIR/<name>.<format>"},
                 Value::choice, doc_formats, true},
                {"--concept", {}, {"maak een concept, ook als er fouten zijn (CONCEPT op elke pagina, bijlage met bevindingen)",
                                   "make a draft even when there are errors (CONCEPT on every page, annex of findings)"}},
                {"--leeg", {}, {"een lege checklist voor een regio die begint (zonder FILE)", "a blank checklist for a region starting out (without FILE)"}},
                {"--sinds", {"OUD", "OLD"},
                 {"het contract met elke wijziging ten opzichte van het contract van OUD gemarkeerd (DOCX en ODT: bijgehouden "
                  "wijzigingen; HTML en PDF: ingevoegd en geschrapt met legenda; Markdown: CriticMarkup {++ ++} en {-- --})",
                  "the contract with every change since the contract of OLD marked (DOCX and ODT: tracked changes; HTML and "
                  "PDF: inserted and deleted with a legend; Markdown: CriticMarkup {++ ++} and {-- --})"},
                 Value::yaml},
                templates_opt},
               {{"render contract regio.yaml -o contract.odt", {"het contract als ODT", "the contract as ODT"}},
                {"render contract regios/*.yaml -o uit --to odt,pdf", {"alle regio's in één keer", "every region in one run"}},
                {"render contract regio.yaml --sinds vorig/regio.yaml -o wijzigingen.docx",
                 {"met bijgehouden wijzigingen voor de volgende ronde", "with tracked changes for the next round"}}},
               {{0, {"geschreven", "written"}},
                {1, {"contract geweigerd: het bestand heeft een fout (gebruik --concept voor een concept)",
                     "contract refused: the file has an error (use --concept for a draft)"}},
                {2, {"een bestand is onleesbaar of het document kon niet worden geschreven, of de opdrachtregel klopt niet",
                     "a file could not be read or the document could not be written, or the command line is wrong"}}}});
  c.push_back({"report",
               {"maak de voortgangsrapportage over een map met regiobestanden (en landelijk.yaml)",
                "make the progress report over a folder of region files (and landelijk.yaml)"},
               {}, 
               {{{"DIR", "DIR"}, {"map met regiobestanden (YAML) en eventueel landelijk.yaml", "folder with region files (YAML) and optionally landelijk.yaml"}, Value::dir}},
               {{"-o,--output", {"UIT", "OUT"},
                 {"doelbestand; de extensie kiest het formaat (.md, .html, .odt, .docx, .pdf), '-' is Markdown naar standaarduitvoer",
                  "output file; its extension picks the format (.md, .html, .odt, .docx, .pdf), '-' is Markdown to standard output"},
                 Value::file},
                {"--vorige", {"MAP", "DIR"},
                 {"map van de vorige rapportage: de cijfers toen en nu, en welke regio's van status veranderden",
                  "folder of the previous report: the figures then and now, and which regions changed status"},
                 Value::dir},
                {"--csv", {"BESTAND", "FILE"},
                 {"schrijf ook een CSV met één regel per regio, voor Excel ('-' naar standaarduitvoer)",
                  "also write a CSV with one row per region, for Excel ('-' to standard output)"},
                 Value::file},
                templates_opt},
               {{"report regios -o rapportage.pdf", {"de rapportage als PDF", "the report as PDF"}},
                {"report regios -o rapportage.odt --vorige vorig-jaar --csv regios.csv", {"met de veranderingen en een CSV", "with the changes and a CSV"}}},
               {{0, {"geschreven (ook als regiobestanden fouten hebben: de rapportage toont ze)",
                     "written (also when region files have errors: the report shows them)"}},
                {2, {"DIR of --vorige is onleesbaar of zonder regiobestanden, de uitvoer kon niet worden geschreven, of de opdrachtregel klopt niet",
                     "DIR or --vorige is unreadable or has no region files, the output could not be written, or the command line is wrong"}}}});
  c.push_back({"verify",
               {"controleer of een document uit deze gegevens is gemaakt (vingerafdruk)",
                "check whether a document was made from this data (fingerprint)"},
               {},
               {{{"DOCUMENT", "DOCUMENT"}, {"het document (.odt, .docx, .html of .pdf)", "the document (.odt, .docx, .html or .pdf)"}, Value::file},
                {{"FILE", "FILE"}, {"het regiobestand (YAML)", "the region file (YAML)"}, Value::yaml}},
               {templates_opt},
               {{"verify contract.pdf regio.yaml", {"hoort dit contract bij deze gegevens?", "does this contract belong to this data?"}},
                {"verify checklist.odt regio.yaml", {"hetzelfde voor een checklist", "the same for a checklist"}}},
               {{0, {"ja, het document is uit deze gegevens gemaakt", "yes, the document was made from this data"}},
                {1, {"nee, de gegevens zijn anders", "no, the data differs"}},
                {2, {"een van beide bestanden is onleesbaar, of de opdrachtregel klopt niet", "either file could not be read, or the command line is wrong"}}}});
  c.push_back({"diff",
               {"wat veranderde tussen twee versies van een regiobestand (gegevens en bevindingen)",
                "what changed between two versions of a region file (data and findings)"},
               {"Vergelijkt naar betekenis: commentaar en volgorde van sleutels tellen niet; ook welke bevindingen zijn opgelost of nieuw zijn.",
                "Compares by meaning: comments and key order do not count; also which findings were resolved or are new."},
               {{{"OUD", "OLD"}, {"de vorige versie (YAML)", "the previous version (YAML)"}, Value::yaml},
                {{"NIEUW", "NEW"}, {"de nieuwe versie (YAML)", "the new version (YAML)"}, Value::yaml}},
               {{"--format", {"FORMAAT", "FORMAT"}, {"uitvoer: text (standaard) of json", "output: text (default) or json"}, Value::choice,
                 {"text", "json"}}},
               {{"diff vorig/regio.yaml regio.yaml", {"wat is er veranderd?", "what changed?"}},
                {"diff --format json vorig/regio.yaml regio.yaml", {"hetzelfde als JSON", "the same as JSON"}}},
               {{0, {"geen verschil in de gegevens", "no change in the data"}},
                {1, {"er zijn veranderingen", "there are changes"}},
                {2, {"een bestand is onleesbaar, of de opdrachtregel klopt niet", "a file could not be read, or the command line is wrong"}}}});
  c.push_back({"templates",
               {"controleer een map met eigen sjablonen en stijlen", "check a folder with your own templates and styles"},
               {"templates check DIR meldt per probleem bestand:regel:kolom: bestandsnamen, Mustache, variabelen en XML.",
                "templates check DIR reports each problem as file:line:column: file names, Mustache, variables and XML."},
               {{{"ACTIE", "ACTION"}, {"check: controleer DIR", "check: check DIR"}, Value::choice, false, true, {"check"}},
                {{"DIR", "DIR"}, {"map met eigen sjablonen (zelfde namen als templates/)", "folder with your own templates (same names as templates/)"},
                 Value::dir}},
               {},
               {{"templates check mijn-sjablonen", {"voordat u render --templates mijn-sjablonen gebruikt",
                                                    "before you use render --templates mijn-sjablonen"}},
                {"--lang en templates check mijn-sjablonen", {"de meldingen in het Engels", "the messages in English"}}},
               {{0, {"bruikbaar (alleen info of waarschuwingen)", "usable (only info or warnings)"}},
                {2, {"een fout in een sjabloon, een onleesbare map, of een opdrachtregel die niet klopt",
                     "an error in a template, an unreadable folder, or a wrong command line"}}}});
  c.push_back({"rules",
               {"de regelcatalogus met bronnen", "the rule catalogue with sources"},
               {},
               {},
               {{"--docs", {"MAP", "DIR"}, {"schrijf één Markdown-pagina per regel in deze map", "write one Markdown page per rule into this folder"}, Value::dir},
                {"--cases", {"MAP", "DIR"},
                 {"map met de testgevallen per regel (voor de voorbeelden in --docs)", "folder with each rule's test cases (for the examples in --docs)"},
                 Value::dir}},
               {{"rules", {"de catalogus", "the catalogue"}},
                {"rules --docs docs/rules", {"de regelpagina's opnieuw maken", "regenerate the rule pages"}}},
               {{0, {"gelukt", "done"}}, {2, {"de pagina's konden niet worden geschreven, of de opdrachtregel klopt niet", "the pages could not be written, or the command line is wrong"}}}});
  c.push_back({"init",
               {"schrijf een nieuw regiobestand met alle sleutels en uitleg", "write a new region file with every key and an explanation"},
               {},
               {},
               {{"-o,--output", {"BESTAND", "FILE"}, {"doelbestand ('-' voor standaarduitvoer); standaard regio.yaml", "output file ('-' for standard output); regio.yaml by default"},
                 Value::file},
                {"--force", {}, {"overschrijf een bestaand bestand", "overwrite an existing file"}},
                {"--jeugdregio", {"CODE", "CODE"},
                 {"vul de gemeenten en zorgkantoorregio's van deze jeugdregio in (bijv. JZ14; zie zio codes)",
                  "fill in the gemeenten and zorgkantoorregio's of this jeugdregio (e.g. JZ14; see zio codes)"},
                 Value::text}},
               {{"init", {"maakt regio.yaml", "makes regio.yaml"}},
                {"init --jeugdregio JZ14 -o twente.yaml", {"begint met de gemeenten van jeugdregio Twente",
                                                            "starts with the gemeenten of jeugdregio Twente"}},
                {"init -o mijn-regio.yaml", {"onder een andere naam", "under another name"}}},
               {{0, {"geschreven", "written"}},
                {2, {"het bestand bestaat al (gebruik --force) of kon niet worden geschreven, of de opdrachtregel klopt niet", "the file exists (use --force) or could not be written, or the command line is wrong"}}}});
  c.push_back({"serve",
               {"open een map met regiobestanden in de browser: bekijken, bewerken, documenten maken",
                "open a folder of region files in the browser: view, edit, make documents"},
               {"Alleen op 127.0.0.1, met een geheime sleutel in de URL; werkt zonder netwerk. Stopt met Ctrl-C.",
                "Only on 127.0.0.1, with a secret token in the URL; works without a network. Stops with Ctrl-C."},
               {{{"DIR", "DIR"}, {"map met regiobestanden (standaard de huidige map)", "folder of region files (the current folder by default)"},
                 Value::dir, false, false}},
               {{"--port", {"POORT", "PORT"}, {"poort op 127.0.0.1 (standaard een vrije poort)", "port on 127.0.0.1 (a free port by default)"}, Value::text},
                {"--open", {}, {"open de pagina in de browser (xdg-open)", "open the page in the browser (xdg-open)"}}},
               {{"serve examples --open", {"de voorbeelden in de browser", "the examples in the browser"}},
                {"serve regios --port 8080", {"op een vaste poort", "on a fixed port"}}},
               {{0, {"netjes gestopt", "stopped cleanly"}},
                {2, {"DIR of de poort is niet bruikbaar, of de opdrachtregel klopt niet", "DIR or the port cannot be used, or the command line is wrong"}}}});
  c.push_back({"codes",
               {"CBS-codes opzoeken: jeugdregio's, hun gemeenten en zorgkantoorregio's",
                "look up CBS codes: jeugdregio's, their gemeenten and zorgkantoorregio's"},
               {"Uit de CBS-lijsten die zio meedraagt; zonder optie alle jeugdregio's.",
                "From the CBS lists zio carries; without an option every jeugdregio."},
               {},
               {{"--jeugdregio", {"CODE", "CODE"}, {"de gemeenten van deze jeugdregio (bijv. JZ14)", "the gemeenten of this jeugdregio (e.g. JZ14)"}, Value::text},
                {"--gemeente", {"GEMEENTE", "GEMEENTE"},
                 {"jeugdregio en zorgkantoorregio van deze gemeente (code of naam)", "jeugdregio and zorgkantoorregio of this gemeente (code or name)"},
                 Value::text},
                {"--zoek", {"WOORD", "WORD"}, {"zoek WOORD in de namen van gemeenten en regio's", "search WORD in the names of gemeenten and regions"}, Value::text}},
               {{"codes", {"alle jeugdregio's", "every jeugdregio"}},
                {"codes --jeugdregio JZ14", {"de gemeenten van Twente", "the gemeenten of Twente"}},
                {"codes --zoek hengelo", {"waar hoort Hengelo bij?", "where does Hengelo belong?"}}},
               {{0, {"gevonden", "found"}}, {1, {"niets gevonden", "nothing found"}}}});
  for (Command& cmd : c) {
    if (std::none_of(cmd.exits.begin(), cmd.exits.end(), [](const Exit& e) { return e.code == 2; })) cmd.exits.push_back(usage_exit);
    cmd.exits.push_back(internal_exit);
  }
  return c;
}

Command make_program() {
  return {"zio",
          {"regionale afspraken Zorg in Onderwijstijd controleren en als document maken",
           "check regional Zorg in Onderwijstijd agreements and make them into documents"},
          {"zio controleert het YAML-bestand van een regio op de wettelijke eisen en de leidraad, en maakt er het "
           "contract, de checklist en de landelijke rapportage van.",
           "zio checks a region's YAML file against the statutory requirements and the leidraad, and makes the "
           "contract, the checklist and the national report from it."},
          {},
          {lang_opt,
           {"--version", {}, {"toon de versie en de CBS-gegevens die zio meedraagt", "show the version and the CBS data zio carries"}}},
          {{"validate examples/hart-van-brabant.yaml", {"een regio controleren", "check a region"}},
           {"render contract regio.yaml -o contract.odt", {"het contract maken", "make the contract"}},
           {"--lang en validate --help", {"hulp bij een opdracht, in het Engels", "help on a command, in English"}}},
          {{0, {"gelukt", "success"}},
           {1, {"bevindingen met ernst fout (validate), geweigerd (render) of niet gelijk (verify)",
                "findings of severity error (validate), refused (render) or not equal (verify)"}},
           {2, {"onleesbare invoer of een opdrachtregel die niet klopt", "unreadable input or a wrong command line"}},
           internal_exit}};
}

std::string pad_to(std::string s, size_t width) {
  // Width in characters, not bytes: option texts hold "é".
  size_t chars = 0;
  for (unsigned char ch : s) chars += (ch & 0xC0) != 0x80;
  if (chars < width) s.append(width - chars, ' ');
  return s;
}

std::string arg_shown(const Arg& a, Lang lang) {
  std::string s = a.name.in(lang);
  if (a.many) s += "...";
  return a.required ? s : "[" + s + "]";
}

}  // namespace

const Words& words() {
  static const Words w{{"gebruik", "usage"},
                       {"opdrachten", "commands"},
                       {"argumenten", "arguments"},
                       {"opties", "options"},
                       {"algemene opties", "general options"},
                       {"voorbeelden", "examples"},
                       {"afsluitcodes", "exit codes"},
                       {"meer", "more"},
                       {"OPDRACHT", "COMMAND"},
                       {"opties", "options"},
                       {"toon deze hulp", "show this help"},
                       {"toon de versie", "show the version"},
                       {"meer over een opdracht: zio OPDRACHT --help", "more on a command: zio COMMAND --help"},
                       {"interne fout: ", "internal error: "}};
  return w;
}

const Command& program() {
  static const Command p = make_program();
  return p;
}

const std::vector<Command>& commands() {
  static const std::vector<Command> c = make_commands();
  return c;
}

const Command* find(std::string_view name) {
  for (const Command& c : commands())
    if (name == c.name) return &c;
  return nullptr;
}

const Opt* find_opt(const Command& cmd, std::string_view name) {
  for (const Opt& o : cmd.opts) {
    std::string_view all = o.names;
    size_t start = 0;
    while (start <= all.size()) {
      size_t comma = all.find(',', start);
      std::string_view one = all.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
      if (one == name) return &o;
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
  }
  return nullptr;
}

const Arg* find_arg(const Command& cmd, std::string_view name) {
  for (const Arg& a : cmd.args)
    if (name == a.name.nl) return &a;
  return nullptr;
}

std::string long_name(const Opt& o) {
  std::string all = o.names;
  size_t comma = all.rfind(',');
  return comma == std::string::npos ? all : all.substr(comma + 1);
}

std::string shown_names(const Opt& o) {
  std::string s = o.names;
  size_t comma = s.find(',');
  return comma == std::string::npos ? s : s.substr(0, comma) + ", " + s.substr(comma + 1);
}

std::string nearest(std::string_view typed, const std::vector<std::string>& candidates) {
  std::string best;
  long long best_d = -1;
  for (const std::string& c : candidates) {
    // dtl counts insertions and deletions; a swapped or wrong letter costs 2.
    dtl::Diff<char, std::string> d(std::string(typed), c);
    d.compose();
    long long dist = d.getEditDistance();
    if (best_d < 0 || dist < best_d) {
      best_d = dist;
      best = c;
    }
  }
  size_t longest = std::max(typed.size(), best.size());
  return best_d >= 0 && static_cast<size_t>(best_d) <= std::max<size_t>(2, (2 * longest) / 3) ? best : std::string();
}

std::string usage_line(const Command* cmd, Lang lang) {
  const Words& w = words();
  if (!cmd || cmd == &program())
    return "zio [--lang nl|en] " + w.command_word.in(lang) + " [" + w.options_word.in(lang) + "]";
  std::string s = std::string("zio ") + cmd->name;
  if (!cmd->opts.empty()) s += " [" + w.options_word.in(lang) + "]";
  // A choice shows its values: zio render [opties] contract|checklist ...
  for (const Arg& a : cmd->args) {
    std::string values;
    for (const std::string& c : a.choices) values += (values.empty() ? "" : "|") + c;
    s += " " + (a.kind == Value::choice && !a.choices.empty() ? (a.required ? values : "[" + values + "]") : arg_shown(a, lang));
  }
  return s;
}

std::string help_text(const Command* cmd, Lang lang) {
  const Words& w = words();
  const Command& c = cmd ? *cmd : program();
  const bool top = &c == &program();
  std::ostringstream out;
  const size_t col = 24;
  auto row = [&](const std::string& left, const std::string& right) {
    std::string l = "  " + left;
    if (l.size() + 2 > col)
      out << l << "\n" << std::string(col, ' ') << right << "\n";
    else
      out << pad_to(l, col) << right << "\n";
  };
  if (top) out << "zio " << ZIO_VERSION << ": " << c.summary.in(lang) << "\n\n";
  out << w.usage.in(lang) << ": " << usage_line(&c, lang) << "\n\n";
  if (!top) {
    std::string summary = c.summary.in(lang);
    summary[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(summary[0])));
    out << summary << ".\n";
  }
  if (!c.description.empty()) out << (top ? "" : "\n") << c.description.in(lang) << "\n";
  out << "\n";
  if (top) {
    out << w.commands.in(lang) << ":\n";
    for (const Command& sub : commands()) row(sub.name, sub.summary.in(lang));
    out << "\n";
  }
  if (!c.args.empty()) {
    out << w.arguments.in(lang) << ":\n";
    for (const Arg& a : c.args) {
      std::string d = a.desc.in(lang);
      row(arg_shown(a, lang), d);
    }
    out << "\n";
  }
  out << (top ? w.general_options : w.options).in(lang) << ":\n";
  for (const Opt& o : c.opts) {
    std::string left = shown_names(o);
    if (!o.value.empty()) left += " " + o.value.in(lang);
    row(left, o.desc.in(lang));
  }
  if (!top) row(lang_opt.names + std::string(" ") + lang_opt.value.in(lang), lang_opt.desc.in(lang));
  row("-h, --help", w.help_flag.in(lang));
  out << "\n" << w.examples.in(lang) << ":\n";
  for (const Example& e : c.examples) {
    out << "  zio " << e.line << "\n";
    out << "      " << e.what.in(lang) << "\n";
  }
  out << "\n" << w.exit_codes.in(lang) << ":\n";
  for (const Exit& e : c.exits) out << "  " << e.code << "  " << e.meaning.in(lang) << "\n";
  if (top) out << "\n" << w.more_help.in(lang) << "\n";
  return out.str();
}

}  // namespace zio::cli::help
