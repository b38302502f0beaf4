#include "draft/codes.h"

#include <cctype>
#include <map>
#include <vector>

namespace zio {

namespace {
std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string name_of(const std::map<std::string, std::string>& m, const std::string& code) {
  auto it = m.find(code);
  return it == m.end() ? std::string() : it->second;
}

// "GM0164  Hengelo (O.)  naam: Gemeente Hengelo  jeugdregio JZ14 Twente  zorgkantoorregio ZK22 Twente"
std::string gemeente_line(const RefData& ref, const Gemeente& g, Lang lang) {
  bool en = lang == Lang::en;
  std::string eigen = gemeente_eigen_naam(g.naam);
  std::string line = g.code + "  " + g.naam;
  if (eigen != g.naam) line += en ? "  (name used: Gemeente " + eigen + ")" : "  (naam: Gemeente " + eigen + ")";
  line += "  jeugdregio " + g.jeugdregio + " " + name_of(ref.jeugdregios, g.jeugdregio);
  line += "  zorgkantoorregio " + g.zorgkantoorregio + " " + name_of(ref.zorgkantoorregios, g.zorgkantoorregio);
  return line + "\n";
}

std::string jeugdregio_line(const RefData& ref, const std::string& code, const std::string& naam, Lang lang) {
  int n = 0;
  std::map<std::string, int> zk;
  for (const auto& [_, g] : ref.gemeenten)
    if (g.jeugdregio == code) {
      ++n;
      ++zk[g.zorgkantoorregio];
    }
  std::string line = code + "  " + naam + "  (" + std::to_string(n) + (lang == Lang::en ? " gemeenten; " : " gemeenten; ");
  line += "zorgkantoorregio";
  bool first = true;
  for (const auto& [z, _] : zk) {
    line += (first ? " " : ", ") + z + " " + name_of(ref.zorgkantoorregios, z);
    first = false;
  }
  return line + ")\n";
}
}  // namespace

bool codes_listing(const RefData& ref, const CodesQuery& q, Lang lang, std::string& out) {
  out.clear();
  bool en = lang == Lang::en;
  std::string year = std::to_string(ref.year);
  if (!q.jeugdregio.empty()) {
    std::string naam = name_of(ref.jeugdregios, q.jeugdregio);
    if (naam.empty()) {
      out = Text{"onbekende jeugdregio '" + q.jeugdregio + "'; 'zio codes' toont ze alle",
                 "unknown jeugdregio '" + q.jeugdregio + "'; 'zio codes' lists them all"}
                .in(lang) + "\n";
      return false;
    }
    out += jeugdregio_line(ref, q.jeugdregio, naam, lang);
    for (const auto& [_, g] : ref.gemeenten)
      if (g.jeugdregio == q.jeugdregio) out += "  " + gemeente_line(ref, g, lang);
    return true;
  }
  if (!q.gemeente.empty()) {
    std::string want = lower(q.gemeente);
    for (const auto& [code, g] : ref.gemeenten)
      if (lower(code) == want || lower(g.naam) == want || lower(gemeente_eigen_naam(g.naam)) == want ||
          lower("Gemeente " + gemeente_eigen_naam(g.naam)) == want)
        out += gemeente_line(ref, g, lang);
    if (out.empty()) {
      out = Text{"geen gemeente '" + q.gemeente + "' in de CBS-lijst van " + year + "; probeer --zoek",
                 "no municipality '" + q.gemeente + "' in the CBS list of " + year + "; try --zoek"}
                .in(lang) + "\n";
      return false;
    }
    return true;
  }
  if (!q.zoek.empty()) {
    std::string want = lower(q.zoek);
    for (const auto& [code, naam] : ref.jeugdregios)
      if (lower(naam).find(want) != std::string::npos || lower(code) == want) out += jeugdregio_line(ref, code, naam, lang);
    for (const auto& [code, naam] : ref.zorgkantoorregios)
      if (lower(naam).find(want) != std::string::npos || lower(code) == want)
        out += code + "  " + naam + (en ? "  (care office region)\n" : "  (zorgkantoorregio)\n");
    for (const auto& [code, g] : ref.gemeenten)
      if (lower(g.naam).find(want) != std::string::npos || lower(code) == want) out += gemeente_line(ref, g, lang);
    if (out.empty()) {
      out = Text{"niets gevonden voor '" + q.zoek + "'", "nothing found for '" + q.zoek + "'"}.in(lang) + "\n";
      return false;
    }
    return true;
  }
  for (const auto& [code, naam] : ref.jeugdregios) out += jeugdregio_line(ref, code, naam, lang);
  return true;
}

}  // namespace zio
