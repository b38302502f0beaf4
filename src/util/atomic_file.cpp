#include "util/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

namespace zio {

bool write_file_atomic(const std::string& path, std::string_view data, std::string& error) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::random_device rd;
  std::string tmp =
      (dir / ("." + target.filename().string() + ".tmp-" + std::to_string(getpid()) + "-" + std::to_string(rd()))).string();
  std::FILE* f = std::fopen(tmp.c_str(), "wbx");
  if (!f) {
    error = std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  // No fsync: the rename already guarantees readers see the old file or
  // the whole new one; durability across a power cut is not worth the
  // 20-50 ms it costs every document (measured: it was most of a render).
  ok = std::fflush(f) == 0 && ok;
  if (!ok) error = std::strerror(errno);
  if (std::fclose(f) != 0 && ok) {
    ok = false;
    error = std::strerror(errno);
  }
  if (ok) {
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) {
      ok = false;
      error = ec.message();
    }
  }
  if (!ok) std::remove(tmp.c_str());
  return ok;
}

bool file_identity(const std::string& path, std::pair<unsigned long long, unsigned long long>& id) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  id = {static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino)};
  return true;
}

bool same_file(const std::string& a, const std::string& b) {
  std::pair<unsigned long long, unsigned long long> ia, ib;
  return file_identity(a, ia) && file_identity(b, ib) && ia == ib;
}

}  // namespace zio
