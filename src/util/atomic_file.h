#pragma once
#include <string>
#include <string_view>
#include <utility>

namespace zio {

// Writes `data` to `path` through a temporary file in the same directory and
// a rename, so a reader never sees half a file and a failure leaves any
// existing file untouched. (Atomic, not synced to disk.) Returns false and sets `error` on failure.
bool write_file_atomic(const std::string& path, std::string_view data, std::string& error);

// Whether the two paths name one file (same device and inode, so also
// through symbolic or hard links). False when either does not exist.
bool same_file(const std::string& a, const std::string& b);
// The (device, inode) pair same_file compares; false when `path` does not exist.
bool file_identity(const std::string& path, std::pair<unsigned long long, unsigned long long>& id);

}  // namespace zio
