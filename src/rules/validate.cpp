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
  // By position, then rule; a finding with order_at (an unknown key) sorts
  // there, ahead of the findings at that place it may cause.
  auto key = [](const Finding& f) {
    Pos at = first_known(f.order_at, f.pos);
    return std::make_tuple(at.line, at.col, f.order_at.known() ? 0 : 1, f.rule);
  };
  std::stable_sort(doc.findings.begin(), doc.findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

Document validate_file(const std::string& path, bool fingerprint) {
  Document doc = load_file(path, nullptr, fingerprint);
  run_rules(doc);
  return doc;
}

ContractKind contract_kind(const Document& doc, bool concept_flag) {
  Tally t;
  t.add(doc);
  if (t.fouten > 0 || doc.fatal) return concept_flag && !doc.fatal ? ContractKind::draft : ContractKind::refused;
  const Str& status = doc.region.regio.status;
  bool final_text = status.set && (status.v == "ter_ondertekening" || status.v == "ondertekend");
  return concept_flag || !final_text ? ContractKind::draft : ContractKind::signable;
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
