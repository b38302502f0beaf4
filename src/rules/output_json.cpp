#include <nlohmann/json.hpp>

#include "rules/output.h"
#include "rules/rule.h"
#include "rules/validate.h"

namespace zio {

void write_json(std::ostream& out, const std::vector<Document>& docs, Lang lang) {
  using nlohmann::ordered_json;
  ordered_json files = ordered_json::array();
  Tally total;
  for (const Document& doc : docs) {
    total.add(doc);
    Tally t;
    t.add(doc);
    ordered_json findings = ordered_json::array();
    for (const Finding& f : doc.findings) {
      const Rule* rule = find_rule(f.rule);
      ordered_json j;
      j["regel"] = f.rule;
      j["naam"] = rule ? rule->info.name : "";
      j["ernst"] = severity_name(f.severity, Lang::nl);
      j["bericht"] = f.message.in(lang);
      if (f.pos.known()) {
        j["regelnummer"] = f.pos.line;
        j["kolom"] = f.pos.col;
      }
      j["bron"] = rule ? cited_source(rule->info).in(lang) : "";
      j["status"] = rule ? status_name(rule->info.status) : "";
      const Text& hint = f.hint.empty() && rule ? rule->info.fix : f.hint;
      j["oplossing"] = hint.in(lang);
      findings.push_back(std::move(j));
    }
    ordered_json file;
    file["bestand"] = doc.path;
    file["soort"] = doc.kind == FileKind::region ? "regio" : doc.kind == FileKind::national ? "landelijk" : "onbekend";
    file["leesbaar"] = !doc.fatal;
    file["fouten"] = t.fouten;
    file["waarschuwingen"] = t.waarschuwingen;
    file["info"] = t.info;
    file["bevindingen"] = std::move(findings);
    files.push_back(std::move(file));
  }
  ordered_json root;
  root["zio"] = 1;
  root["bestanden"] = std::move(files);
  root["samenvatting"] = {{"bestanden", docs.size()}, {"onleesbaar", total.unreadable}, {"fouten", total.fouten},
                          {"waarschuwingen", total.waarschuwingen}, {"info", total.info},
                          {"exitcode", total.exit_code()}};
  // Invalid UTF-8 never reaches here (D01), but replace rather than throw.
  out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace zio
