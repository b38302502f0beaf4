#include <map>
#include <nlohmann/json.hpp>

#include "rules/output.h"
#include "rules/rule.h"

namespace zio {

namespace {
const char* level(Severity s) {
  switch (s) {
    case Severity::fout: return "error";
    case Severity::waarschuwing: return "warning";
    case Severity::info: return "note";
  }
  return "none";
}
}  // namespace

void write_sarif(std::ostream& out, const std::vector<Document>& docs, Lang lang) {
  using nlohmann::ordered_json;
  ordered_json rules = ordered_json::array();
  std::map<std::string, int> index;
  for (const Rule* r : all_rules()) {
    index[r->info.id] = static_cast<int>(rules.size());
    ordered_json j;
    j["id"] = r->info.id;
    j["name"] = r->info.name;
    j["shortDescription"] = {{"text", r->info.title.in(lang)}};
    j["fullDescription"] = {{"text", r->info.why.in(lang)}};
    j["helpUri"] = rule_doc_path(r->info.id);
    j["help"] = {{"text", r->info.fix.in(lang)}};
    j["defaultConfiguration"] = {{"level", level(r->info.severity)}};
    j["properties"] = {{"source", cited_source(r->info).in(lang)}, {"status", status_name(r->info.status)}};
    rules.push_back(std::move(j));
  }
  ordered_json results = ordered_json::array();
  ordered_json artifacts = ordered_json::array();
  for (const Document& doc : docs) {
    artifacts.push_back({{"location", {{"uri", doc.path}}}});
    for (const Finding& f : doc.findings) {
      const Rule* rule = find_rule(f.rule);
      ordered_json loc;
      loc["physicalLocation"]["artifactLocation"] = {{"uri", doc.path}};
      if (f.pos.known()) loc["physicalLocation"]["region"] = {{"startLine", f.pos.line}, {"startColumn", f.pos.col}};
      ordered_json r;
      r["ruleId"] = f.rule;
      if (index.count(f.rule)) r["ruleIndex"] = index[f.rule];
      r["level"] = level(f.severity);
      std::string text = f.message.in(lang);
      const Text& hint = f.hint.empty() && rule ? rule->info.fix : f.hint;
      r["message"] = {{"text", text}};
      r["locations"] = ordered_json::array({loc});
      r["properties"] = {{"source", rule ? cited_source(rule->info).in(lang) : ""}, {"fix", hint.in(lang)}};
      results.push_back(std::move(r));
    }
  }
  ordered_json run;
  run["tool"]["driver"] = {{"name", "zio"},
                           {"version", ZIO_VERSION},
                           {"informationUri", "docs/rules/README.md"},
                           {"language", lang == Lang::en ? "en" : "nl"},
                           {"rules", std::move(rules)}};
  run["artifacts"] = std::move(artifacts);
  run["results"] = std::move(results);
  run["columnKind"] = "unicodeCodePoints";
  ordered_json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = ordered_json::array({std::move(run)});
  out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace zio
