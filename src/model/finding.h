#pragma once
#include <string>
#include <vector>

#include "model/pos.h"
#include "model/text.h"

namespace zio {

enum class Severity { fout, waarschuwing, info };

// Dutch and English names of a severity as printed ("fout" / "error").
const char* severity_name(Severity s, Lang lang);

// One thing a rule (or the loader) found. The rule's name, title and source
// are looked up in the registry by `rule`, so they are written only once.
struct Finding {
  std::string rule;  // short id, "W02"
  Severity severity = Severity::fout;
  Pos pos;
  Text message;
  Text hint;  // empty: the rule's general fix applies
  // Where the finding sorts, when not at `pos`: an unknown key sorts at the
  // object that holds it, so "bedoelde u 'geschillenregeling'?" comes before
  // the "no geschillenregeling" it causes.
  Pos order_at;
};

using Findings = std::vector<Finding>;

}  // namespace zio
