#pragma once
// Small helpers shared by the L and D rules: shapes of codes, labels of
// parties and schools in messages, number formatting.
#include <string>
#include <vector>

#include "load/refdata.h"
#include "model/region.h"
#include "model/text.h"
#include "util/text.h"

namespace zio::checks {

// True when `s` has exactly the shape of `pattern`: '9' stands for a digit,
// 'A' for an uppercase letter A-Z, any other character for itself
// ("GM9999", "99AA", "JZ99").
bool has_shape(const std::string& s, const char* pattern);

// A number as people write it: 850000, 12.5, -3.
std::string number(double v);

// "bedoelde u 'x'?" for the nearest candidate; empty when none is near.
Text did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

// 'a', 'b' en 'c' / 'a', 'b' and 'c'.
Text quoted_list(const std::vector<std::string>& items);

// "school 'de-bodde'" / "scholen[2]" when the id is missing (index 0-based).
Text school_label(const School& s, size_t index);
// "partij 'tilburg'" / "party 'tilburg'", or "partijen[2]".
Text party_label(const Partij& p, size_t index);

// "GM0855 (Tilburg)", or the code alone when the CBS list does not know it.
std::string gemeente_label(const RefData& ref, const std::string& code);

}  // namespace zio::checks
