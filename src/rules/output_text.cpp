#include <algorithm>
#include <utility>
#include <vector>

#include "rules/output.h"
#include "rules/rule.h"
#include "rules/validate.h"
#include "util/terminal.h"
#include "util/visible.h"

namespace zio {

namespace {

// The source line as shown under a finding: characters a terminal should
// not receive (invalid UTF-8, control characters) become U+FFFD, and a very
// long line (a 100,000-deep nesting) is cut to a window around the column.
// Returns the shown line and the caret's padding.
std::pair<std::string, std::string> source_excerpt(const std::string& line, int col) {
  std::vector<std::string> chars;
  for (size_t i = 0; i < line.size();) {
    auto b = static_cast<unsigned char>(line[i]);
    size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    bool ok = len > 0 && i + len <= line.size();
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(line[i + k]) & 0xC0) == 0x80;
    if (!ok) {
      chars.emplace_back("\xEF\xBF\xBD");
      ++i;
      continue;
    }
    bool control = (len == 1 && b < 0x20 && b != '\t') || b == 0x7F || (len == 2 && b == 0xC2 && static_cast<unsigned char>(line[i + 1]) < 0xA0);
    // Bidi and zero-width characters would reorder or hide the shown line.
    if (len == 3 && visible(line.substr(i, 3)) != line.substr(i, 3)) control = true;
    chars.push_back(control ? "\xEF\xBF\xBD" : line.substr(i, len));
    i += len;
  }
  const size_t window = 60;
  size_t caret = static_cast<size_t>(std::max(col, 1) - 1);
  size_t from = caret > window ? caret - window : 0;
  size_t to = std::min(chars.size(), caret + window);
  std::string shown = from > 0 ? "…" : "", pad = from > 0 ? " " : "";
  for (size_t i = from; i < to; ++i) {
    shown += chars[i];
    if (i < caret) pad += chars[i] == "\t" ? '\t' : ' ';
  }
  if (to < chars.size()) shown += "…";
  for (size_t i = std::max(from, to); i < caret; ++i) pad += ' ';
  return {shown, pad};
}

std::string count(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

void write_text_findings(std::ostream& out, const Document& doc, Lang lang, bool colour) {
  bool en = lang == Lang::en;
  auto paint = [colour](const char* code) { return colour ? code : ""; };
  for (const Finding& f : doc.findings) {
    const Rule* rule = find_rule(f.rule);
    const char* sev = f.severity == Severity::fout ? ansi::error : f.severity == Severity::waarschuwing ? ansi::warning : ansi::note;
    out << paint(ansi::bold) << doc.path;
    if (f.pos.known()) out << ':' << f.pos.line << ':' << f.pos.col;
    // The message quotes the file (a key, a value): never raw control or
    // bidi characters to the terminal.
    out << ": " << paint(ansi::reset) << paint(sev) << severity_name(f.severity, lang) << ':' << paint(ansi::reset) << ' '
        << paint(ansi::bold) << visible(f.message.in(lang)) << " [" << f.rule;
    if (rule) out << ' ' << rule->info.name;
    out << ']' << paint(ansi::reset) << '\n';
    std::string src = f.pos.known() ? doc.line(f.pos.line) : std::string();
    if (!src.empty()) {
      std::string num = std::to_string(f.pos.line);
      std::string gutter(num.size() + 1, ' ');
      auto [shown, pad] = source_excerpt(src, f.pos.col);
      out << ' ' << num << " | " << shown << '\n';
      out << gutter << " | " << pad << paint(ansi::caret) << '^' << paint(ansi::reset) << '\n';
    }
    if (rule) out << "  = " << (en ? "source: " : "bron: ") << cited_source(rule->info).in(lang) << '\n';
    const Text& hint = f.hint.empty() && rule ? rule->info.fix : f.hint;
    if (!hint.empty()) out << "  = " << (en ? "fix: " : "oplossing: ") << visible(hint.in(lang)) << '\n';
  }
}

void write_text_summary(std::ostream& out, const Tally& tally, size_t files_count, Lang lang) {
  int files = static_cast<int>(files_count);
  if (lang == Lang::en)
    out << count(tally.fouten, "error", "errors") << ", " << count(tally.waarschuwingen, "warning", "warnings") << ", "
        << tally.info << " info in " << count(files, "file", "files");
  else
    out << count(tally.fouten, "fout", "fouten") << ", " << count(tally.waarschuwingen, "waarschuwing", "waarschuwingen")
        << ", " << tally.info << " info in " << count(files, "bestand", "bestanden");
  if (tally.unreadable) out << " (" << tally.unreadable << (lang == Lang::en ? " unreadable)" : " onleesbaar)");
  out << '\n';
}

void write_text(std::ostream& out, const std::vector<Document>& docs, Lang lang) {
  Tally tally;
  for (const Document& doc : docs) {
    tally.add(doc);
    write_text_findings(out, doc, lang);
  }
  write_text_summary(out, tally, docs.size(), lang);
}

std::string rule_doc_path(const std::string& id) { return "docs/rules/" + id + ".md"; }

void write_error(std::ostream& out, const Text& msg, Lang lang, bool colour) {
  out << "zio: " << (colour ? ansi::error : "") << (lang == Lang::en ? "error:" : "fout:") << (colour ? ansi::reset : "") << ' '
      << visible(msg.in(lang), true) << '\n';
}

}  // namespace zio
