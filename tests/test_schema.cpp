// The JSON Schemas in schemas/ and the loader must agree: the same keys per
// object, the same required keys, the same enum values, the same types; and
// every example must validate against its schema (with valijson, the
// library editors' schema checks are modelled on).
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "load/canonical.h"
#include "load/loader.h"
#include "load/reader.h"
#include "load/yaml_tree.h"
#include "support.h"

using namespace zio;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json load_schema(const std::string& name) { return json::parse(test::slurp(test::source_path("schemas/" + name))); }

// Follows local "$ref": "#/definitions/x" references.
const json& deref(const json& root, const json& node) {
  if (node.contains("$ref")) {
    std::string ref = node["$ref"];
    REQUIRE(ref.rfind("#/definitions/", 0) == 0);
    return root["definitions"][ref.substr(14)];
  }
  return node;
}

// The schema's object shapes by the loader's path names ("", "regio",
// "partijen[]", "scholen[].herkomst[]").
void collect(const json& root, const json& node_in, const std::string& path, KeyCatalog& out) {
  const json& node = deref(root, node_in);
  if (node.value("type", "") == "array" && node.contains("items")) {
    collect(root, node["items"], path + "[]", out);
    return;
  }
  if (!node.contains("properties")) return;
  auto& keys = out[path];
  std::set<std::string> required;
  if (node.contains("required"))
    for (const auto& r : node["required"]) required.insert(r.get<std::string>());
  for (auto it = node["properties"].begin(); it != node["properties"].end(); ++it) {
    const json& prop = deref(root, it.value());
    KeyInfo info;
    info.required = required.count(it.key()) > 0;
    const json& enum_src = prop.value("type", "") == "array" && prop.contains("items") ? deref(root, prop["items"]) : prop;
    if (enum_src.contains("enum"))
      for (const auto& e : enum_src["enum"]) info.enum_values.push_back(e.is_string() ? e.get<std::string>() : e.dump());
    keys[it.key()] = info;
    collect(root, it.value(), path.empty() ? it.key() : path + "." + it.key(), out);
  }
}

// A sample instance with every key of the schema present.
json sample(const json& root, const json& node_in, const std::string& key) {
  const json& node = deref(root, node_in);
  if (node.contains("const")) return node["const"];
  if (node.contains("enum")) return node["enum"][0];
  std::string type = node.value("type", "");
  if (type == "object") {
    json o = json::object();
    for (auto it = node["properties"].begin(); it != node["properties"].end(); ++it)
      o[it.key()] = sample(root, it.value(), it.key());
    return o;
  }
  if (type == "array") return json::array({sample(root, node["items"], key)});
  if (type == "integer") return 3;
  if (type == "number") return 1.5;
  if (type == "boolean") return true;
  if (node.contains("examples") && !node["examples"].empty()) return node["examples"][0];
  // Values that fit the schema's patterns (the first soort is gemeente).
  static const std::map<std::string, std::string> by_pattern = {
      {"^JZ[0-9]{2}$", "JZ35"},         {"^[0-9]{2}[A-Z]{2}$", "12AB"}, {"^[0-9]{2}[A-Z]{2}[0-9]{2}$", "12AB00"},
      {"^GM[0-9]{4}$", "GM0855"},       {"^[0-9]{4}-[0-9]{4}$", "2025-2026"},
      {"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2026-01-01"}};
  auto it = by_pattern.find(node.value("pattern", ""));
  if (it != by_pattern.end()) return it->second;
  if (key == "code") return "GM0855";
  return "x";
}

std::vector<std::string> schema_errors(const json& schema_doc, const json& instance) {
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(instance);
  validator.validate(schema, target, &results);
  std::vector<std::string> out;
  valijson::ValidationResults::Error e;
  while (results.popError(e)) {
    std::string where;
    for (const auto& c : e.context) where += c;
    out.push_back(where + ": " + e.description);
  }
  return out;
}

int d02_count(const Document& doc) {
  int n = 0;
  for (const Finding& f : doc.findings) n += f.rule == "D02";
  return n;
}

struct Kind {
  const char* schema;
  const char* empty_doc;  // a document the loader reads as this kind
};
const Kind kinds[] = {{"regio.schema.json", "{}"}, {"landelijk.schema.json", "{rapportage: {}}"}};

}  // namespace

TEST_CASE("schemas: keys, required keys and enum values match the loader's") {
  for (const Kind& k : kinds) {
    DYNAMIC_SECTION(k.schema) {
      json schema = load_schema(k.schema);
      KeyCatalog from_schema, from_loader;
      collect(schema, schema, "", from_schema);
      // Reading any document walks every object's reader once.
      load_text("leeg.yaml", k.empty_doc, &from_loader);
      REQUIRE_FALSE(from_loader.empty());
      std::set<std::string> paths;
      for (auto& [p, _] : from_schema) paths.insert(p);
      for (auto& [p, _] : from_loader) paths.insert(p);
      for (const std::string& p : paths) {
        INFO("object '" << p << "'");
        REQUIRE(from_schema.count(p));
        REQUIRE(from_loader.count(p));
        std::set<std::string> a, b;
        for (auto& [key, _] : from_schema[p]) a.insert(key);
        for (auto& [key, _] : from_loader[p]) b.insert(key);
        CHECK(a == b);
        for (auto& [key, info] : from_schema[p]) {
          if (!from_loader[p].count(key)) continue;
          INFO("key '" << key << "'");
          CHECK(info.required == from_loader[p][key].required);
          CHECK(info.enum_values == from_loader[p][key].enum_values);
        }
      }
    }
  }
}

