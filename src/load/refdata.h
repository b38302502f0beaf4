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

struct RefData {
  int year = 0;
  std::map<std::string, Gemeente> gemeenten;
  std::map<std::string, std::string> jeugdregios;        // JZ35 -> name
  std::map<std::string, std::string> zorgkantoorregios;  // ZK12 -> name

  // The lists in force in `year` (the nearest year we have); loaded once.
  static const RefData& for_year(int year);
};

}  // namespace zio
