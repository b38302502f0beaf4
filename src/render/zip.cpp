#include "render/zip.h"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/Path.h>
#include <Poco/StreamCopier.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <sstream>

namespace zio {

std::string make_zip(const std::vector<ZipEntry>& entries) {
  std::ostringstream out(std::ios::binary);
  Poco::Zip::Compress zip(out, true);
  const Poco::DateTime fixed(1980, 1, 1, 0, 0, 0);
  for (const ZipEntry& e : entries) {
    std::istringstream in(e.data, std::ios::binary);
    zip.addFile(in, fixed, Poco::Path(e.path, Poco::Path::PATH_UNIX),
                e.stored ? Poco::Zip::ZipCommon::CM_STORE : Poco::Zip::ZipCommon::CM_DEFLATE,
                Poco::Zip::ZipCommon::CL_SUPERFAST);
  }
  zip.close();
  return out.str();
}

namespace {
template <class F>
bool with_archive(const std::string& zip, F f) {
  try {
    std::istringstream in(zip, std::ios::binary);
    Poco::Zip::ZipArchive archive(in);
    return f(archive, in);
  } catch (const Poco::Exception&) {
    return false;
  } catch (const std::exception&) {
    return false;
  }
}
}  // namespace

namespace {

std::uint32_t le(const std::string& s, std::size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
  return v;
}

// Poco reads an archive cut short (its end record gone or partial) without
// complaint, so this checks the one thing it does not: that the file ends
// with an end-of-central-directory record (APPNOTE 4.3.16) whose comment
// reaches exactly to the end and whose directory ends where it begins.
bool has_end_record(const std::string& zip) {
  const std::size_t fixed = 22;
  if (zip.size() < fixed) return false;
  std::size_t lowest = zip.size() > fixed + 0xFFFF ? zip.size() - fixed - 0xFFFF : 0;
  for (std::size_t at = zip.size() - fixed + 1; at-- > lowest;) {
    if (zip.compare(at, 4, "PK\x05\x06") != 0) continue;
    if (at + fixed + le(zip, at + 20, 2) != zip.size()) continue;
    std::uint64_t cd_size = le(zip, at + 12, 4), cd_offset = le(zip, at + 16, 4);
    if (cd_offset == 0xFFFFFFFF || cd_size == 0xFFFFFFFF) return true;  // zip64: Poco checks that record
    return cd_offset + cd_size == at;
  }
  return false;
}

// Inflates one entry, stopping as soon as a bound is passed.
bool inflate_entry(std::istringstream& in, const Poco::Zip::ZipLocalFileHeader& h, std::string& out,
                   std::uint64_t room, const ZipLimits& limits, std::string& why, bool& too_large) {
  std::uint64_t compressed = h.getCompressedSize();
  std::uint64_t cap = std::min<std::uint64_t>(limits.max_entry, room);
  if (h.getUncompressedSize() > cap) {
    why = "entry " + h.getFileName() + " is too large when inflated";
    too_large = true;
    return false;
  }
  in.clear();
  Poco::Zip::ZipInputStream zin(in, h);
  out.clear();
  char buf[1 << 15];
  while (zin) {
    zin.read(buf, sizeof buf);
    std::streamsize n = zin.gcount();
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    if (out.size() > cap || out.size() > std::max<std::uint64_t>(compressed, 1024) * limits.max_ratio) {
      why = "entry " + h.getFileName() + " inflates beyond the limits (a zip bomb?)";
      too_large = true;
      return false;
    }
  }
  if (zin.bad()) {
    why = "entry " + h.getFileName() + " is damaged";
    return false;
  }
  if (out.size() != h.getUncompressedSize()) {
    why = "entry " + h.getFileName() + " is shorter or longer than the archive says";
    return false;
  }
  return true;
}

}  // namespace

bool read_zip(const std::string& zip, std::vector<ZipEntry>& out, std::string& why, bool* too_large_out,
              const ZipLimits& limits) {
  out.clear();
  if (!has_end_record(zip)) {
    why = "the archive has no complete end record (truncated?)";
    if (too_large_out) *too_large_out = false;
    return false;
  }
  bool too_large = false;
  bool ok = with_archive(zip, [&](Poco::Zip::ZipArchive& archive, std::istringstream& in) {
    std::vector<std::pair<Poco::UInt64, const Poco::Zip::ZipLocalFileHeader*>> by_offset;
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it)
      by_offset.emplace_back(it->second.getStartPos(), &it->second);
    if (by_offset.size() > limits.max_entries) {
      why = "too many entries";
      too_large = true;
      return false;
    }
    // Every entry must also be in the central directory at the end: a file
    // cut short loses it.
    if (archive.fileInfoBegin() == archive.fileInfoEnd() ||
        static_cast<std::size_t>(std::distance(archive.fileInfoBegin(), archive.fileInfoEnd())) != by_offset.size()) {
      why = "the archive's directory is missing or incomplete (truncated?)";
      return false;
    }
    std::sort(by_offset.begin(), by_offset.end());
    std::uint64_t total = 0;
    for (auto& [_, h] : by_offset) {
      if (h->isDirectory()) continue;
      ZipEntry e;
      e.path = h->getFileName();
      e.stored = h->getCompressionMethod() == Poco::Zip::ZipCommon::CM_STORE;
      if (!inflate_entry(in, *h, e.data, limits.max_total - total, limits, why, too_large)) return false;
      total += e.data.size();
      out.push_back(std::move(e));
    }
    return true;
  });
  if (!ok && why.empty()) why = "not a zip archive, or a damaged one";
  if (too_large_out) *too_large_out = too_large;
  return ok;
}

bool read_zip_entry(const std::string& zip, const std::string& path, std::string& out) {
  std::vector<ZipEntry> entries;
  std::string why;
  if (!read_zip(zip, entries, why)) return false;
  for (ZipEntry& e : entries)
    if (e.path == path) {
      out = std::move(e.data);
      return true;
    }
  return false;
}

std::vector<std::string> zip_entry_names(const std::string& zip) {
  std::vector<std::string> names;
  with_archive(zip, [&](Poco::Zip::ZipArchive& archive, std::istringstream&) {
    // Headers are kept in a map; order them by their offset in the file.
    std::vector<std::pair<Poco::UInt64, std::string>> by_offset;
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it)
      by_offset.emplace_back(it->second.getStartPos(), it->first);
    std::sort(by_offset.begin(), by_offset.end());
    for (auto& [_, name] : by_offset) names.push_back(name);
    return true;
  });
  return names;
}

}  // namespace zio
