#pragma once
// `zio templates check DIR`, and the check `render` and `report` make of a
// --templates folder before they use it: every file a replacement of a
// compiled-in one, every template parses, uses only the variables and
// sections the view provides, and every styles file is well-formed XML.
#include <string>
#include <vector>

#include "model/finding.h"
#include "model/text.h"

namespace zio {

struct TemplateProblem {
  std::string file;  // DIR/contract.nl.md.mustache
  int line = 0, col = 0;
  Severity severity = Severity::fout;
  Text message;
};

// The problems of the template folder `dir`, files in name order. A file
// the folder lacks is fine (the compiled-in one is used) and is listed as
// info; a file zio does not use is a waarschuwing (likely a misspelt name).
std::vector<TemplateProblem> check_template_dir(const std::string& dir);

}  // namespace zio
