#include "render/zip.h"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/Path.h>
#include <Poco/StreamCopier.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

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

bool read_zip_entry(const std::string& zip, const std::string& path, std::string& out) {
  return with_archive(zip, [&](Poco::Zip::ZipArchive& archive, std::istringstream& in) {
    auto it = archive.findHeader(path);
    if (it == archive.headerEnd()) return false;
    in.clear();
    Poco::Zip::ZipInputStream zin(in, it->second);
    out.clear();
    Poco::StreamCopier::copyToString(zin, out);
    return true;
  });
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
