#include <iostream>

#include "cli/commands.h"
#include "draft/codes.h"

namespace zio::cli {

int codes(const Global& g, const CodesQuery& q) {
  std::string out;
  bool found = codes_listing(RefData::for_year(2026), q, g.lang, out);
  (found ? std::cout : std::cerr) << out;
  if (!finish_output(g)) return 2;
  return found ? 0 : 1;
}

}  // namespace zio::cli
