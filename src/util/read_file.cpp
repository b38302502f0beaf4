#include "util/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace zio {

namespace {

ReadError classify(int e) {
  switch (e) {
    case ENOENT:
    case ENOTDIR:
    case ENAMETOOLONG: return ReadError::not_found;
    case EISDIR: return ReadError::is_directory;
    case EACCES:
    case EPERM: return ReadError::permission;
    case ELOOP: return ReadError::loop;
    case EIO: return ReadError::io;
    default: return ReadError::other;
  }
}

ReadStatus fail(int e) {
  ReadStatus s;
  s.error = classify(e);
  s.err = e;
  return s;
}

}  // namespace

ReadStatus read_regular_file(const std::string& path, std::string& out, std::size_t max_bytes) {
  out.clear();
  // O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return fail(errno);
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return fail(errno);
  if (S_ISDIR(st.st_mode)) return fail(EISDIR);
  if (!S_ISREG(st.st_mode)) {
    ReadStatus s;
    s.error = ReadError::not_regular;
    return s;
  }
  ReadStatus s;
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    s.error = ReadError::too_large;
    s.size = static_cast<std::uint64_t>(st.st_size);
    return s;
  }
  // The size may change while reading (a file still being written): the
  // limit holds for what is read, not for what stat said.
  out.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      ReadStatus f = fail(errno);
      out.clear();
      return f;
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > max_bytes) {
      s.error = ReadError::too_large;
      s.size = out.size() + static_cast<std::size_t>(n);
      out.clear();
      return s;
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  s.size = out.size();
  return s;
}

}  // namespace zio
