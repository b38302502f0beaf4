#include "serve/folder.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/atomic_file.h"

namespace zio::serve {

namespace fs = std::filesystem;

std::string version_of(const std::string& bytes) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(sha.digest());
}

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Reads at most max_file_bytes; false when larger or unreadable.
bool slurp(const fs::path& p, std::string& out, Text& why) {
  std::error_code ec;
  if (!fs::is_regular_file(p, ec)) {
    why = {"het bestand bestaat niet of is geen gewoon bestand", "the file does not exist or is not a regular file"};
    return false;
  }
  auto size = fs::file_size(p, ec);
  if (ec || size > max_file_bytes) {
    why = {"het bestand is groter dan 16 MB", "the file is larger than 16 MB"};
    return false;
  }
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    why = {"het bestand kan niet gelezen worden", "the file cannot be read"};
    return false;
  }
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  if (out.size() > max_file_bytes) {
    why = {"het bestand is groter dan 16 MB", "the file is larger than 16 MB"};
    return false;
  }
  return true;
}

// A directory of ours inside the folder: created when missing, refused
// when it is a symlink (which could lead anywhere).
bool own_dir(const fs::path& p, Text& why) {
  std::error_code ec;
  auto st = fs::symlink_status(p, ec);
  if (st.type() == fs::file_type::not_found) {
    fs::create_directory(p, ec);
    if (!ec) return true;
  } else if (st.type() == fs::file_type::directory) {
    return true;
  }
  why = Text{"de map ", "the directory "} + p.string() +
        Text{" kan niet gebruikt worden voor de geschiedenis", " cannot be used for the history"};
  return false;
}

std::string timestamp() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%S", &tm);
  return buf;
}

}  // namespace

Folder::Folder(const std::string& dir) : dir_(fs::canonical(fs::absolute(dir)).string()) {}

bool Folder::valid_name(const std::string& name) {
  if (name.empty() || name.size() > 255 || name[0] == '.') return false;
  for (char c : name)
    if (c == '/' || c == '\\' || c == '\0' || static_cast<unsigned char>(c) < 0x20) return false;
  std::string l = lower(name);
  return ends_with(l, ".yaml") || ends_with(l, ".yml");
}

std::string Folder::path_of(const std::string& name, Text& why) const {
  if (!valid_name(name)) {
    why = Text{"'", "'"} + name +
          Text{"' is geen bestandsnaam van een regiobestand in deze map (.yaml of .yml, zonder map ervoor)",
               "' is not the name of a region file in this folder (.yaml or .yml, without a directory)"};
    return {};
  }
  fs::path p = fs::path(dir_) / name;
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(p, ec))) {
    fs::path target = fs::weakly_canonical(p, ec);
    if (ec || target.parent_path() != fs::path(dir_)) {
      why = Text{"'", "'"} + name + Text{"' verwijst naar een bestand buiten de map", "' points to a file outside the folder"};
      return {};
    }
  }
  return p.string();
}

std::vector<Entry> Folder::list() const {
  std::vector<Entry> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    Text why;
    std::string path = path_of(name, why);
    if (path.empty()) continue;
    std::string text;
    Entry e{name, {}};
    if (slurp(path, text, why))
      e.version = version_of(text);
    else if (!fs::is_regular_file(path, ec))
      continue;  // a directory called x.yaml, a dangling link
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return out;
}

bool Folder::read(const std::string& name, std::string& text, std::string& version, Text& why) const {
  std::string path = path_of(name, why);
  if (path.empty() || !slurp(path, text, why)) return false;
  version = version_of(text);
  return true;
}

void Folder::close() {
  std::lock_guard<std::mutex> lock(save_mutex_);
  closed_ = true;
}

std::string Folder::history_dir() const { return (fs::path(dir_) / ".zio" / "geschiedenis").string(); }

SaveResult Folder::save(const std::string& name, const std::string& text, const std::string& base, std::string& version,
                        std::string& disk_text, std::string& disk_version, Text& why) {
  std::string path = path_of(name, why);
  if (path.empty()) return SaveResult::failed;
  if (text.size() > max_file_bytes) {
    why = {"de tekst is groter dan 16 MB", "the text is larger than 16 MB"};
    return SaveResult::failed;
  }
  std::lock_guard<std::mutex> lock(save_mutex_);
  if (closed_) {
    why = {"de server stopt; er wordt niets meer opgeslagen", "the server is stopping; nothing is saved any more"};
    return SaveResult::failed;
  }
  std::error_code ec;
  const bool exists = fs::exists(fs::symlink_status(path, ec));
  disk_text.clear();
  disk_version.clear();
  if (exists) {
    Text rwhy;
    if (!slurp(path, disk_text, rwhy)) {
      why = rwhy;
      return SaveResult::failed;
    }
    disk_version = version_of(disk_text);
  }
  if (disk_version != base) return SaveResult::conflict;
  if (exists) {
    fs::path zio_dir = fs::path(dir_) / ".zio";
    if (!own_dir(zio_dir, why) || !own_dir(history_dir(), why)) return SaveResult::failed;
    std::string stem = fs::path(name).stem().string();
    std::string copy = (fs::path(history_dir()) / (stem + "." + timestamp() + ".yaml")).string();
    // Two saves in one second: keep both previous versions.
    for (int n = 2; fs::exists(fs::symlink_status(copy, ec)); ++n)
      copy = (fs::path(history_dir()) / (stem + "." + timestamp() + "-" + std::to_string(n) + ".yaml")).string();
    std::string err;
    if (!write_file_atomic(copy, disk_text, err)) {
      why = Text{"kan de vorige versie niet bewaren: ", "cannot keep the previous version: "} + err;
      return SaveResult::failed;
    }
  }
  std::string err;
  if (!write_file_atomic(path, text, err)) {
    why = Text{"kan " + name + " niet schrijven: ", "cannot write " + name + ": "} + err;
    return SaveResult::failed;
  }
  version = version_of(text);
  return SaveResult::saved;
}

}  // namespace zio::serve
