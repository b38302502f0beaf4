#include "support.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

namespace zio::test {

Run run_zio(const std::vector<std::string>& args) { return run_program(ZIO_EXE, args, ZIO_SOURCE_DIR); }

Run run_program(const std::string& exe, const std::vector<std::string>& args, const std::string& cwd) {
  Poco::Pipe out_pipe, err_pipe;
  Poco::Process::Args a(args.begin(), args.end());
  Poco::ProcessHandle ph = Poco::Process::launch(exe, a, cwd, nullptr, &out_pipe, &err_pipe);
  Run r;
  // Read both pipes at once so neither can fill up and stall the child.
  std::thread err_reader([&] {
    Poco::PipeInputStream es(err_pipe);
    Poco::StreamCopier::copyToString(es, r.err);
  });
  Poco::PipeInputStream os(out_pipe);
  Poco::StreamCopier::copyToString(os, r.out);
  err_reader.join();
  r.code = ph.wait();
  return r;
}

std::string source_path(const std::string& relative) { return std::string(ZIO_SOURCE_DIR) + "/" + relative; }

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string temp_dir() {
  namespace fs = std::filesystem;
  std::random_device rd;
  fs::path p = fs::temp_directory_path() / ("zio-test-" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(p);
  return p.string();
}

bool matches_golden(const std::string& golden_relative, const std::string& actual) {
  std::string path = source_path(golden_relative);
  const char* accept = std::getenv("ZIO_ACCEPT");
  if (accept && std::string(accept) == "1") {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return true;
  }
  return std::filesystem::exists(path) && slurp(path) == actual;
}

}  // namespace zio::test
