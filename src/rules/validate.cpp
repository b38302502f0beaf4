#include "rules/validate.h"

#include <algorithm>
#include <tuple>

#include "rules/context.h"
#include "rules/rule.h"

namespace zio {

void run_rules(Document& doc) {
  if (!doc.fatal && doc.kind != FileKind::unknown) {
    Findings found;
    Context ctx(doc, found);  // rules see what the rules before them found
    for (const Rule* rule : all_rules()) {
      CheckFn fn = doc.kind == FileKind::region ? rule->check : rule->check_national;
      if (!fn) continue;
      Sink sink(*rule, found);
      fn(ctx, sink);
    }
    doc.findings.insert(doc.findings.end(), found.begin(), found.end());
  }
  std::stable_sort(doc.findings.begin(), doc.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.pos.line, a.pos.col, a.rule) < std::tie(b.pos.line, b.pos.col, b.rule);
  });
}

Document validate_file(const std::string& path, bool fingerprint) {
  Document doc = load_file(path, nullptr, fingerprint);
  run_rules(doc);
  return doc;
}

void Tally::add(const Document& doc) {
  if (doc.fatal) ++unreadable;
  for (const Finding& f : doc.findings) {
    switch (f.severity) {
      case Severity::fout: ++fouten; break;
      case Severity::waarschuwing: ++waarschuwingen; break;
      case Severity::info: ++info; break;
    }
  }
}

int Tally::exit_code() const { return unreadable ? 2 : fouten ? 1 : 0; }

}  // namespace zio
