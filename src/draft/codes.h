#pragma once
// `zio codes`: the CBS reference data compiled into zio (jeugdregio's, their
// gemeenten and zorgkantoorregio's) as plain text, so a user drafting a
// region file can look codes up without the CSV files.
#include <string>

#include "load/refdata.h"
#include "model/text.h"

namespace zio {

struct CodesQuery {
  std::string jeugdregio;  // "JZ14": the gemeenten of that jeugdregio
  std::string gemeente;    // "GM0164" or a name: that gemeente's regions
  std::string zoek;        // text searched in every name (any case)
};

// The listing for `q` (all jeugdregio's when q is empty), one line per entry,
// in `lang`. Returns false, with `out` holding the message, when nothing
// matches.
bool codes_listing(const RefData& ref, const CodesQuery& q, Lang lang, std::string& out);

}  // namespace zio
