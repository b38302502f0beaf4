#include "draft/starter.h"

#include <kainjow/mustache.hpp>

#include <cctype>
#include <algorithm>
#include <map>
#include <vector>

#include "draft/placeholders.h"
#include "load/refdata.h"
#include "load/resources.h"

namespace zio {

namespace mu = kainjow::mustache;

namespace {

// A value as a YAML scalar: plain where that reads back as the same text,
// else double-quoted. Our values are CBS names and our own texts, so this
// only has to be safe, not pretty.
std::string yaml_scalar(const std::string& s) {
  bool plain = !s.empty() && s.find(": ") == std::string::npos && s.find(" #") == std::string::npos &&
               std::string("-?:,[]{}#&*!|>'\"%@`").find(s[0]) == std::string::npos && s.back() != ':' &&
               s.front() != ' ' && s.back() != ' ';
  if (plain) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// "Hengelo (O.)" -> "hengelo", "Súdwest-Fryslân" -> "sudwest-fryslan": a
// party id ([a-z0-9-]+) from a name.
std::string slug(const std::string& name) {
  // Latin-1 letters as UTF-8 (C3 xx) to their base letter, for ids.
  static const char* base = "aaaaaaaceeeeiiiidnooooo/ouuuuyby";  // xx = A0..BF: à..ÿ
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    char ch = 0;
    if (c == 0xC3 && i + 1 < name.size()) {
      unsigned char n = static_cast<unsigned char>(name[++i]);
      if (n >= 0xA0 && n <= 0xBF) ch = base[n - 0xA0];
      else if (n >= 0x80 && n <= 0x9F) ch = base[n - 0x80];
    } else if (c < 0x80 && std::isalnum(c)) {
      ch = static_cast<char>(std::tolower(c));
    } else if (c == ' ' || c == '-' || c == '/') {
      ch = '-';
    }
    if (ch == '/' || ch == 0) continue;
    if (ch == '-' && (out.empty() || out.back() == '-')) continue;
    out += ch;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// Comments line up at column 33 again after values of any length; empty
// lines go.
std::string align_comments(const std::string& text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t nl = text.find('\n', i);
    std::string line = text.substr(i, nl == std::string::npos ? std::string::npos : nl - i);
    i = nl == std::string::npos ? text.size() : nl + 1;
    size_t hash = line.find(" #");
    size_t content = line.find_first_not_of(' ');
    if (hash != std::string::npos && content != std::string::npos && content < hash && line[content] != '#') {
      std::string head = line.substr(0, hash);
      while (!head.empty() && head.back() == ' ') head.pop_back();
      std::string tail = line.substr(line.find('#', hash));
      line = head + std::string(head.size() < 32 ? 32 - head.size() : 1, ' ') + tail;
    }
    // A section left out ({{#eerste}}) leaves an empty line; the starter has none of its own.
    if (line.find_first_not_of(' ') == std::string::npos) continue;
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace

std::string starter_yaml(const std::string& jeugdregio, Lang lang, int year) {
  mu::data d;
  for (const StarterText& t : starter_texts()) d.set(t.tag, t.text.in(lang));
  mu::data gemeenten = mu::data::type::list, zorgkantoren = mu::data::type::list;
  auto zorgkantoor = [&](const std::string& id, const std::string& naam, const std::string& code) {
    mu::data z;
    z.set("id", id);
    z.set("naam", naam);
    z.set("code", code);
    if (!d.get("wlz_financier")) d.set("wlz_financier", id);  // the first pays, until the user says otherwise
    zorgkantoren.push_back(z);
  };
  if (jeugdregio.empty()) {
    mu::data g;
    g.set("id", std::string("gemeente-a"));
    g.set("naam", d.get("gemeente_naam")->string_value());
    g.set("code", d.get("gemeente_code")->string_value());
    g.set("eerste", true);
    gemeenten.push_back(g);
    zorgkantoor("zorgkantoor-a", d.get("zorgkantoor_naam")->string_value(), d.get("zorgkantoor_code")->string_value());
  } else {
    const RefData& ref = RefData::for_year(year);
    auto region = ref.jeugdregios.find(jeugdregio);
    if (region == ref.jeugdregios.end())
      throw UnknownRegion(Text{"onbekende jeugdregio '" + jeugdregio + "'; 'zio codes' toont de jeugdregio's",
                               "unknown jeugdregio '" + jeugdregio + "'; 'zio codes' lists the jeugdregio's"}
                              .in(lang));
    d.set("regio_naam", region->second);
    d.set("jeugdregio", jeugdregio);
    std::map<std::string, int> zk_count;  // zorgkantoorregio -> gemeenten in it
    bool first = true;
    for (const auto& [code, g] : ref.gemeenten) {
      if (g.jeugdregio != jeugdregio) continue;
      mu::data x;
      x.set("id", slug(gemeente_eigen_naam(g.naam)));
      x.set("naam", "Gemeente " + gemeente_eigen_naam(g.naam));
      x.set("code", code);
      x.set("eerste", first);
      first = false;
      gemeenten.push_back(x);
      if (!g.zorgkantoorregio.empty()) ++zk_count[g.zorgkantoorregio];
    }
    // The zorgkantoor of most gemeenten first: it finances the Wlz care until
    // the user says otherwise.
    std::vector<std::pair<std::string, int>> zks(zk_count.begin(), zk_count.end());
    std::stable_sort(zks.begin(), zks.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [code, n] : zks) {
      auto zk = ref.zorgkantoorregios.find(code);
      std::string name = zk == ref.zorgkantoorregios.end() ? code : zk->second;
      zorgkantoor("zk-" + slug(name), "Zorgkantoor " + name, code);
    }
  }
  d.set("gemeenten", gemeenten);
  d.set("zorgkantoren", zorgkantoren);
  std::string name = lang == Lang::en ? "templates/init/regio.en.yaml.mustache" : "templates/init/regio.nl.yaml.mustache";
  std::string_view src = resource(name);
  if (src.empty()) throw std::runtime_error("template not found: " + name);
  mu::mustache tmpl{std::string(src)};
  tmpl.set_custom_escape(yaml_scalar);
  std::string out = tmpl.render(d);
  if (!tmpl.is_valid()) throw std::runtime_error(name + ": " + tmpl.error_message());
  return align_comments(out);
}

}  // namespace zio
