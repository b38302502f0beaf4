// zio(1) from the help table: the same summaries, options, examples and
// exit codes as --help, laid out as a man page.
#include <cctype>
#include <sstream>

#include "cli/help.h"

namespace zio::cli::help {

namespace {

// Text safe for roff: backslashes, hyphens, and a line start that roff
// would take for a request.
std::string roff(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

void options(std::ostringstream& m, const Command& c, Lang lang) {
  for (const Opt& o : c.opts) {
    m << ".TP\n.B " << roff(shown_names(o));
    if (!o.value.empty()) m << " " << roff(o.value.in(lang));
    m << "\n" << roff(o.desc.in(lang)) << "\n";
  }
}

std::string capital(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// A command's examples and exit codes, under its own heading.
void examples_and_exits(std::ostringstream& m, const Command& c, Lang lang) {
  const Words& w = words();
  m << ".PP\n.I " << roff(capital(w.examples.in(lang))) << "\n";
  for (const Example& e : c.examples) m << ".TP\n.B " << roff(std::string("zio ") + e.line) << "\n" << roff(e.what.in(lang)) << "\n";
  m << ".PP\n.I " << roff(capital(w.exit_codes.in(lang))) << "\n";
  for (const Exit& e : c.exits) m << ".TP\n.B " << e.code << "\n" << roff(e.meaning.in(lang)) << "\n";
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string man_page(Lang lang) {
  const bool en = lang == Lang::en;
  const Command& p = program();
  const Words& w = words();
  std::ostringstream m;
  m << ".\\\" Generated from src/cli/help.cpp, as zio --help is; edit that table.\n";
  m << ".TH ZIO 1 \"\" \"zio " << ZIO_VERSION << "\" \"" << (en ? "User Commands" : "Gebruikersopdrachten") << "\"\n";
  m << ".SH " << (en ? "NAME" : "NAAM") << "\nzio \\- " << roff(p.summary.in(lang)) << "\n";
  m << ".SH " << upper(w.usage.in(lang)) << "\n" << roff(usage_line(&p, lang)) << "\n";
  for (const Command& c : commands()) m << ".br\n" << roff(usage_line(&c, lang)) << "\n";
  m << ".SH " << (en ? "DESCRIPTION" : "BESCHRIJVING") << "\n" << roff(p.description.in(lang)) << "\n";
  m << ".SH " << upper(w.general_options.in(lang)) << "\n";
  options(m, p, lang);
  m << ".TP\n.B " << roff("-h, --help") << "\n" << roff(w.help_flag.in(lang)) << "\n";
  m << ".SH " << upper(w.commands.in(lang)) << "\n";
  for (const Command& c : commands()) {
    m << ".SS " << roff(usage_line(&c, lang)) << "\n" << roff(c.summary.in(lang)) << ".\n";
    if (!c.description.empty()) m << ".PP\n" << roff(c.description.in(lang)) << "\n";
    for (const Arg& a : c.args) {
      m << ".TP\n.I " << roff(a.name.in(lang)) << (a.many ? "..." : "") << "\n" << roff(a.desc.in(lang)) << "\n";
    }
    options(m, c, lang);
    examples_and_exits(m, c, lang);
  }
  m << ".SH " << upper(w.examples.in(lang)) << "\n";
  for (const Example& e : p.examples) m << ".TP\n.B " << roff(std::string("zio ") + e.line) << "\n" << roff(e.what.in(lang)) << "\n";
  m << ".SH " << upper(w.exit_codes.in(lang)) << "\n";
  for (const Exit& e : p.exits) m << ".TP\n.B " << e.code << "\n" << roff(e.meaning.in(lang)) << "\n";
  m << ".SH " << (en ? "ENVIRONMENT" : "OMGEVING") << "\n"
    << ".TP\n.B ZIO_LANG\n" << roff(en ? "en or nl: the language when --lang is not given." : "en of nl: de taal als --lang ontbreekt.") << "\n"
    << ".TP\n.B LANG\n" << roff(en ? "en_* selects English when neither --lang nor ZIO_LANG is given (LC_ALL and LC_MESSAGES first)."
                                   : "en_* kiest Engels als --lang en ZIO_LANG ontbreken (LC_ALL en LC_MESSAGES eerst).") << "\n"
    << ".TP\n.B NO_COLOR\n" << roff(en ? "when set, no colour even on a terminal." : "als deze is gezet: geen kleur, ook niet op een terminal.") << "\n"
    << ".TP\n.B CLICOLOR_FORCE\n" << roff(en ? "1: colour also when output is not a terminal." : "1: kleur ook als de uitvoer geen terminal is.") << "\n";
  m << ".SH " << (en ? "FILES" : "BESTANDEN") << "\n"
    << roff(en ? "The format of region files, the JSON Schema and the rule pages are installed under /usr/share/zio and /usr/share/doc/zio."
               : "Het formaat van regiobestanden, het JSON-schema en de regelpagina's staan onder /usr/share/zio en /usr/share/doc/zio.")
    << "\n";
  return m.str();
}

}  // namespace zio::cli::help
