#include "util/subprocess.h"

#include <Poco/Pipe.h>
#include <Poco/Process.h>

#include <thread>

namespace zio {

RunResult run_capture(const std::string& exe, const std::vector<std::string>& args, std::chrono::seconds limit,
                      std::size_t max_output) {
  RunResult r;
  try {
    Poco::Pipe out_pipe, err_pipe;
    Poco::Process::Args a(args.begin(), args.end());
    Poco::ProcessHandle ph = Poco::Process::launch(exe, a, nullptr, &out_pipe, &err_pipe);
    r.started = true;
    out_pipe.close(Poco::Pipe::CLOSE_WRITE);
    err_pipe.close(Poco::Pipe::CLOSE_WRITE);
    std::thread drain_out([&] {
      char buf[1 << 14];
      for (int n; (n = out_pipe.readBytes(buf, sizeof buf)) > 0;) {
        if (r.out.size() + static_cast<std::size_t>(n) > max_output) r.truncated = true;
        else r.out.append(buf, static_cast<std::size_t>(n));
      }
    });
    std::thread drain_err([&] {
      char buf[4096];
      while (err_pipe.readBytes(buf, sizeof buf) > 0) {
      }
    });
    auto deadline = std::chrono::steady_clock::now() + limit;
    int rc = -1;
    while ((rc = ph.tryWait()) == -1 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    if (rc == -1) {
      Poco::Process::kill(ph);
      ph.wait();
      r.timed_out = true;
    }
    drain_out.join();
    drain_err.join();
    r.code = rc;
  } catch (const std::exception&) {
    r.started = false;
  }
  return r;
}

}  // namespace zio
