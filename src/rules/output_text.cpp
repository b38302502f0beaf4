#include <iomanip>

#include "rules/output.h"
#include "rules/rule.h"
#include "rules/validate.h"

namespace zio {

namespace {

// The line up to the caret with every character but tabs blanked, so the
// caret lines up under the column yaml-cpp counted (in characters).
std::string caret_pad(const std::string& line, int col) {
  std::string pad;
  int c = 1;
  for (size_t i = 0; i < line.size() && c < col; ++i) {
    auto b = static_cast<unsigned char>(line[i]);
    if ((b & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    pad += line[i] == '\t' ? '\t' : ' ';
    ++c;
  }
  if (c < col) pad.append(static_cast<size_t>(col - c), ' ');
  return pad;
}

std::string count(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

void write_text(std::ostream& out, const std::vector<Document>& docs, Lang lang) {
  bool en = lang == Lang::en;
  Tally tally;
  for (const Document& doc : docs) {
    tally.add(doc);
    for (const Finding& f : doc.findings) {
      const Rule* rule = find_rule(f.rule);
      out << doc.path;
      if (f.pos.known()) out << ':' << f.pos.line << ':' << f.pos.col;
      out << ": " << severity_name(f.severity, lang) << ": " << f.message.in(lang) << " [" << f.rule;
      if (rule) out << ' ' << rule->info.name;
      out << "]\n";
      std::string src = f.pos.known() ? doc.line(f.pos.line) : std::string();
      if (!src.empty()) {
        std::string num = std::to_string(f.pos.line);
        std::string gutter(num.size() + 1, ' ');
        out << ' ' << num << " | " << src << '\n';
        out << gutter << " | " << caret_pad(src, f.pos.col) << "^\n";
      }
      if (rule) out << "  = " << (en ? "source: " : "bron: ") << rule->info.source.in(lang) << '\n';
      const Text& hint = f.hint.empty() && rule ? rule->info.fix : f.hint;
      if (!hint.empty()) out << "  = " << (en ? "fix: " : "oplossing: ") << hint.in(lang) << '\n';
    }
  }
  int files = static_cast<int>(docs.size());
  if (en)
    out << count(tally.fouten, "error", "errors") << ", " << count(tally.waarschuwingen, "warning", "warnings") << ", "
        << tally.info << " info in " << count(files, "file", "files");
  else
    out << count(tally.fouten, "fout", "fouten") << ", " << count(tally.waarschuwingen, "waarschuwing", "waarschuwingen")
        << ", " << tally.info << " info in " << count(files, "bestand", "bestanden");
  if (tally.unreadable) out << " (" << tally.unreadable << (en ? " unreadable)" : " onleesbaar)");
  out << '\n';
}

std::string rule_doc_path(const std::string& id) { return "docs/rules/" + id + ".md"; }

}  // namespace zio
