#pragma once
// The CBS reference lists (data/README.md): gemeenten per year with their
// jeugdregio and zorgkantoorregio, and the names of those regions.
#include <map>
#include <string>

namespace zio {

struct Gemeente {
  std::string code, naam, jeugdregio, zorgkantoorregio;
};

// The name a gemeente uses for itself: the CBS name without the province
// CBS adds to tell namesakes apart ("Hengelo (O.)" -> "Hengelo").
std::string gemeente_eigen_naam(const std::string& cbs_naam);

// The EMB-regeling's figures as data (data/emb_regeling.csv), with the year
// and the letter they come from, so a new letter changes a file, not a rule.
struct EmbRegeling {
  double max_per_leerling = 0;   // euro per enrolled pupil per school year
  int bronjaar = 0;              // the year of the source of that amount
  std::string bron;              // the source, with its wording
  int laatste_eerste_jaar = 0;   // first year of the last school year inside the term (2025 for 2025-2026)
  std::string looptijd_bron;     // the source of the term
};
const EmbRegeling& emb_regeling();

struct RefData {
  int year = 0;
  std::map<std::string, Gemeente> gemeenten;
  std::map<std::string, std::string> jeugdregios;        // JZ35 -> name
  std::map<std::string, std::string> zorgkantoorregios;  // ZK12 -> name

  // The lists in force in `year` (the nearest year we have); loaded once.
  static const RefData& for_year(int year);
};

}  // namespace zio
