// The command line as a new user meets it: help and errors in one
// language, the man page and completions made from the same table, colour
// only on a terminal, and --version.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <sstream>

#include "cli/help.h"
#include "support.h"

using namespace zio::test;
namespace fs = std::filesystem;

namespace {

// zio with an environment of our choosing: no inherited language or colour.
Run zio_env(const std::vector<std::string>& env, const std::vector<std::string>& args) {
  std::vector<std::string> a = {"-u", "ZIO_LANG", "-u", "LANG", "-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "NO_COLOR",
                                "-u", "CLICOLOR_FORCE"};
  a.insert(a.end(), env.begin(), env.end());
  a.push_back(zio_exe());
  a.insert(a.end(), args.begin(), args.end());
  return run_program("/usr/bin/env", a, ZIO_SOURCE_DIR);
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// CLI11's own words, which must never reach a user.
void no_cli11_english(const std::string& s) {
  for (const char* w : {"Usage:", "Options:", "OPTIONS", "Positionals:", "Subcommands:", "Print this help", "REQUIRED",
                        "TEXT", "is required", "was not expected", "A subcommand", "Run with --help"}) {
    INFO(w);
    CHECK_FALSE(has(s, w));
  }
}

std::vector<std::string> command_words() {
  std::vector<std::string> out = {""};
  for (const auto& c : zio::cli::help::commands()) out.emplace_back(c.name);
  return out;
}

// The man page as plain text: roff escapes and requests removed.
std::string man_text(const std::string& roff) {
  std::string out;
  std::istringstream in(roff);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(".\\\"", 0) == 0) continue;
    if (line.size() >= 3 && line[0] == '.' && (line[2] == ' ' || line.size() == 3)) line = line.size() > 3 ? line.substr(3) : "";
    if (line.rfind(".TP", 0) == 0 || line.rfind(".PP", 0) == 0 || line.rfind(".br", 0) == 0) line.clear();
    line = std::regex_replace(line, std::regex(R"(\\-)"), "-");
    line = std::regex_replace(line, std::regex(R"(\\&)"), "");
    line = std::regex_replace(line, std::regex(R"(\\e)"), "\\");
    out += line + "\n";
  }
  return out;
}

