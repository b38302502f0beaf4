#pragma once
// Helpers shared by the tests: run the real zio binary, read files.
#include <string>
#include <vector>

namespace zio::test {

struct Run {
  int code = -1;
  std::string out, err;
};

// Runs the zio executable with `args` in the source directory.
Run run_zio(const std::vector<std::string>& args);
// Runs any program (a full path) with `args` in `cwd`, capturing both streams.
Run run_program(const std::string& exe, const std::vector<std::string>& args, const std::string& cwd);

std::string slurp(const std::string& path);
std::string source_path(const std::string& relative);

// A fresh, empty directory under the system's temp directory.
std::string temp_dir();

// Compares `actual` with the golden file; with ZIO_ACCEPT=1 in the
// environment rewrites it instead (review the diff before committing).
bool matches_golden(const std::string& golden_relative, const std::string& actual);

}  // namespace zio::test
