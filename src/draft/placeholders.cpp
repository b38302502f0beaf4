#include "draft/placeholders.h"

#include <cctype>

namespace zio {

const std::vector<StarterText>& starter_texts() {
  static const std::vector<StarterText> list = {
      {"regio_naam", "regio.naam", {"Regio A", "Region A"}},
      {"jeugdregio", "regio.jeugdregio", {"JZ00", "JZ00"}},
      {"gemeente_naam", "partijen[].naam", {"Gemeente A", "Gemeente A"}},
      {"gemeente_code", "partijen[].code", {"GM0000", "GM0000"}},
      {"ondertekenaar_naam", "partijen[].ondertekenaar.naam", {"A. Achternaam", "A. Surname"}},
      {"swv_po_naam", "partijen[].naam", {"Samenwerkingsverband PO A", "Samenwerkingsverband PO A"}},
      {"swv_vo_naam", "partijen[].naam", {"Samenwerkingsverband VO A", "Samenwerkingsverband VO A"}},
      {"zorgkantoor_naam", "partijen[].naam", {"Zorgkantoor A", "Zorgkantoor A"}},
      {"zorgkantoor_code", "partijen[].code", {"ZK00", "ZK00"}},
      {"schoolbestuur_naam", "partijen[].naam", {"Stichting A", "Stichting A"}},
      {"zorgaanbieder_naam", "partijen[].naam", {"Zorgaanbieder A", "Zorgaanbieder A"}},
      {"zorgverzekeraar_naam", "partijen[].naam", {"Zorgverzekeraar A", "Zorgverzekeraar A"}},
      {"school_naam", "scholen[].naam", {"School A", "School A"}},
      {"school_brin", "scholen[].brin", {"00AA", "00AA"}},
      {"school_vestiging", "scholen[].vestiging", {"00AA00", "00AA00"}},
      {"school_leerlingen", "scholen[].leerlingen", {"0", "0"}},
      {"herkomst_gemeente", "scholen[].herkomst[].gemeente", {"GM0000", "GM0000"}},
      {"herkomst_leerlingen", "scholen[].herkomst[].leerlingen", {"0", "0"}},
      {"oo_omschrijving", "afspraken.onderwijsondersteuning.omschrijving",
       {"Beschrijf welke onderwijsondersteuning de school biedt.", "Describe the support in education the school offers."}},
      {"jh_budget", "afspraken.jeugdhulp.budget_per_jaar", {"0", "0"}},
      {"jh_omschrijving", "afspraken.jeugdhulp.omschrijving",
       {"Beschrijf hoe de jeugdhulp op school wordt ingezet.", "Describe how youth care is deployed at school."}},
      {"wlz_omschrijving", "afspraken.wlz.omschrijving",
       {"Beschrijf hoe de Wlz-zorg op school wordt geleverd.", "Describe how Wlz care is delivered at school."}},
      {"zvw_omschrijving", "afspraken.zvw.omschrijving",
       {"Beschrijf welke Zvw-zorg op school wordt geleverd.", "Describe the Zvw care delivered at school."}},
      {"pgb_voorwaarden", "afspraken.pgb.voorwaarden",
       {"Beschrijf wanneer een individueel pgb in de klas mogelijk blijft.",
        "Describe when an individual pgb in class remains possible."}},
      {"geschil_instantie", "afspraken.geschillenregeling.instantie",
       {"Noem wie het geschil beslecht.", "Name who settles the dispute."}},
      {"geschil_omschrijving", "afspraken.geschillenregeling.omschrijving",
       {"Beschrijf de stappen van de geschillenregeling.", "Describe the steps of the dispute arrangement."}},
      {"ouders_aanspreekpunt", "afspraken.ouders.aanspreekpunt",
       {"Noem waar ouders terechtkunnen.", "Name where parents can go."}},
      {"zorg_thuis", "afspraken.zorg_thuis",
       {"Beschrijf hoe zorg op school en thuis op elkaar aansluiten.", "Describe how care at school and at home are aligned."}},
      {"gegevensuitwisseling", "afspraken.gegevensuitwisseling",
       {"Beschrijf de afspraken over privacy (AVG).", "Describe the privacy arrangements (GDPR/AVG)."}},
      {"buiten_regio", "afspraken.buiten_regio",
       {"Beschrijf wat geldt voor leerlingen van buiten de regio.",
        "Describe what applies to pupils living outside the region."}},
      {"emb_leerlingen", "afspraken.emb.leerlingen", {"0", "0"}},
  };
  return list;
}

const std::vector<std::string>& placeholder_markers() {
  static const std::vector<std::string> list = {"illustratief", "nog in bespreking", "PM", "TODO", "xxx", "[...]",
                                                "[…]"};
  return list;
}

namespace {
std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// "PM" only as a word in capitals ("PM", "bedrag: PM"), not inside "PMD";
// the other markers in any case, anywhere.
bool holds_marker(const std::string& value, const std::string& marker) {
  if (marker == "PM") {
    for (size_t at = value.find("PM"); at != std::string::npos; at = value.find("PM", at + 1)) {
      bool before = at == 0 || !word_char(value[at - 1]);
      bool after = at + 2 >= value.size() || !word_char(value[at + 2]);
      if (before && after) return true;
    }
    return false;
  }
  return lower(value).find(lower(marker)) != std::string::npos;
}
}  // namespace

bool is_placeholder(const std::string& path, const std::string& value, std::string* what) {
  std::string v = trim(value);
  for (const StarterText& s : starter_texts()) {
    if (path != s.path || (v != s.text.nl && v != s.text.en)) continue;
    if (what) *what = v;
    return true;
  }
  for (const std::string& m : placeholder_markers()) {
    if (!holds_marker(v, m)) continue;
    if (what) *what = m;
    return true;
  }
  return false;
}

}  // namespace zio
