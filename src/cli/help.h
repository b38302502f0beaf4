#pragma once
// The command line described as data, in both languages: every command,
// argument, option, example and exit code. `zio --help`, the CLI11 options
// in main.cpp, the man page zio(1) and the bash/zsh completions are all made
// from this one table, so they cannot disagree (tests/test_help.cpp).
#include <string>
#include <string_view>
#include <vector>

#include "model/text.h"

namespace zio::cli::help {

// What a value is, for completion: a YAML file, any file (an output), a
// folder, one of fixed choices, or free text.
enum class Value { none, yaml, file, dir, choice, text };

struct Arg {  // a positional argument
  Text name;  // as shown: "FILE", {"WAT", "WHAT"}; the Dutch one names it in main.cpp
  Text desc;
  Value kind = Value::yaml;
  bool many = false;      // FILE...
  bool required = true;
  std::vector<std::string> choices;  // for Value::choice
};

struct Opt {
  const char* names;  // CLI11 form: "-o,--output"
  Text value;         // the value's name, "BESTAND"; empty for a flag
  Text desc;
  Value kind = Value::none;
  std::vector<std::string> choices;  // for Value::choice (also a comma list, --to)
  bool list = false;                 // a comma-separated list of choices
};

struct Example {
  const char* line;  // without the leading "zio "
  Text what;
};

struct Exit {
  int code;
  Text meaning;
};

struct Command {
  const char* name;  // "validate"; "zio" for the program itself
  Text summary;      // one line, also in the command list
  Text description;  // a short paragraph, may be empty
  std::vector<Arg> args;
  std::vector<Opt> opts;
  std::vector<Example> examples;
  std::vector<Exit> exits;
};

// The program itself: its global options, examples and exit codes.
const Command& program();
// Every command, in the order `zio --help` lists them.
const std::vector<Command>& commands();
// nullptr when there is no such command.
const Command* find(std::string_view name);
// An option by any of its names ("--format", "-o"); nullptr when absent.
const Opt* find_opt(const Command& cmd, std::string_view name);
const Arg* find_arg(const Command& cmd, std::string_view name);

// The long name of an option ("--output" of "-o,--output"), or its only name.
std::string long_name(const Opt& o);
// "-o, --output" as shown in help.
std::string shown_names(const Opt& o);

// The nearest of `candidates` to `typed` when it is close enough to be a
// typo (at most a third of the letters differ); empty otherwise.
std::string nearest(std::string_view typed, const std::vector<std::string>& candidates);

// Words of the help screens themselves.
struct Words {
  Text usage, commands, arguments, options, general_options, examples, exit_codes, see_also, command_word,
      options_word, help_flag, version_flag, more_help, internal_error;
};
const Words& words();

// The whole help screen of the program (cmd == nullptr or &program()) or of
// one command, as `--help` prints it.
std::string help_text(const Command* cmd, Lang lang);
// "zio validate [opties] FILE..." (without "gebruik: ").
std::string usage_line(const Command* cmd, Lang lang);

// The man page zio(1) in roff, made from the same table as help_text.
std::string man_page(Lang lang);
// Shell completion scripts: commands, options, --format/--lang/--to
// values, and file or folder arguments.
std::string bash_completion();
std::string zsh_completion();

}  // namespace zio::cli::help