std::string bash_complete(const std::string& line) {
  // COMP_WORDS as bash splits the line; a trailing space starts a new word.
  std::string script = "source '" + std::string(ZIO_GEN_DIR) + "/completions/zio'; read -ra COMP_WORDS <<< \"$1\"; " +
                       "[[ $1 == *' ' ]] && COMP_WORDS+=(''); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _zio; " +
                       "printf '%s\\n' \"${COMPREPLY[@]}\"";
  Run r = run_program("/bin/bash", {"-c", script, "bash", line}, ZIO_SOURCE_DIR);
  INFO(r.err);
  REQUIRE(r.code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("help: every screen in one language, with examples and exit codes") {
  for (const std::string& cmd : command_words()) {
    DYNAMIC_SECTION("zio " << cmd << " --help") {
      std::vector<std::string> args;
      if (!cmd.empty()) args.push_back(cmd);
      args.push_back("--help");
      Run nl = zio_env({}, args);
      CHECK(nl.code == 0);
      CHECK(nl.err.empty());
      no_cli11_english(nl.out);
      CHECK(has(nl.out, "gebruik: zio" + (cmd.empty() ? std::string() : " " + cmd)));
      CHECK(has(nl.out, "\nvoorbeelden:\n  zio "));
      CHECK(has(nl.out, "\nafsluitcodes:\n  0  "));
      CHECK(has(nl.out, "\n  2  "));
      CHECK_FALSE(has(nl.out, "usage:"));
      CHECK_FALSE(has(nl.out, zio_exe()));  // the usage shows zio, not the binary's path
      // Two or three examples per screen.
      size_t examples = 0;
      for (size_t at = nl.out.find("\n  zio "); at != std::string::npos; at = nl.out.find("\n  zio ", at + 1)) ++examples;
      CHECK(examples >= 2);
      CHECK(examples <= 3);

      std::vector<std::string> en_args = {"--lang", "en"};
      en_args.insert(en_args.end(), args.begin(), args.end());
      Run en = zio_env({}, en_args);
      CHECK(en.code == 0);
      no_cli11_english(en.out);
      CHECK(has(en.out, "usage: zio"));
      CHECK(has(en.out, "\nexamples:\n"));
      CHECK(has(en.out, "\nexit codes:\n"));
      for (const char* nl_word : {"gebruik", "opties:", "voorbeelden", "afsluitcodes", "toon deze hulp"}) {
        INFO(nl_word);
        CHECK_FALSE(has(en.out, nl_word));
      }
    }
  }
}

TEST_CASE("help: the language comes from --lang, ZIO_LANG or LANG, and --lang wins") {
  CHECK(has(zio_env({"ZIO_LANG=en"}, {"validate", "--help"}).out, "usage: zio validate"));
  CHECK(has(zio_env({"LANG=en_GB.UTF-8"}, {"validate", "--help"}).out, "usage: zio validate"));
  CHECK(has(zio_env({"LANG=nl_NL.UTF-8"}, {"validate", "--help"}).out, "gebruik: zio validate"));
  CHECK(has(zio_env({"LANG=C.UTF-8"}, {"--help"}).out, "gebruik: zio"));
  CHECK(has(zio_env({"ZIO_LANG=en"}, {"--lang", "nl", "validate", "--help"}).out, "gebruik: zio validate"));
  CHECK(has(zio_env({"LANG=en_US.UTF-8"}, {"--lang=nl", "--help"}).out, "gebruik: zio"));
  CHECK(has(zio_env({"ZIO_LANG=nl", "LANG=en_US.UTF-8"}, {"--help"}).out, "gebruik: zio"));
  // After the command too, and for the findings themselves.
  Run v = zio_env({}, {"validate", "examples/concept-met-gaten.yaml", "--lang", "en"});
  CHECK(v.code == 1);
  CHECK(has(v.out, ": error: "));
  Run env_lang = zio_env({"LANG=en_US.UTF-8"}, {"validate", "examples/concept-met-gaten.yaml"});
  CHECK(has(env_lang.out, ": error: "));
}

TEST_CASE("help: usage errors are ours, in the language, with exit code 2") {
  struct Case {
    std::vector<std::string> args;
    std::string nl, en;
  } cases[] = {
      {{"frobnicate"}, "zio: fout: onbekende opdracht 'frobnicate'\nopdrachten: validate, render, report, verify, diff, templates, rules, init, serve, codes\n",
       "zio: error: unknown command 'frobnicate'\ncommands: validate, render, report, verify, diff, templates, rules, init, serve, codes\n"},
      {{"valdate", "x.yaml"}, "onbekende opdracht 'valdate'; bedoelde u 'validate'?", "unknown command 'valdate'; did you mean 'validate'?"},
      {{"rendr"}, "bedoelde u 'render'?", "did you mean 'render'?"},
      {{}, "zio: fout: geef een opdracht\ngebruik: zio [--lang nl|en] OPDRACHT [opties]\n", "zio: error: give a command\nusage: zio"},
      {{"validate"}, "zio: fout: het argument FILE ontbreekt\ngebruik: zio validate [opties] FILE...\nmeer: zio validate --help\n",
       "zio: error: the argument FILE is missing\nusage: zio validate [options] FILE...\nmore: zio validate --help\n"},
      {{"validate", "--frmat", "json", "x.yaml"}, "onbekende optie '--frmat'; bedoelde u '--format'?", "unknown option '--frmat'; did you mean '--format'?"},
      {{"validate", "--format", "xml", "x.yaml"}, "--format: 'xml' is geen geldige waarde; kies uit text, json, sarif",
       "--format: 'xml' is not a valid value; choose from text, json, sarif"},
      {{"validate", "x.yaml", "--format"}, "--format verwacht een waarde", "--format needs a value"},
      {{"render", "contract", "x.yaml"}, "de optie --output is verplicht", "the option --output must be given"},
      {{"render", "brief", "x.yaml", "-o", "x.odt"}, "WAT: 'brief' is geen geldige waarde; kies uit contract, checklist",
       "WHAT: 'brief' is not a valid value; choose from contract, checklist"},
      {{"verify", "a.pdf", "b.yaml", "c.yaml"}, "onverwacht argument: c.yaml", "unexpected argument: c.yaml"},
      {{"--lang", "de", "rules"}, "--lang: 'de' is geen geldige waarde; kies uit nl, en", ""},
  };
  for (const Case& c : cases) {
    std::string line;
    for (const auto& a : c.args) line += a + " ";
    DYNAMIC_SECTION("zio " << line) {
      Run nl = zio_env({}, c.args);
      CHECK(nl.code == 2);
      CHECK(nl.out.empty());
      CHECK(has(nl.err, c.nl));
      no_cli11_english(nl.err);
      if (!c.en.empty()) {
        Run en = zio_env({"ZIO_LANG=en"}, c.args);
        CHECK(en.code == 2);
        CHECK(has(en.err, c.en));
        no_cli11_english(en.err);
      }
    }
  }
}

TEST_CASE("help: the man page says what --help says") {
  for (zio::Lang lang : {zio::Lang::nl, zio::Lang::en}) {
    bool en = lang == zio::Lang::en;
    std::string man = slurp(std::string(ZIO_GEN_DIR) + (en ? "/man/en/zio.1" : "/man/zio.1"));
    REQUIRE_FALSE(man.empty());
    CHECK(man.rfind(".\\\"", 0) == 0);
    CHECK(has(man, "\n.TH ZIO 1 "));
    std::string text = man_text(man);
    for (const std::string& cmd : command_words()) {
      DYNAMIC_SECTION((en ? "en " : "nl ") << "zio " << cmd) {
        std::vector<std::string> args = {"--lang", en ? "en" : "nl"};
        if (!cmd.empty()) args.push_back(cmd);
        args.push_back("--help");
        Run r = zio_env({}, args);
        REQUIRE(r.code == 0);
        // Every entry of the help screen (names, descriptions, examples,
        // exit codes) is in the man page.
        std::istringstream in(r.out);
        int compared = 0;
        for (std::string line; std::getline(in, line);) {
          if (line.rfind("  ", 0) != 0) continue;
          std::string entry = line.substr(2);
          size_t gap = entry.find("  ");
          std::vector<std::string> parts;
          if (gap == std::string::npos) {
            parts.push_back(entry);
          } else {
            parts.push_back(entry.substr(0, gap));
            parts.push_back(entry.substr(entry.find_first_not_of(' ', gap)));
          }
          for (std::string p : parts) {
            while (!p.empty() && p.back() == ' ') p.pop_back();
            if (p.empty()) continue;
            INFO("--help line: " << line);
            CHECK(has(text, p));
            ++compared;
          }
        }
        CHECK(compared >= 8);
      }
    }
  }
}

TEST_CASE("completion: bash completes commands, options, values and files") {
  CHECK(bash_complete("zio val") == "validate\n");
  CHECK(bash_complete("zio r") == "render\nreport\nrules\n");
  CHECK(bash_complete("zio --lang ") == "nl\nen\n");
  CHECK(bash_complete("zio --lang en v") == "validate\nverify\n");
  CHECK(bash_complete("zio validate --format ") == "text\njson\nsarif\n");
  CHECK(bash_complete("zio validate --f") == "--format\n");
  CHECK(bash_complete("zio validate --sarif-") == "--sarif-root\n--sarif-base-url\n");
  CHECK(bash_complete("zio validate examples/hart") == "examples/hart-van-brabant.yaml\n");
  CHECK(bash_complete("zio render ") == "contract\nchecklist\n");
  CHECK(bash_complete("zio render contract examples/gem") == "examples/gemengde-clusters.yaml\n");
  CHECK(bash_complete("zio render contract x.yaml -o uit --to odt,p") == "odt,pdf\n");
  CHECK(bash_complete("zio report tests/fixtures/report/h") == "tests/fixtures/report/huidig\n");
  CHECK(has(bash_complete("zio init -o exam"), "examples"));
}

TEST_CASE("completion: the zsh script is valid zsh and names every command") {
  std::string path = std::string(ZIO_GEN_DIR) + "/completions/_zio";
  std::string script = slurp(path);
  CHECK(script.rfind("#compdef zio\n", 0) == 0);
  for (const auto& c : zio::cli::help::commands()) CHECK(has(script, std::string("    '") + c.name + ":"));
  CHECK(has(script, "(text json sarif)"));
  Run r = run_program("/usr/bin/zsh", {"-n", path}, ZIO_SOURCE_DIR);
  INFO(r.err);
  CHECK(r.code == 0);
  // Loaded into a real completion system, the function is defined.
  Run load = run_program("/usr/bin/zsh", {"-fc", "autoload -Uz compinit && compinit -u -D && source '" + path +
                                                     "' 2>/dev/null; whence -w _zio"},
                         ZIO_SOURCE_DIR);
  CHECK(has(load.out, "_zio: function"));
}

TEST_CASE("colour: on a terminal, never through a pipe or with NO_COLOR") {
  const std::vector<std::string> args = {"validate", "examples/concept-met-gaten.yaml"};
  Run piped = zio_env({}, args);
  CHECK_FALSE(has(piped.out, "\033["));
  Run forced = zio_env({"CLICOLOR_FORCE=1"}, args);
  CHECK(has(forced.out, "\033[1;31mfout:\033[0m"));
  CHECK(has(forced.out, "\033[1;33mwaarschuwing:\033[0m"));
  CHECK(has(forced.out, "\033[1;32m^\033[0m"));
  // Without the escapes, exactly the plain text.
  CHECK(std::regex_replace(forced.out, std::regex("\033\\[[0-9;]*m"), "") == piped.out);
  CHECK_FALSE(has(zio_env({"CLICOLOR_FORCE=1", "NO_COLOR=1"}, args).out, "\033["));
  // A real terminal: script(1) gives zio a pseudo-terminal.
  std::string cmd = zio_exe() + " validate examples/concept-met-gaten.yaml";
  Run tty = run_program("/usr/bin/env", {"-u", "NO_COLOR", "-u", "CLICOLOR_FORCE", "TERM=xterm", "script", "-qec", cmd, "/dev/null"},
                        ZIO_SOURCE_DIR);
  CHECK(has(tty.out, "\033[1;31mfout:"));
  Run tty_no = run_program("/usr/bin/env", {"NO_COLOR=1", "TERM=xterm", "script", "-qec", cmd, "/dev/null"}, ZIO_SOURCE_DIR);
  CHECK(has(tty_no.out, "fout:"));
  CHECK_FALSE(has(tty_no.out, "\033[1;31m"));
}

TEST_CASE("version: the version and the CBS lists zio carries") {
  Run r = zio_env({}, {"--version"});
  CHECK(r.code == 0);
  CHECK(r.out.rfind(std::string("zio ") + ZIO_VERSION + "\n", 0) == 0);
  CHECK(has(r.out, "CBS-gegevens: emb regeling; gemeente_regio 2025, 2026; gemeenten 2025, 2026; jeugdregios 2025; zorgkantoorregios 2025"));
  CHECK(has(r.out, "EUPL-1.2"));
  CHECK(has(zio_env({}, {"--lang", "en", "--version"}).out, "CBS data: "));
}
