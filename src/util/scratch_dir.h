#pragma once
// A private temporary directory (mode 0700, made atomically by mkdtemp, so
// other users cannot read the documents in it), removed with everything in
// it when the object goes out of scope, when an exception passes, and when
// zio is stopped by SIGINT, SIGTERM or SIGHUP: a signal handler removes
// every live scratch directory (with async-signal-safe calls only), stops
// the helper processes registered with it, then lets the signal end zio.
#include <filesystem>
#include <string>

#include <sys/types.h>

namespace zio {

struct ScratchDir {
  std::filesystem::path path;
  // Throws std::runtime_error when the directory cannot be made.
  explicit ScratchDir(const std::string& prefix = "zio-");
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

 private:
  int slot_ = -1;
};

// A helper process (LibreOffice) to kill, with the process group it leads,
// when a signal stops zio; it would otherwise keep writing into a removed
// scratch directory.
void register_child(pid_t pid);
void unregister_child(pid_t pid);

}  // namespace zio
