#include "util/scratch_dir.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <system_error>

namespace zio {

namespace {

constexpr int kSlots = 64;
constexpr size_t kPathMax = 4096;

// Fixed storage the signal handler may read without allocating.
char g_paths[kSlots][kPathMax];
std::atomic<bool> g_used[kSlots];
std::atomic<pid_t> g_children[kSlots];
std::mutex g_mutex;  // only for claiming slots, never taken in the handler

struct linux_dirent64 {
  ino64_t d_ino;
  off64_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[1];  // NUL-terminated, longer than declared
};

// Removes everything below the open directory `fd` (async-signal-safe:
// openat, getdents64, unlinkat, close only). Depth-limited: our scratch
// trees (LibreOffice's profile) are a dozen levels deep at most.
void remove_below(int fd, int depth) {
  if (depth > 32) return;
  alignas(linux_dirent64) char buf[4096];
  for (;;) {
    long n = syscall(SYS_getdents64, fd, buf, sizeof buf);
    if (n <= 0) break;
    bool removed_any = false;
    for (long off = 0; off < n;) {
      auto* d = reinterpret_cast<linux_dirent64*>(buf + off);
      off += d->d_reclen;
      const char* name = d->d_name;
      if ((name[0] == '.' && name[1] == 0) || (name[0] == '.' && name[1] == '.' && name[2] == 0)) continue;
      if (unlinkat(fd, name, 0) == 0) {
        removed_any = true;
        continue;
      }
      int sub = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (sub >= 0) {
        remove_below(sub, depth + 1);
        close(sub);
      }
      if (unlinkat(fd, name, AT_REMOVEDIR) == 0) removed_any = true;
    }
    // Entries removed while reading: start over so none is skipped.
    if (removed_any) lseek(fd, 0, SEEK_SET);
  }
}

void remove_tree(const char* path) {
  int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd >= 0) {
    remove_below(fd, 0);
    close(fd);
  }
  rmdir(path);
}

extern "C" void on_signal(int sig) {
  int saved = errno;
  for (int i = 0; i < kSlots; ++i) {
    pid_t pid = g_children[i].load();
    if (pid > 0) {
      kill(-pid, SIGKILL);  // its process group, when it leads one (pdf.cpp)
      kill(pid, SIGKILL);
    }
  }
  for (int i = 0; i < kSlots; ++i)
    if (g_used[i].load()) remove_tree(g_paths[i]);
  errno = saved;
  signal(sig, SIG_DFL);  // and end as the signal would have
  raise(sig);
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction old {};
      sigaction(sig, nullptr, &old);
      if (old.sa_handler == SIG_IGN) continue;  // nohup: keep ignoring
      struct sigaction sa {};
      sa.sa_handler = on_signal;
      sigemptyset(&sa.sa_mask);
      for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&sa.sa_mask, s);
      sigaction(sig, &sa, nullptr);
    }
  });
}

}  // namespace

ScratchDir::ScratchDir(const std::string& prefix) {
  install_handlers();
  std::string templ = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
  if (templ.size() >= kPathMax) throw std::runtime_error("temporary directory path too long");
  char buf[kPathMax];
  std::memcpy(buf, templ.c_str(), templ.size() + 1);
  if (!mkdtemp(buf)) throw std::system_error(errno, std::generic_category(), "mkdtemp " + templ);
  path = buf;
  std::lock_guard<std::mutex> lock(g_mutex);
  for (int i = 0; i < kSlots; ++i) {
    if (g_used[i].load()) continue;
    std::memcpy(g_paths[i], buf, std::strlen(buf) + 1);
    g_used[i].store(true);
    slot_ = i;
    break;
  }
}

ScratchDir::~ScratchDir() {
  if (slot_ >= 0) g_used[slot_].store(false);
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
}

void register_child(pid_t pid) {
  for (int i = 0; i < kSlots; ++i) {
    pid_t none = 0;
    if (g_children[i].compare_exchange_strong(none, pid)) return;
  }
}

void unregister_child(pid_t pid) {
  for (int i = 0; i < kSlots; ++i) {
    pid_t p = pid;
    if (g_children[i].compare_exchange_strong(p, 0)) return;
  }
}

}  // namespace zio
