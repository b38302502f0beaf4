#pragma once
// A deterministic zip container for ODT and DOCX, written with Poco::Zip:
// entries in the given order, a fixed timestamp, so equal input gives
// byte-identical files (golden tests, reproducible documents).
#include <string>
#include <vector>

namespace zio {

struct ZipEntry {
  std::string path;     // "content.xml", "word/document.xml"
  std::string data;
  bool stored = false;  // true: no compression (ODF's "mimetype" must be)
};

std::string make_zip(const std::vector<ZipEntry>& entries);

// The entry's content, or false when the archive has no such entry or is
// not a zip at all. For reading documents back (verify, tests).
bool read_zip_entry(const std::string& zip, const std::string& path, std::string& out);
std::vector<std::string> zip_entry_names(const std::string& zip);

}  // namespace zio
