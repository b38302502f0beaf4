#include <iostream>

#include "cli/commands.h"
#include "load/resources.h"
#include "render/verify.h"

namespace zio::cli {

int verify(const Global& g, const std::string& document, const std::string& file, const std::string& templates) {
  if (!templates.empty()) set_template_dir(templates);
  Verdict v = verify_document(document, file);
  if (v.code == 2) {
    error(g, v.message);
    return 2;
  }
  std::cout << v.message.in(g.lang) << "\n";
  return finish_output(g, std::cout) ? v.code : 2;
}

}  // namespace zio::cli
