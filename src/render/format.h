#pragma once
// Dutch or English presentation of values, shared by the contract, the
// checklist and the report: dates, amounts and counts as people write them.
#include <string>

#include "model/date.h"
#include "model/text.h"

namespace zio {

// "1 augustus 2026" / "1 August 2026" (the text as written when the date is
// not a valid calendar date).
std::string format_date(const Date& d, Lang lang);
// "€ 1.450.000" (with a no-break space) / "€1,450,000"; cents only when present ("€ 12,50").
std::string format_euro(double v, Lang lang);
// "1.234" / "1,234".
std::string format_count(long long v, Lang lang);

}  // namespace zio
