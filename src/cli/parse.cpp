#include "cli/parse.h"

#include <cstdlib>
#include <iostream>
#include <map>
#include <stdexcept>

#include "cli/commands.h"
#include "load/resources.h"

namespace zio::cli {

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::vector<std::string> command_names() {
  std::vector<std::string> out;
  for (const help::Command& c : help::commands()) out.emplace_back(c.name);
  return out;
}

// Help screens from the help table instead of CLI11's English layout.
class HelpFormatter : public CLI::Formatter {
 public:
  explicit HelpFormatter(Lang lang) : lang_(lang) {}
  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override {
    if (!app->get_parent()) return help::help_text(nullptr, lang_);
    if (const help::Command* c = help::find(app->get_name())) return help::help_text(c, lang_);
    return CLI::Formatter::make_help(app, name, mode);  // a command not in the table yet
  }

 private:
  Lang lang_;
};

bool lang_is_en(const char* v) { return v && std::string(v).rfind("en", 0) == 0; }

}  // namespace

Lang detect_lang(int argc, const char* const* argv, const char* zio_lang, const char* lc_all, const char* lc_messages,
                 const char* lang) {
  Lang out = Lang::nl;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") break;
    if (a == "--lang" && i + 1 < argc && parse_lang(argv[i + 1], out)) return out;
    if (starts_with(a, "--lang=") && parse_lang(a.substr(7), out)) return out;
  }
  if (zio_lang && *zio_lang) return lang_is_en(zio_lang) ? Lang::en : Lang::nl;
  // POSIX order: the first of these that is set decides.
  for (const char* v : {lc_all, lc_messages, lang})
    if (v && *v) return lang_is_en(v) ? Lang::en : Lang::nl;
  return Lang::nl;
}

Lang detect_lang(int argc, const char* const* argv) {
  return detect_lang(argc, argv, std::getenv("ZIO_LANG"), std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"),
                     std::getenv("LANG"));
}

std::string version_text(Lang lang) {
  // data/gemeenten_2026.csv -> "gemeenten 2026", grouped by list.
  std::map<std::string, std::vector<std::string>> lists;
  for (const std::string& n : resource_names("data/")) {
    if (!ends_with(n, ".csv")) continue;
    std::string stem = n.substr(5, n.size() - 9);
    size_t us = stem.rfind('_');
    if (us == std::string::npos) continue;
    lists[stem.substr(0, us)].push_back(stem.substr(us + 1));
  }
  std::string data;
  for (const auto& [name, years] : lists) data += (data.empty() ? "" : "; ") + name + " " + join(years, ", ");
  return std::string("zio ") + ZIO_VERSION + "\n" +
         Text{"CBS-gegevens: ", "CBS data: "}.in(lang) + data +
         Text{" (bron: CBS, PDOK; CC BY 4.0)", " (source: CBS, PDOK; CC BY 4.0)"}.in(lang) + "\n" +
         Text{"Licentie: EUPL-1.2", "Licence: EUPL-1.2"}.in(lang);
}

Parser::Parser(Lang lang, std::string& lang_value) : lang_(lang), app_(help::program().summary.in(lang), "zio") {
  app_.formatter(std::make_shared<HelpFormatter>(lang));
  app_.set_help_flag("-h,--help", help::words().help_flag.in(lang));
  app_.set_version_flag("--version", version_text(lang), help::find_opt(help::program(), "--version")->desc.in(lang));
  // --lang also after the command (zio report DIR -o OUT --lang en).
  app_.fallthrough();
  const help::Opt& l = *help::find_opt(help::program(), "--lang");
  with_choices(app_.add_option(l.names, lang_value, l.desc.in(lang)), l.choices, false);
  app_.failure_message([this](const CLI::App* a, const CLI::Error& e) { return failure(a, e); });
}

CLI::App* Parser::command(const char* name) {
  const help::Command* c = help::find(name);
  if (!c) throw std::logic_error(std::string("no help entry for command ") + name);
  CLI::App* sub = app_.add_subcommand(name, c->summary.in(lang_));
  sub->set_help_flag("-h,--help", help::words().help_flag.in(lang_));
  return sub;
}

