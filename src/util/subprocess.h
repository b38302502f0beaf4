#pragma once
// Runs a program (no shell) and collects its standard output, with a time
// limit and a cap on the output kept, so a hostile input cannot make a
// helper tool (pdftotext, pdfinfo) hang zio or fill its memory.
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace zio {

struct RunResult {
  bool started = false;
  bool timed_out = false;
  bool truncated = false;  // more output than max_output
  int code = -1;
  std::string out;
};

RunResult run_capture(const std::string& exe, const std::vector<std::string>& args, std::chrono::seconds limit,
                      std::size_t max_output = 64u << 20);

}  // namespace zio
