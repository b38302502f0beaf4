#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "draft/starter.h"
#include "util/atomic_file.h"

namespace zio::cli {

int init(const Global& g, const std::string& out, bool force, const std::string& jeugdregio) {
  std::string text;
  try {
    text = starter_yaml(jeugdregio, g.lang);
  } catch (const UnknownRegion& e) {
    error(g, Text{e.what(), e.what()});
    return 2;
  }
  if (out == "-") {
    std::cout << text;
    return finish_output(g) ? 0 : 2;
  }
  std::error_code ec;
  if (!force && std::filesystem::exists(out, ec)) {
    error(g, Text{out + " bestaat al; kies een andere naam of gebruik --force",
                  out + " already exists; choose another name or use --force"});
    return 2;
  }
  std::string err;
  if (!write_file_atomic(out, text, err)) {
    error(g, Text{"kan " + out + " niet schrijven: ", "cannot write " + out + ": "} + err);
    return 2;
  }
  std::cerr << (g.lang == Lang::en ? "written: " : "geschreven: ") << out << '\n';
  return 0;
}

}  // namespace zio::cli
