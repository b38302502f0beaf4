#pragma once
#include <string>
#include <string_view>

namespace zio {

// Writes `data` to `path` through a temporary file in the same directory and
// a rename, so a reader never sees half a file and a failure leaves any
// existing file untouched. (Atomic, not synced to disk.) Returns false and sets `error` on failure.
bool write_file_atomic(const std::string& path, std::string_view data, std::string& error);

}  // namespace zio
