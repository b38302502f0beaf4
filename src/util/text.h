#pragma once
// Text helpers every stage uses: trimming, joining, and the small
// sentence-shaping of free text that contracts, checklists and reports
// share. One copy for the whole code base, so a fix lands everywhere.
#include <string>
#include <string_view>
#include <vector>

namespace zio {

// `s` without leading and trailing blanks (spaces, tabs, line breaks).
std::string trim(std::string_view s);

// The items with `sep` between them and `last_sep` before the last one:
// join({"a","b","c"}, ", ", " en ") == "a, b en c".
std::string join(const std::vector<std::string>& items, std::string_view sep = ", ",
                 std::string_view last_sep = {});

// Free text used as whole sentences: trimmed, with a full stop when it ends
// in a letter, a digit or a closing bracket or quote without one inside.
std::string sentences(std::string_view s);

// A value used inside a sentence: trimmed, without closing punctuation. A
// full stop after a capital stays ("Zorg B.V.").
std::string clause(std::string_view s);

// The first letter (a-z) in capitals.
std::string capitalise(std::string s);

}  // namespace zio
