#pragma once
// A rule is data (id, name, severity, title, source, why, fix) plus a check.
// `zio rules`, docs/rules/*.md and SARIF's rule list are all generated from
// this data, never retyped.
#include <string_view>
#include <vector>

#include "model/finding.h"
#include "model/text.h"

namespace zio {

class Context;
class Sink;

// Whether the requirement a rule checks is law (or practice) in force, or a
// change of law announced (2026 letter, step 1) but not yet in force.
enum class RuleStatus { geldend, aangekondigd };

struct RuleInfo {
  const char* id;    // short id, "W02": public interface
  const char* name;  // "geschillenregeling": public interface
  Severity severity; // the usual severity; a finding may carry another (W09, D04)
  Text title;        // what the rule checks, one line
  Text source;       // law, letter or leidraad it rests on
  Text why;          // a short paragraph: why it matters, with the citation
  Text fix;          // how to fix it, in general
  RuleStatus status = RuleStatus::geldend;
};

// "geldend" / "aangekondigd", as in `zio rules` and JSON output.
const char* status_name(RuleStatus s);
// "aangekondigde wettelijke eis" / "announced statutory requirement" for an
// announced rule; empty otherwise.
Text status_label(RuleStatus s);
// The source as printed under a finding and in the docs: for an announced
// requirement "aangekondigde wettelijke eis: <source>".
Text cited_source(const RuleInfo& info);

using CheckFn = void (*)(const Context&, Sink&);

struct Rule {
  RuleInfo info;
  CheckFn check;  // region files; null for rules the loader applies (D01, D02)
  CheckFn check_national = nullptr;  // landelijk.yaml, where it applies
};

// Collects one rule's findings.
class Sink {
 public:
  Sink(const Rule& rule, Findings& out) : rule_(rule), out_(out) {}
  void report(Pos pos, Text message, Text hint = {}) { report(rule_.info.severity, pos, std::move(message), std::move(hint)); }
  void report(Severity sev, Pos pos, Text message, Text hint = {});

 private:
  const Rule& rule_;
  Findings& out_;
};

// Every rule, in catalogue order (D, W, L); W10 runs after the others.
const std::vector<const Rule*>& all_rules();
const Rule* find_rule(std::string_view id);

}  // namespace zio
