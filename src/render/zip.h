#pragma once
// A deterministic zip container for ODT and DOCX, written with Poco::Zip:
// entries in the given order, a fixed timestamp, so equal input gives
// byte-identical files (golden tests, reproducible documents).
#include <cstddef>
#include <cstdint>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace zio {

struct ZipEntry {
  std::string path;     // "content.xml", "word/document.xml"
  std::string data;
  bool stored = false;  // true: no compression (ODF's "mimetype" must be)
};

std::string make_zip(const std::vector<ZipEntry>& entries);

// Bounds for reading an untrusted archive (a zip bomb is a few MB that
// inflate to GBs): per entry, in total, and the ratio of inflated to
// compressed size (deflate of XML reaches ~20-50x; 1000x is a bomb).
struct ZipLimits {
  std::uint64_t max_entry = 64u << 20;
  std::uint64_t max_total = 256u << 20;
  std::uint64_t max_ratio = 1000;
  std::size_t max_entries = 10000;
};

// Every entry of the archive in the order of the file, inflated within
// `limits` (checked while inflating, not only from the sizes the archive
// claims). False with a reason (English, for the caller to word) when it
// is not a zip, is truncated or malformed, or passes a limit (`too_large`
// then true).
bool read_zip(const std::string& zip, std::vector<ZipEntry>& out, std::string& why, bool* too_large = nullptr,
              const ZipLimits& limits = {});

// The entry's content, or false when the archive has no such entry, is not
// a zip at all, or passes read_zip's limits. For reading documents back (tests).
bool read_zip_entry(const std::string& zip, const std::string& path, std::string& out);
std::vector<std::string> zip_entry_names(const std::string& zip);

}  // namespace zio
