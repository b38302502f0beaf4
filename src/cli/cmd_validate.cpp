#include <iostream>

#include "cli/commands.h"
#include "rules/output.h"
#include "rules/validate.h"

namespace zio::cli {

void error(const Global& g, const Text& msg) {
  std::cerr << "zio: " << (g.lang == Lang::en ? "error: " : "fout: ") << msg.in(g.lang) << '\n';
}

int validate(const Global& g, const std::vector<std::string>& files, const std::string& format) {
  std::vector<Document> docs;
  docs.reserve(files.size());
  Tally tally;
  for (const std::string& f : files) {
    docs.push_back(validate_file(f));
    tally.add(docs.back());
  }
  if (format == "json")
    write_json(std::cout, docs, g.lang);
  else if (format == "sarif")
    write_sarif(std::cout, docs, g.lang);
  else
    write_text(std::cout, docs, g.lang);
  std::cout.flush();
  return tally.exit_code();
}

}  // namespace zio::cli
