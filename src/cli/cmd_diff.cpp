#include <iostream>

#include "cli/commands.h"
#include "diff/data_diff.h"
#include "diff/diff_output.h"
#include "rules/output.h"
#include "rules/validate.h"

namespace zio::cli {

int diff(const Global& g, const std::string& old_file, const std::string& new_file, const std::string& format) {
  Document a = validate_file(old_file), b = validate_file(new_file);
  bool unreadable = false;
  for (const Document* d : {&a, &b})
    if (d->fatal) {
      write_text_findings(std::cerr, *d, g.lang);
      unreadable = true;
    }
  if (unreadable) return 2;
  DataDiff d = diff_documents(a, b);
  if (format == "json")
    write_diff_json(std::cout, d, old_file, new_file, g.lang);
  else
    write_diff_text(std::cout, d, old_file, new_file, g.lang);
  if (!finish_output(g)) return 2;
  return d.empty() ? 0 : 1;
}

}  // namespace zio::cli
