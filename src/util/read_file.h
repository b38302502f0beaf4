#pragma once
// Reads a regular file whole, with the size limit checked while reading:
// a device (/dev/zero), a FIFO or a socket is refused before a byte is read
// (opening does not wait for a writer), so no input can hang or exhaust
// memory. Each way of failing is told apart, so messages can be true.
#include <cstddef>
#include <cstdint>
#include <string>

namespace zio {

enum class ReadError {
  none,
  not_found,     // no such file (or a path component is not a folder)
  is_directory,
  not_regular,   // a device, FIFO or socket
  permission,    // no read permission
  loop,          // too many levels of symbolic links
  io,            // the disk or file system failed (EIO)
  too_large,     // more than max_bytes
  other,         // anything else; see err
};

struct ReadStatus {
  ReadError error = ReadError::none;
  int err = 0;             // errno, for `other`
  std::uint64_t size = 0;  // bytes seen (too_large: at least max_bytes + 1)
  explicit operator bool() const { return error == ReadError::none; }
};

ReadStatus read_regular_file(const std::string& path, std::string& out, std::size_t max_bytes);

}  // namespace zio