const help::Opt& Parser::lookup_opt(CLI::App* cmd, const char* name) {
  const help::Command* c = help::find(cmd->get_name());
  const help::Opt* o = c ? help::find_opt(*c, name) : nullptr;
  if (!o) throw std::logic_error("no help entry for " + cmd->get_name() + " " + name);
  bound_.insert(cmd->get_name() + " " + help::long_name(*o));
  return *o;
}

const help::Arg& Parser::lookup_arg(CLI::App* cmd, const char* name) {
  const help::Command* c = help::find(cmd->get_name());
  const help::Arg* a = c ? help::find_arg(*c, name) : nullptr;
  if (!a) throw std::logic_error("no help entry for " + cmd->get_name() + " " + name);
  bound_.insert(cmd->get_name() + " " + a->name.in(lang_));
  return *a;
}

CLI::Option* Parser::flag(CLI::App* cmd, const char* name, bool& var) {
  const help::Opt& o = lookup_opt(cmd, name);
  return cmd->add_flag(o.names, var, o.desc.in(lang_));
}

CLI::Option* Parser::with_choices(CLI::Option* p, const std::vector<std::string>& choices, bool list) {
  // A list (--to odt,pdf) is checked by its command, which names the part.
  if (choices.empty() || list) return p;
  Lang lang = lang_;
  p->check(CLI::Validator(
      [choices, lang](std::string& v) -> std::string {
          if (std::find(choices.begin(), choices.end(), v) == choices.end()) {
            std::string near = help::nearest(v, choices);
            return Text{"'" + v + "' is geen geldige waarde; kies uit " + join(choices, ", "),
                        "'" + v + "' is not a valid value; choose from " + join(choices, ", ")}
                       .in(lang) +
                   (near.empty() ? "" : Text{" (bedoelde u '" + near + "'?)", " (did you mean '" + near + "'?)"}.in(lang));
          }
        return {};
      },
      ""));
  return p;
}

void Parser::check_complete() const {
  // Every argument and option in the table is bound, so help never shows
  // an option that the parser would refuse.
  for (const CLI::App* sub : app_.get_subcommands([](const CLI::App*) { return true; })) {
    const help::Command* c = help::find(sub->get_name());
    if (!c) throw std::logic_error("command " + sub->get_name() + " is not in the help table (src/cli/help.cpp)");
    for (const help::Arg& a : c->args)
      if (!bound_.count(sub->get_name() + " " + a.name.in(lang_)))
        throw std::logic_error("not bound: " + sub->get_name() + " " + a.name.nl);
    for (const help::Opt& o : c->opts)
      if (!bound_.count(sub->get_name() + " " + help::long_name(o)))
        throw std::logic_error("not bound: " + sub->get_name() + " " + help::long_name(o));
    // And the other way round: an option added to CLI11 directly would be
    // missing from --help, the man page and the completions.
    for (const CLI::Option* o : sub->get_options()) {
      if (o == sub->get_help_ptr()) continue;
      std::string name = o->get_name();
      if (!bound_.count(sub->get_name() + " " + name))
        throw std::logic_error("option " + name + " of " + sub->get_name() + " is not in the help table (src/cli/help.cpp)");
    }
  }
}

