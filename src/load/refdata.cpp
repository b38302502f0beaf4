#include "load/refdata.h"

#include <mutex>
#include <vector>

#include "load/resources.h"

namespace zio {

namespace {

// The files are plain CSV from data/ (no quoted fields), header first.
std::vector<std::vector<std::string>> rows(std::string_view csv) {
  std::vector<std::vector<std::string>> out;
  size_t pos = csv.find('\n');  // skip the header
  while (pos != std::string_view::npos && pos + 1 < csv.size()) {
    size_t start = pos + 1;
    pos = csv.find('\n', start);
    std::string_view line = csv.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    std::vector<std::string> fields;
    size_t f = 0;
    while (true) {
      size_t comma = line.find(',', f);
      fields.emplace_back(line.substr(f, comma == std::string_view::npos ? std::string_view::npos : comma - f));
      if (comma == std::string_view::npos) break;
      f = comma + 1;
    }
    out.push_back(std::move(fields));
  }
  return out;
}

RefData load(int year) {
  RefData r;
  r.year = year;
  std::string y = std::to_string(year);
  for (auto& f : rows(resource("data/gemeente_regio_" + y + ".csv")))
    if (f.size() >= 4) r.gemeenten[f[0]] = Gemeente{f[0], f[1], f[2], f[3]};
  for (auto& f : rows(resource("data/jeugdregios_2025.csv")))
    if (f.size() >= 2) r.jeugdregios[f[0]] = f[1];
  for (auto& f : rows(resource("data/zorgkantoorregios_2025.csv")))
    if (f.size() >= 2) r.zorgkantoorregios[f[0]] = f[1];
  return r;
}

}  // namespace

const RefData& RefData::for_year(int year) {
  static std::once_flag once;
  static RefData y2025, y2026;
  std::call_once(once, [] {
    y2025 = load(2025);
    y2026 = load(2026);
  });
  return year <= 2025 ? y2025 : y2026;
}

}  // namespace zio