TEST_CASE("schemas: a document with every key of the schema loads without D02; a wrong type anywhere gives D02") {
  for (const Kind& k : kinds) {
    DYNAMIC_SECTION(k.schema) {
      json schema = load_schema(k.schema);
      json full = sample(schema, schema, "");
      REQUIRE(schema_errors(schema, full).empty());
      Document doc = load_text("vol.yaml", full.dump());
      INFO(full.dump(2));
      REQUIRE(d02_count(doc) == 0);

      // Every leaf replaced by a value of another type, one at a time.
      std::vector<json::json_pointer> leaves;
      std::function<void(const json&, const json::json_pointer&)> walk = [&](const json& j, const json::json_pointer& ptr) {
        if (j.is_object())
          for (auto it = j.begin(); it != j.end(); ++it) walk(it.value(), ptr / it.key());
        else if (j.is_array())
          walk(j[0], ptr / 0);
        else if (ptr.to_string() != "/zio")
          leaves.push_back(ptr);
      };
      walk(full, json::json_pointer());
      CHECK(leaves.size() > (k.empty_doc[0] == '{' && k.empty_doc[1] == '}' ? 40u : 10u));
      for (const auto& ptr : leaves) {
        json broken = full;
        // A string becomes a boolean, anything else a text: valijson 1.0
        // throws rather than reports on a non-string under "format".
        broken[ptr] = full[ptr].is_string() ? json(true) : json("tekst");
        INFO("wrong type at " << ptr.to_string());
        CHECK_FALSE(schema_errors(schema, broken).empty());
        CHECK(d02_count(load_text("fout.yaml", broken.dump())) > 0);
      }
    }
  }
}

TEST_CASE("schemas: every example validates against its schema") {
  json regio = load_schema("regio.schema.json"), landelijk = load_schema("landelijk.schema.json");
  int n = 0;
  for (const auto& e : fs::directory_iterator(test::source_path("examples"))) {
    if (e.path().extension() != ".yaml") continue;
    DYNAMIC_SECTION(e.path().filename().string()) {
      ParseResult parsed = parse_yaml(test::slurp(e.path().string()));
      REQUIRE_FALSE(parsed.fatal);
      json instance = canonical_json(*parsed.root);
      bool national = instance.contains("rapportage");
      auto errors = schema_errors(national ? landelijk : regio, instance);
      for (const auto& err : errors) INFO(err);
      CHECK(errors.empty());
      CHECK(std::string(test::slurp(e.path().string())).rfind("# yaml-language-server: $schema=../schemas/", 0) == 0);
    }
    ++n;
  }
  CHECK(n >= 4);
}

TEST_CASE("schemas: every key has a Dutch description") {
  for (const Kind& k : kinds) {
    json schema = load_schema(k.schema);
    std::function<void(const json&, const std::string&)> walk = [&](const json& j, const std::string& path) {
      if (!j.is_object()) return;
      if (j.contains("properties"))
        for (auto it = j["properties"].begin(); it != j["properties"].end(); ++it) {
          INFO(k.schema << " " << path << "/" << it.key());
          CHECK(it.value().contains("description"));
          walk(it.value(), path + "/" + it.key());
        }
      for (const char* sub : {"items", "definitions"})
        if (j.contains(sub)) {
          if (std::string(sub) == "definitions")
            for (auto it = j[sub].begin(); it != j[sub].end(); ++it) walk(it.value(), "#" + it.key());
          else
            walk(j[sub], path + "[]");
        }
    };
    walk(schema, "");
  }
}

namespace {
// docs/format.md's key tables, per file kind: the first cell of every table
// row under "<!-- keys: KIND -->" is a key's full path in backticks
// (`afspraken.jeugdhulp.vorm`), the third says whether it is required.
KeyCatalog format_doc_keys(const std::string& kind) {
  std::istringstream in(test::slurp(test::source_path("docs/format.md")));
  KeyCatalog out;
  std::string line, current;
  static const std::regex marker(R"(^<!-- keys: ([a-z]+) -->$)");
  static const std::regex row(R"(^\| `([^`]+)` \|[^|]*(?:\\\|[^|]*)*\|\s*(ja|nee)\s*\|)");
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, marker)) current = m[1];
    if (current != kind || !std::regex_search(line, m, row)) continue;
    std::string full = m[1];
    size_t dot = full.rfind('.');
    std::string path = dot == std::string::npos ? "" : full.substr(0, dot);
    std::string key = dot == std::string::npos ? full : full.substr(dot + 1);
    out[path][key].required = m[2] == "ja";
  }
  return out;
}
}  // namespace

TEST_CASE("docs/format.md, the JSON Schema and the loader know the same keys") {
  const std::pair<const char*, const Kind*> docs[] = {{"regio", &kinds[0]}, {"landelijk", &kinds[1]}};
  for (const auto& [name, k] : docs) {
    DYNAMIC_SECTION(name) {
      json schema = load_schema(k->schema);
      KeyCatalog from_doc = format_doc_keys(name), from_schema, from_loader;
      collect(schema, schema, "", from_schema);
      load_text("leeg.yaml", k->empty_doc, &from_loader);
      REQUIRE_FALSE(from_doc.empty());
      auto flat = [](const KeyCatalog& c) {
        std::set<std::string> s;
        for (const auto& [path, keys] : c)
          for (const auto& [key, info] : keys) s.insert((path.empty() ? "" : path + ".") + key + (info.required ? " (verplicht)" : ""));
        return s;
      };
      CHECK(flat(from_doc) == flat(from_schema));
      CHECK(flat(from_doc) == flat(from_loader));
    }
  }
}
