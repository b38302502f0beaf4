#include "report/csv.h"

#include <cmath>
#include <cstdio>

namespace zio {

namespace {

// One field, quoted when it must be (RFC 4180 with ';' as separator).
std::string field(const std::string& v) {
  if (v.find_first_of(";\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Text from a file: never a formula in Excel.
std::string text(const std::string& v) {
  if (!v.empty() && std::string("=+-@\t\r").find(v[0]) != std::string::npos) return field("'" + v);
  return field(v);
}

std::string yes_no(bool b) { return b ? "ja" : "nee"; }

std::string decimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

void row(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ';';
    out += fields[i];
  }
  out += "\r\n";
}

}  // namespace

std::string regions_csv(const Summary& s) {
  std::string out = "\xEF\xBB\xBF";
  row(out, {"regio", "jeugdregio", "status", "peildatum", "verouderd", "scholen", "scholen cluster 3/4",
            "leerlingen cluster 3/4", "gemeenten", "jeugdhulp", "wlz", "geschillenregeling", "pgb-uitzondering",
            "zorgaanbieders per school (gemiddeld)", "zorgaanbieders per school (max)", "EMB-leerlingen", "fouten",
            "waarschuwingen", "bestand", "opmerking"});
  for (const RegionRow& r : s.regions) {
    const RegionInfo& f = r.facts;
    row(out, {text(f.naam), text(f.jeugdregio), text(f.status), text(f.peildatum), yes_no(r.outdated),
              std::to_string(r.schools), std::to_string(r.cluster34_schools), std::to_string(r.cluster34_pupils),
              std::to_string(r.gemeenten), text(f.jeugdhulp), text(f.wlz), yes_no(f.geschillenregeling),
              yes_no(f.pgb_uitzondering), r.schools ? decimal(r.zorgaanbieders_mean) : "",
              r.schools ? std::to_string(r.zorgaanbieders_max) : "", std::to_string(f.emb_leerlingen),
              std::to_string(r.fouten), std::to_string(r.waarschuwingen), text(r.file), ""});
  }
  for (const UnreadableFile& u : s.unreadable)
    row(out, {"", "", "onleesbaar", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", text(u.file),
              text(u.reason.nl)});
  return out;
}

}  // namespace zio
