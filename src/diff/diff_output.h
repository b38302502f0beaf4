#pragma once
// A DataDiff as text (compiler style, like `zio validate`) or JSON.
#include <ostream>
#include <string>

#include "diff/data_diff.h"
#include "model/text.h"

namespace zio {

// One line per change: "NEW:12:5: gewijzigd: scholen[de-bodde].leerlingen:
// 48 → 52 (was OLD:12:5)", removals at their place in OLD; then the findings
// resolved and new; then a one-line summary.
void write_diff_text(std::ostream& out, const DataDiff& d, const std::string& old_path, const std::string& new_path,
                     Lang lang);
// {"old": path, "new": path, "changes": [{kind, path, old, new, old_line, ...}], "findings": [...]}.
void write_diff_json(std::ostream& out, const DataDiff& d, const std::string& old_path, const std::string& new_path,
                     Lang lang);

}  // namespace zio
