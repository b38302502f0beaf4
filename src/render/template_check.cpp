#include "render/template_check.h"

#include <kainjow/mustache.hpp>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "load/resources.h"
#include "render/template_error.h"
#include "rules/checks.h"
#include "util/text.h"

namespace zio {

namespace fs = std::filesystem;

namespace {

struct Tag {
  std::string name;  // without its sigil; "" for a comment
  size_t offset;
};

// The tags of a Mustache template with their names, in order. Only what a
// check needs (names and where they are): kainjow parses and renders.
std::vector<Tag> tags_of(const std::string& src, bool& custom_delimiters) {
  std::vector<Tag> out;
  custom_delimiters = false;
  for (size_t at = src.find("{{"); at != std::string::npos; at = src.find("{{", at)) {
    bool triple = src.compare(at, 3, "{{{") == 0;
    size_t start = at + (triple ? 3 : 2);
    size_t end = src.find(triple ? "}}}" : "}}", start);
    if (end == std::string::npos) break;  // the parser reports it
    std::string body = trim(std::string_view(src).substr(start, end - start));
    if (!body.empty() && body[0] == '=') {
      custom_delimiters = true;
      out.push_back({"", at});
      break;
    }
    if (!body.empty() && body[0] == '!') body.clear();
    else if (!body.empty() && std::string_view("#^/&>").find(body[0]) != std::string_view::npos) body = trim(std::string_view(body).substr(1));
    out.push_back({body, at});
    at = end + (triple ? 3 : 2);
  }
  return out;
}

bool read_regular(const fs::path& p, std::string& data, Text& why) {
  std::error_code ec;
  if (!fs::is_regular_file(p, ec)) {
    why = {"is geen gewoon bestand", "is not a regular file"};
    return false;
  }
  std::ifstream in(p, std::ios::binary);
  char buf[65536];
  data.clear();
  while (in && data.size() <= max_template_bytes) {
    in.read(buf, sizeof buf);
    data.append(buf, static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) {
    why = {"kan niet worden gelezen", "cannot be read"};
    return false;
  }
  if (data.size() > max_template_bytes) {
    why = Text{"is groter dan ", "is larger than "} + std::to_string(max_template_bytes >> 20) + " MB";
    return false;
  }
  return true;
}

// The names a document's templates may use: those its compiled-in
// templates use, in any language (the view provides exactly these).
std::set<std::string> vocabulary(const std::string& relative) {
  std::set<std::string> names{"."};
  std::string doc = relative.substr(0, relative.find('.'));
  for (const std::string& r : resource_names("templates/" + doc + ".")) {
    bool custom = false;
    for (const Tag& t : tags_of(std::string(resource(r)), custom))
      if (!t.name.empty()) names.insert(t.name);
  }
  return names;
}

// libxml2 reports every error it meets; the first is where the file went
// wrong (the last is usually "premature end of data" at the end).
void keep_first_error(void* first, const xmlError* e) {
  auto* slot = static_cast<std::pair<bool, xmlError>*>(first);
  if (slot->first || !e) return;
  slot->first = true;
  slot->second = *e;
  slot->second.message = nullptr;  // owned by libxml2: copied below instead
  static thread_local std::string text;
  text = e->message ? e->message : "";
  slot->second.str1 = const_cast<char*>(text.c_str());
}

void check_xml(const std::string& file, const std::string& data, std::vector<TemplateProblem>& out) {
  std::pair<bool, xmlError> first{false, {}};
  xmlSetStructuredErrorFunc(&first, [](void* ctx, xmlErrorPtr e) { keep_first_error(ctx, e); });
  xmlDocPtr doc = xmlReadMemory(data.data(), static_cast<int>(data.size()), file.c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (doc) {
    xmlFreeDoc(doc);
    return;
  }
  const xmlError& e = first.second;
  std::string what = first.first && e.str1 ? trim(e.str1) : std::string("?");
  out.push_back({file, first.first ? e.line : 0, first.first ? e.int2 : 0, Severity::fout,
                 Text{"geen geldige XML: ", "not well-formed XML: "} + what});
}

void check_mustache(const std::string& file, const std::string& relative, const std::string& src,
                    std::vector<TemplateProblem>& out) {
  kainjow::mustache::mustache parsed(src);
  if (!parsed.is_valid()) {
    size_t offset = 0;
    Text msg = mustache_problem(parsed.error_message(), offset);
    int line = 0, col = 0;
    if (offset != std::string::npos) line_col(src, offset, line, col);
    out.push_back({file, line, col, Severity::fout, msg});
    return;
  }
  bool custom = false;
  std::vector<Tag> tags = tags_of(src, custom);
  const std::set<std::string> known = vocabulary(relative);
  std::set<std::string> reported;
  for (const Tag& t : tags) {
    int line = 0, col = 0;
    if (custom && &t == &tags.back()) {
      line_col(src, t.offset, line, col);
      out.push_back({file, line, col, Severity::fout,
                     {"eigen scheidingstekens ({{=...=}}) worden niet ondersteund",
                      "custom delimiters ({{=...=}}) are not supported"}});
      break;
    }
    if (t.name.empty() || known.count(t.name) || !reported.insert(t.name).second) continue;
    line_col(src, t.offset, line, col);
    out.push_back({file, line, col, Severity::fout,
                   Text{"onbekende variabele '", "unknown variable '"} + t.name +
                       Text{"': de gegevens van dit document hebben die niet, dus er zou niets komen te staan",
                            "': this document's data has none, so nothing would be printed"}});
  }
}

}  // namespace

std::vector<TemplateProblem> check_template_dir(const std::string& dir) {
  std::vector<TemplateProblem> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    out.push_back({dir, 0, 0, Severity::fout,
                   fs::exists(dir, ec) ? Text{"is geen map", "is not a folder"}
                                       : Text{"map niet gevonden; controleer het pad", "folder not found; check the path"}});
    return out;
  }
  std::set<std::string> known;
  for (const std::string& r : resource_names("templates/")) known.insert(r.substr(std::string("templates/").size()));
  std::map<std::string, fs::path> present;  // relative name -> path
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (size_t seen = 0; !ec && it != end && seen < 10000; it.increment(ec), ++seen) {
    if (it.depth() > 4) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) continue;
    present[fs::relative(it->path(), dir, ec).generic_string()] = it->path();
  }
  for (const auto& [relative, path] : present) {
    std::string file = path.string();
    if (!known.count(relative)) {
      Text msg{"zio gebruikt dit bestand niet: alleen bestanden met de naam van een ingebouwde sjabloon of stijl tellen",
               "zio does not use this file: only files named like a built-in template or style count"};
      Text hint = checks::did_you_mean(relative, std::vector<std::string>(known.begin(), known.end()));
      if (!hint.empty()) msg = msg + Text{"; ", "; "} + hint;
      out.push_back({file, 0, 0, Severity::waarschuwing, msg});
      continue;
    }
    std::string data;
    Text why;
    if (!read_regular(path, data, why)) {
      out.push_back({file, 0, 0, Severity::fout, why});
      continue;
    }
    if (relative.size() > 9 && relative.compare(relative.size() - 9, 9, ".mustache") == 0)
      check_mustache(file, relative, data, out);
    else if (relative.size() > 4 && relative.compare(relative.size() - 4, 4, ".xml") == 0)
      check_xml(file, data, out);
  }
  std::vector<std::string> missing;
  for (const std::string& k : known)
    if (!present.count(k)) missing.push_back(k);
  if (!missing.empty())
    out.push_back({dir, 0, 0, Severity::info,
                   Text{"niet in de map, dus ingebouwd gebruikt: ", "not in the folder, so the built-in one is used: "} +
                       join(missing, ", ")});
  return out;
}

}  // namespace zio
