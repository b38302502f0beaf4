#include <algorithm>
#include <string>

#include "rules/rule.h"

namespace zio {

namespace rules {
#define ZIO_RULE(id) extern const Rule id;
#include "rule_list.inc"
#undef ZIO_RULE
}  // namespace rules

void Sink::report(Severity sev, Pos pos, Text message, Text hint) {
  out_.push_back(Finding{rule_.info.id, sev, pos, std::move(message), std::move(hint), {}});
}

const char* status_name(RuleStatus s) { return s == RuleStatus::aangekondigd ? "aangekondigd" : "geldend"; }

Text status_label(RuleStatus s) {
  if (s == RuleStatus::aangekondigd) return {"aangekondigde wettelijke eis", "announced statutory requirement"};
  return {};
}

Text cited_source(const RuleInfo& info) {
  if (info.status == RuleStatus::aangekondigd) return status_label(info.status) + ": " + info.source;
  return info.source;
}

namespace {
// Catalogue order: data integrity, statutory, leidraad; W10 judges the
// others' findings, so it comes last.
int rank(const Rule* r) {
  std::string id = r->info.id;
  if (id == "W10") return 1000;
  int group = id[0] == 'D' ? 0 : id[0] == 'W' ? 1 : 2;
  return group * 100 + std::stoi(id.substr(1));
}
}  // namespace

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> list = [] {
    std::vector<const Rule*> v = {
#define ZIO_RULE(id) &rules::id,
#include "rule_list.inc"
#undef ZIO_RULE
    };
    std::sort(v.begin(), v.end(), [](const Rule* a, const Rule* b) { return rank(a) < rank(b); });
    return v;
  }();
  return list;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule* r : all_rules())
    if (id == r->info.id) return r;
  return nullptr;
}

}  // namespace zio
