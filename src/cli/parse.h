#pragma once
// CLI11 set up from the help table (cli/help.h): commands, options and
// arguments take their names, descriptions and choices from there, help is
// printed by our formatter and parse errors by our messages, all in the
// language chosen before parsing (--lang, ZIO_LANG, LANG). Only main.cpp
// and parse.cpp include CLI11, as it is slow to compile.
#include <CLI/CLI.hpp>

#include <set>
#include <string>

#include "cli/help.h"
#include "model/text.h"

namespace zio::cli {

// --lang VALUE (or --lang=VALUE) anywhere on the command line, else
// ZIO_LANG, else LC_ALL / LC_MESSAGES / LANG starting with "en"; Dutch
// otherwise. Read before parsing so that --help is in that language too.
Lang detect_lang(int argc, const char* const* argv, const char* zio_lang, const char* lc_all, const char* lc_messages,
                 const char* lang);
Lang detect_lang(int argc, const char* const* argv);

class Parser {
 public:
  Parser(Lang lang, std::string& lang_value);
  CLI::App& app() { return app_; }

  // A command from the help table; throws std::logic_error when absent.
  CLI::App* command(const char* name);
  // An option of `cmd` by its long name, with its value bound to `var`.
  template <class T>
  CLI::Option* opt(CLI::App* cmd, const char* name, T& var) {
    const help::Opt& o = lookup_opt(cmd, name);
    CLI::Option* p = cmd->add_option(o.names, var, o.desc.in(lang_));
    return with_choices(p, o.choices, o.list);
  }
  CLI::Option* flag(CLI::App* cmd, const char* name, bool& var);
  // A positional argument by its Dutch name ("WAT"), shown in the language.
  template <class T>
  CLI::Option* arg(CLI::App* cmd, const char* name, T& var) {
    const help::Arg& a = lookup_arg(cmd, name);
    CLI::Option* p = cmd->add_option(a.name.in(lang_), var, a.desc.in(lang_));
    if (a.required) p->required();
    return with_choices(p, a.choices, false);
  }

  // Parses; returns -1 to go on with the chosen command, or the exit code
  // (0 after --help or --version, 2 after a usage error, printed).
  int parse(int argc, const char* const* argv);

 private:
  const help::Opt& lookup_opt(CLI::App* cmd, const char* name);
  const help::Arg& lookup_arg(CLI::App* cmd, const char* name);
  CLI::Option* with_choices(CLI::Option* p, const std::vector<std::string>& choices, bool list);
  void check_complete() const;
  std::string failure(const CLI::App* app, const CLI::Error& e) const;

  Lang lang_;
  CLI::App app_;
  std::set<std::string> bound_;  // "validate --format", "render FILE": what the table has and main.cpp bound
};

// The text of `zio --version`: the version and the CBS lists compiled in.
std::string version_text(Lang lang);

}  // namespace zio::cli
