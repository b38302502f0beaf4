#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "rules/docs.h"
#include "rules/output.h"
#include "rules/validate.h"
#include "util/atomic_file.h"

namespace zio::cli {

namespace {

// The first failing case of a rule (tests/rules/ID/fail-*.yaml), sorted by
// name so the page is stable.
bool first_failing_case(const std::string& cases_dir, const std::string& id, std::filesystem::path& out) {
  namespace fs = std::filesystem;
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(cases_dir) / id, ec))
    if (e.path().filename().string().rfind("fail", 0) == 0 && e.path().extension() == ".yaml") found.push_back(e.path());
  if (found.empty()) return false;
  std::sort(found.begin(), found.end());
  out = found.front();
  return true;
}

}  // namespace

int rules(const Global& g, const std::string& docs_dir, const std::string& cases_dir) {
  if (docs_dir.empty()) {
    write_catalogue(std::cout, g.lang);
    return finish_output(g) ? 0 : 2;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(docs_dir, ec);
  int rc = 0;
  auto write = [&](const std::string& name, const std::string& text) {
    std::string err;
    if (!write_file_atomic((fs::path(docs_dir) / name).string(), text, err)) {
      error(g, Text{"kan " + name + " niet schrijven: ", "cannot write " + name + ": "} + err);
      rc = 2;
    }
  };
  for (const Rule* r : all_rules()) {
    fs::path example;
    std::string yaml, findings;
    if (first_failing_case(cases_dir, r->info.id, example)) {
      std::ifstream in(example, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      yaml = ss.str();
      Document doc = load_text(example.filename().string(), yaml);
      run_rules(doc);
      // Only this rule's findings: the example is about this rule.
      doc.findings.erase(std::remove_if(doc.findings.begin(), doc.findings.end(),
                                        [&](const Finding& f) { return f.rule != r->info.id; }),
                         doc.findings.end());
      std::ostringstream out;
      write_text(out, {doc}, Lang::nl);
      findings = out.str();
    } else {
      error(g, Text{"geen testgeval fail-*.yaml voor ", "no fail-*.yaml test case for "} + r->info.id);
      rc = 1;
    }
    write(std::string(r->info.id) + ".md", rule_page(*r, example.filename().string(), yaml, findings));
  }
  write("README.md", rule_index_page());
  return rc;
}

}  // namespace zio::cli
