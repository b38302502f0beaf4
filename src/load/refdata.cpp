#include "load/refdata.h"

#include <mutex>
#include <vector>

#include "load/resources.h"

namespace zio {

namespace {

// RFC 4180 CSV as data/ holds it: header first, fields may be quoted
// ("Nuenen, Gerwen en Nederwetten"), a doubled quote inside quotes is one.
std::vector<std::vector<std::string>> rows(std::string_view csv) {
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> fields(1);
  bool quoted = false, header = true;
  auto end_row = [&] {
    if (!header && !(fields.size() == 1 && fields[0].empty())) out.push_back(fields);
    header = false;
    fields.assign(1, std::string());
  };
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n') {
      end_row();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  end_row();
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

std::string gemeente_eigen_naam(const std::string& cbs) {
  if (cbs.size() > 3 && cbs.back() == ')') {
    size_t open = cbs.rfind(" (");
    if (open != std::string::npos) return cbs.substr(0, open);
  }
  return cbs;
}

const EmbRegeling& emb_regeling() {
  static const EmbRegeling e = [] {
    EmbRegeling x;
    for (auto& f : rows(resource("data/emb_regeling.csv")))
      if (f.size() >= 5) {
        x.max_per_leerling = std::stod(f[0]);
        x.bronjaar = std::stoi(f[1]);
        x.bron = f[2];
        x.laatste_eerste_jaar = std::stoi(f[3].substr(0, 4));
        x.looptijd_bron = f[4];
      }
    return x;
  }();
  return e;
}

const RefData& RefData::for_year(int year) {
  // Each year's lists are parsed on first use: a region file names one
  // peildatum, so a render or a single validate needs one year only.
  static std::once_flag once2025, once2026;
  static RefData y2025, y2026;
  if (year <= 2025) {
    std::call_once(once2025, [] { y2025 = load(2025); });
    return y2025;
  }
  std::call_once(once2026, [] { y2026 = load(2026); });
  return y2026;
}

}  // namespace zio
