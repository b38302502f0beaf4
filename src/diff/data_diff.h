#pragma once
// What changed between two versions of a region file, by meaning: values
// compared as data (typed scalars, as the fingerprint sees them), list items
// matched by their id, so reordering a list, reformatting, quoting a number
// differently or editing a comment is no change. And which findings appeared
// or disappeared between the two (`zio diff`).
#include <string>
#include <vector>

#include "load/loader.h"
#include "model/finding.h"
#include "model/pos.h"

namespace zio {

struct DataChange {
  enum class Kind { added, removed, changed };
  Kind kind;
  std::string path;       // "scholen[de-bodde].leerlingen", "partijen[meierijstad]"
  std::string old_value;  // as written in OLD (a scalar), or a short summary of a block
  std::string new_value;
  Pos old_pos, new_pos;   // unknown on the side that lacks the value
};

struct FindingChange {
  bool resolved;  // true: in OLD, not in NEW ("W02 opgelost"); false: new in NEW
  Finding finding;  // as in the file that has it (its position is there)
};

struct DataDiff {
  std::vector<DataChange> changes;          // in the order of NEW, removals where they stood
  std::vector<FindingChange> findings;      // resolved first, then new; each in file order
  bool empty() const { return changes.empty() && findings.empty(); }
};

// Compares two documents that loaded (not fatal), after run_rules. Their
// text is parsed again for the tree; positions are 1-based lines and columns
// in each file.
DataDiff diff_documents(const Document& old_doc, const Document& new_doc);

}  // namespace zio
