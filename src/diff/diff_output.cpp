#include "diff/diff_output.h"

#include <nlohmann/json.hpp>

#include "rules/rule.h"

namespace zio {

namespace {

std::string where(const std::string& path, const Pos& p) {
  if (!p.known()) return path;
  return path + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

const char* kind_name(DataChange::Kind k, Lang lang) {
  bool en = lang == Lang::en;
  switch (k) {
    case DataChange::Kind::added: return en ? "added" : "toegevoegd";
    case DataChange::Kind::removed: return en ? "removed" : "verwijderd";
    case DataChange::Kind::changed: return en ? "changed" : "gewijzigd";
  }
  return "";
}

const char* kind_key(DataChange::Kind k) {
  switch (k) {
    case DataChange::Kind::added: return "added";
    case DataChange::Kind::removed: return "removed";
    case DataChange::Kind::changed: return "changed";
  }
  return "";
}

std::string rule_label(const Finding& f) {
  const Rule* r = find_rule(f.rule);
  return r ? f.rule + " " + r->info.name : f.rule;
}

std::string count(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace

void write_diff_text(std::ostream& out, const DataDiff& d, const std::string& old_path, const std::string& new_path,
                     Lang lang) {
  bool en = lang == Lang::en;
  for (const DataChange& c : d.changes) {
    bool removed = c.kind == DataChange::Kind::removed;
    out << (removed ? where(old_path, c.old_pos) : where(new_path, c.new_pos)) << ": " << kind_name(c.kind, lang)
        << ": " << c.path;
    switch (c.kind) {
      case DataChange::Kind::added: out << ": " << c.new_value; break;
      case DataChange::Kind::removed: out << ": " << c.old_value; break;
      case DataChange::Kind::changed:
        out << ": " << c.old_value << " → " << c.new_value << " (" << (en ? "was " : "was ")
            << where(old_path, c.old_pos) << ")";
        break;
    }
    out << '\n';
  }
  size_t resolved = 0, fresh = 0;
  for (const FindingChange& f : d.findings) {
    (f.resolved ? resolved : fresh) += 1;
    out << where(f.resolved ? old_path : new_path, f.finding.pos) << ": "
        << (f.resolved ? (en ? "resolved" : "opgelost") : (en ? "new" : "nieuw")) << ": " << rule_label(f.finding)
        << " (" << severity_name(f.finding.severity, lang) << "): " << f.finding.message.in(lang) << '\n';
  }
  if (d.empty()) {
    out << (en ? "No changes in the data and no findings changed.\n" : "Geen wijzigingen in de gegevens en geen bevindingen veranderd.\n");
    return;
  }
  if (en)
    out << count(d.changes.size(), "change", "changes") << " in the data; " << count(resolved, "finding", "findings")
        << " resolved, " << fresh << " new\n";
  else
    out << count(d.changes.size(), "wijziging", "wijzigingen") << " in de gegevens; "
        << count(resolved, "bevinding", "bevindingen") << " opgelost, " << fresh << " nieuw\n";
}

void write_diff_json(std::ostream& out, const DataDiff& d, const std::string& old_path, const std::string& new_path,
                     Lang lang) {
  using nlohmann::json;
  auto pos = [](const Pos& p) { return p.known() ? json{{"line", p.line}, {"column", p.col}} : json(nullptr); };
  json changes = json::array();
  for (const DataChange& c : d.changes) {
    json j{{"kind", kind_key(c.kind)}, {"path", c.path}};
    j["old"] = c.kind == DataChange::Kind::added ? json(nullptr) : json(c.old_value);
    j["new"] = c.kind == DataChange::Kind::removed ? json(nullptr) : json(c.new_value);
    j["old_position"] = c.kind == DataChange::Kind::added ? json(nullptr) : pos(c.old_pos);
    j["new_position"] = c.kind == DataChange::Kind::removed ? json(nullptr) : pos(c.new_pos);
    changes.push_back(j);
  }
  json findings = json::array();
  for (const FindingChange& f : d.findings)
    findings.push_back({{"change", f.resolved ? "resolved" : "new"},
                        {"rule", f.finding.rule},
                        {"severity", severity_name(f.finding.severity, Lang::nl)},
                        {"message", f.finding.message.in(lang)},
                        {"file", f.resolved ? old_path : new_path},
                        {"position", pos(f.finding.pos)}});
  json doc{{"old", old_path}, {"new", new_path}, {"changes", changes}, {"findings", findings}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace zio
