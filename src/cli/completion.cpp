// bash and zsh completion from the help table: commands, options, the
// values of choice options (--format, --lang, --to) and file or folder
// arguments, so completion knows exactly what --help lists.
#include <algorithm>
#include <sstream>

#include "cli/help.h"

namespace zio::cli::help {

namespace {

std::string join_words(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& w : v) s += (s.empty() ? "" : " ") + w;
  return s;
}

std::vector<std::string> all_names(const Opt& o) {
  std::vector<std::string> out;
  std::string s = o.names;
  size_t start = 0;
  while (true) {
    size_t comma = s.find(',', start);
    out.push_back(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

// The bash words completing a value of this kind.
std::string bash_value(Value kind, const std::vector<std::string>& choices, bool list) {
  switch (kind) {
    case Value::choice:
      if (list) return "_zio_list '" + join_words(choices) + "'";
      return "COMPREPLY=($(compgen -W '" + join_words(choices) + "' -- \"$cur\"))";
    case Value::dir: return "COMPREPLY=($(compgen -d -- \"$cur\"))";
    case Value::yaml: return "_zio_yaml";
    case Value::file: return "COMPREPLY=($(compgen -f -- \"$cur\"))";
    case Value::text:
    case Value::none: return "COMPREPLY=()";
  }
  return "COMPREPLY=()";
}

// A description for zsh's _arguments: no brackets, colons or quotes.
std::string zsh_desc(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '[' || c == ']') out += '\\';
    if (c == ':') {
      out += " -";
      continue;
    }
    if (c == '\'') {
      out += "'\\''";
      continue;
    }
    out += c;
  }
  return out;
}

std::string zsh_value(Value kind, const std::vector<std::string>& choices, bool list) {
  switch (kind) {
    case Value::choice:
      return list ? "_values -s , formaat " + join_words(choices) : "(" + join_words(choices) + ")";
    case Value::dir: return "_files -/";
    case Value::yaml: return "_files -g \"*.(yaml|yml)(-.)\"";
    case Value::file: return "_files";
    case Value::text:
    case Value::none: return " ";
  }
  return " ";
}

std::string zsh_opt(const Opt& o, Lang lang) {
  std::vector<std::string> names = all_names(o);
  std::string d = zsh_desc(o.desc.in(lang));
  std::string spec;
  if (names.size() > 1) {
    spec = "'(" + join_words(names) + ")'{";
    for (size_t i = 0; i < names.size(); ++i) spec += (i ? "," : "") + names[i];
    spec += "}'";
  } else {
    spec = "'" + names[0];
  }
  spec += "[" + d + "]";
  if (!o.value.empty()) spec += ":" + o.value.in(lang) + ":" + zsh_value(o.kind, o.choices, o.list);
  return spec + "'";
}

}  // namespace

std::string bash_completion() {
  const Command& p = program();
  std::vector<std::string> cmds;
  for (const Command& c : commands()) cmds.emplace_back(c.name);
  std::ostringstream s;
  s << "# bash completion for zio; generated from src/cli/help.cpp.\n"
    << "_zio_yaml() {\n"
    << "  local IFS=$'\\n'\n"
    << "  COMPREPLY=($(compgen -f -X '!*.yaml' -- \"$cur\") $(compgen -f -X '!*.yml' -- \"$cur\") $(compgen -d -- \"$cur\"))\n"
    << "  compopt -o filenames 2>/dev/null\n"
    << "}\n"
    << "_zio_list() {  # a comma-separated list: complete the part after the last comma\n"
    << "  local head=\"\" part=\"$cur\"\n"
    << "  [[ $cur == *,* ]] && head=\"${cur%,*},\" part=\"${cur##*,}\"\n"
    << "  COMPREPLY=($(compgen -P \"$head\" -W \"$1\" -- \"$part\"))\n"
    << "}\n"
    << "_zio() {\n"
    << "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
    << "  local cmd=\"\" npos=0 i w\n"
    << "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
    << "    w=\"${COMP_WORDS[i]}\"\n"
    << "    case \"$w\" in\n";
  // Options that take a value: their value is no positional argument.
  std::vector<std::string> valued;
  for (const Opt& o : p.opts)
    if (!o.value.empty())
      for (const std::string& n : all_names(o)) valued.push_back(n);
  for (const Command& c : commands())
    for (const Opt& o : c.opts)
      if (!o.value.empty())
        for (const std::string& n : all_names(o))
          if (std::find(valued.begin(), valued.end(), n) == valued.end()) valued.push_back(n);
  std::string valued_pattern;
  for (const std::string& n : valued) valued_pattern += (valued_pattern.empty() ? "" : "|") + n;
  s << "      " << valued_pattern << ") ((i++)) ;;\n"
    << "      -*) ;;\n"
    << "      *) if [[ -z $cmd ]]; then cmd=\"$w\"; else ((npos++)); fi ;;\n"
    << "    esac\n"
    << "  done\n"
    << "  case \"$prev\" in\n";
  for (const Opt& o : p.opts)
    if (!o.value.empty()) s << "    " << o.names << ") " << bash_value(o.kind, o.choices, o.list) << "; return ;;\n";
  s << "  esac\n"
    << "  if [[ -z $cmd ]]; then\n"
    << "    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W '";
  std::vector<std::string> global = {"-h", "--help"};
  for (const Opt& o : p.opts)
    for (const std::string& n : all_names(o)) global.push_back(n);
  s << join_words(global) << "' -- \"$cur\"))\n"
    << "    else COMPREPLY=($(compgen -W '" << join_words(cmds) << "' -- \"$cur\")); fi\n"
    << "    return\n"
    << "  fi\n"
    << "  case \"$cmd\" in\n";
  for (const Command& c : commands()) {
    s << "    " << c.name << ")\n"
      << "      case \"$prev\" in\n";
    for (const Opt& o : c.opts)
      if (!o.value.empty()) {
        std::string pat;
        for (const std::string& n : all_names(o)) pat += (pat.empty() ? "" : "|") + n;
        s << "        " << pat << ") " << bash_value(o.kind, o.choices, o.list) << "; return ;;\n";
      }
    s << "      esac\n";
    std::vector<std::string> names = {"-h", "--help", "--lang"};
    for (const Opt& o : c.opts)
      for (const std::string& n : all_names(o)) names.push_back(n);
    s << "      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W '" << join_words(names) << "' -- \"$cur\")); return; fi\n"
      << "      case $npos in\n";
    for (size_t i = 0; i < c.args.size(); ++i) {
      const Arg& a = c.args[i];
      bool last = i + 1 == c.args.size();
      s << "        " << (last && a.many ? "*" : std::to_string(i)) << ") " << bash_value(a.kind, a.choices, false) << " ;;\n";
    }
    s << "      esac\n"
      << "      ;;\n";
  }
  s << "  esac\n"
    << "}\n"
    << "complete -F _zio zio\n";
  return s.str();
}

std::string zsh_completion() {
  const Lang lang = Lang::nl;
  const Command& p = program();
  std::ostringstream s;
  s << "#compdef zio\n# zsh completion for zio; generated from src/cli/help.cpp.\n"
    << "_zio() {\n"
    << "  local curcontext=\"$curcontext\" state line ret=1\n"
    << "  typeset -A opt_args\n"
    << "  local -a commands\n"
    << "  commands=(\n";
  for (const Command& c : commands()) s << "    '" << c.name << ":" << zsh_desc(c.summary.in(lang)) << "'\n";
  s << "  )\n"
    << "  _arguments -C \\\n";
  for (const Opt& o : p.opts) s << "    " << zsh_opt(o, lang) << " \\\n";
  s << "    '(- *)'{-h,--help}'[" << zsh_desc(words().help_flag.in(lang)) << "]' \\\n"
    << "    '1:opdracht:->command' \\\n"
    << "    '*::argument:->args' && ret=0\n"
    << "  case $state in\n"
    << "    command) _describe -t commands 'opdracht' commands && ret=0 ;;\n"
    << "    args)\n"
    << "      case $words[1] in\n";
  for (const Command& c : commands()) {
    s << "        " << c.name << ")\n"
      << "          _arguments \\\n";
    for (const Opt& o : c.opts) s << "            " << zsh_opt(o, lang) << " \\\n";
    s << "            " << zsh_opt(p.opts[0], lang) << " \\\n";
    s << "            '(- *)'{-h,--help}'[" << zsh_desc(words().help_flag.in(lang)) << "]'";
    for (size_t i = 0; i < c.args.size(); ++i) {
      const Arg& a = c.args[i];
      bool last = i + 1 == c.args.size();
      std::string pos = last && a.many ? "*" : std::to_string(i + 1);
      s << " \\\n            '" << pos << ":" << zsh_desc(a.desc.in(lang)) << ":" << zsh_value(a.kind, a.choices, false) << "'";
    }
    s << " && ret=0\n          ;;\n";
  }
  s << "      esac\n"
    << "      ;;\n"
    << "  esac\n"
    << "  return ret\n"
    << "}\n"
    << "_zio \"$@\"\n";
  return s.str();
}

}  // namespace zio::cli::help