std::string Parser::failure(const CLI::App* app, const CLI::Error& e) const {
  const CLI::App* cmd = app;
  for (const CLI::App* sub : app->get_subcommands()) cmd = sub;
  const help::Command* c = cmd == app ? &help::program() : help::find(cmd->get_name());
  std::string what = e.what();
  // By class, not get_name(): an ExtrasError of a command carries the
  // command's name there.
  auto is = [&e](auto* type) { return dynamic_cast<decltype(type)>(&e) != nullptr; };
  Text msg{"de opdrachtregel klopt niet (" + what + ")", "the command line is wrong (" + what + ")"};
  if (is(static_cast<const CLI::ExtrasError*>(nullptr))) {
    std::string extra = what.substr(what.find(": ") + 2);
    if (starts_with(extra, "-")) {
      std::string name = extra.substr(0, extra.find(' '));
      name = name.substr(0, name.find('='));
      std::vector<std::string> names = {"--help", "--lang"};
      if (c)
        for (const help::Opt& o : c->opts) names.push_back(help::long_name(o));
      std::string near = help::nearest(name, names);
      msg = Text{"onbekende optie '" + name + "'", "unknown option '" + name + "'"} +
            (near.empty() ? Text{} : Text{"; bedoelde u '" + near + "'?", "; did you mean '" + near + "'?"});
    } else {
      msg = Text{"onverwacht argument: " + extra, "unexpected argument: " + extra};
    }
  } else if (is(static_cast<const CLI::RequiredError*>(nullptr)) && ends_with(what, " is required")) {
    std::string name = what.substr(0, what.size() - 12);
    msg = starts_with(name, "-") ? Text{"de optie " + name + " is verplicht", "the option " + name + " must be given"}
                                 : Text{"het argument " + name + " ontbreekt", "the argument " + name + " is missing"};
  } else if (is(static_cast<const CLI::ValidationError*>(nullptr))) {
    msg = Text{what, what};  // our validator's message, already in the language
  } else if (is(static_cast<const CLI::ArgumentMismatch*>(nullptr))) {
    std::string name = what.substr(0, what.find_first_of(": "));
    msg = what.find("missing") != std::string::npos
              ? Text{name + " verwacht een waarde", name + " needs a value"}
              : Text{name + ": onjuist aantal waarden", name + ": wrong number of values"};
  } else if (is(static_cast<const CLI::ConversionError*>(nullptr)) && what.find("too many inputs for a flag") != std::string::npos) {
    std::string name = what.substr(0, what.find(':'));
    msg = Text{name + " is een schakelaar en neemt geen waarde", name + " is a switch and takes no value"};
  }
  const help::Words& w = help::words();
  std::string more = c && c != &help::program() ? std::string("zio ") + c->name + " --help" : "zio --help";
  return "zio: " + Text{"fout: ", "error: "}.in(lang_) + msg.in(lang_) + "\n" + w.usage.in(lang_) + ": " +
         help::usage_line(c, lang_) + "\n" + w.see_also.in(lang_) + ": " + more + "\n";
}

int Parser::parse(int argc, const char* const* argv) {
  check_complete();
  // The command is the first word that is no option (nor --lang's value):
  // an unknown one gets the list of commands and the nearest, before CLI11
  // would call it an unexpected argument.
  std::string command;
  bool asked = false;  // --help or --version
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--lang") {
      ++i;
      continue;
    }
    if (a == "-h" || a == "--help" || a == "--version") asked = true;
    if (starts_with(a, "-")) continue;
    command = a;
    break;
  }
  const help::Words& w = help::words();
  std::vector<std::string> names = command_names();
  bool known = false;
  for (const CLI::App* sub : app_.get_subcommands([](const CLI::App*) { return true; }))
    if (sub->get_name() == command) known = true;
  if (!command.empty() && !known) {
    std::string near = help::nearest(command, names);
    std::cerr << "zio: " << Text{"fout: ", "error: "}.in(lang_)
              << Text{"onbekende opdracht '" + command + "'", "unknown command '" + command + "'"}.in(lang_)
              << (near.empty() ? "" : Text{"; bedoelde u '" + near + "'?", "; did you mean '" + near + "'?"}.in(lang_))
              << "\n"
              << w.commands.in(lang_) << ": " << join(names, ", ") << "\n"
              << w.see_also.in(lang_) << ": zio --help\n";
    return 2;
  }
  if (command.empty() && !asked) {
    std::cerr << "zio: " << Text{"fout: ", "error: "}.in(lang_)
              << Text{"geef een opdracht", "give a command"}.in(lang_) << "\n"
              << w.usage.in(lang_) << ": " << help::usage_line(nullptr, lang_) << "\n"
              << w.commands.in(lang_) << ": " << join(names, ", ") << "\n"
              << w.see_also.in(lang_) << ": zio --help\n";
    return 2;
  }
  try {
    app_.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app_.exit(e);
    // Usage errors share exit code 2 with unreadable input; help and
    // version are not errors.
    return rc == 0 ? 0 : 2;
  }
  return -1;
}

}  // namespace zio::cli
