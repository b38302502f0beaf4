#pragma once
// The one folder `zio serve` works on. Only region files directly in it
// are read or written (and history copies in its .zio/geschiedenis/): a
// name from a request is a bare file name, never a path, and a symlink
// that leads out of the folder is refused. Saving is atomic and keeps the
// previous version; a save based on a version that is no longer on disk is
// refused (a conflict), so no edit is lost silently.
#include <mutex>
#include <string>
#include <vector>

#include "model/text.h"

namespace zio::serve {

// The largest file read or saved: the loader's own limit.
inline constexpr std::size_t max_file_bytes = 16u << 20;

struct Entry {
  std::string name;     // "hart-van-brabant.yaml"
  std::string version;  // SHA-256 hex of the bytes on disk
};

enum class SaveResult { saved, conflict, failed };

class Folder {
 public:
  // `dir` must exist; it is made absolute and canonical.
  explicit Folder(const std::string& dir);
  const std::string& dir() const { return dir_; }

  // A bare region file name: not empty, no '/', '\\' or NUL, not starting
  // with '.', ending in .yaml or .yml (any case), at most 255 bytes.
  static bool valid_name(const std::string& name);

  // The path of `name` when it is a valid name whose file (if any) lies
  // directly in the folder, also after following a symlink; else empty and
  // `why` says why.
  std::string path_of(const std::string& name, Text& why) const;

  // The region files (*.yaml, *.yml, regular files or symlinks inside the
  // folder) with their current version, sorted by name.
  std::vector<Entry> list() const;

  // Reads `name`; false with `why` when it is not allowed, missing, too
  // large or unreadable.
  bool read(const std::string& name, std::string& text, std::string& version, Text& why) const;

  // Saves `text` as `name` when the file on disk is still `base` (its
  // version when the page loaded it; empty: the file must not exist yet).
  // The previous version is first copied to
  // .zio/geschiedenis/NAME.YYYYMMDDTHHMMSS.yaml (local time), then the new
  // one written atomically. On a conflict `disk_text` and `disk_version`
  // hold what is on disk now and nothing is written. Saves are serialised,
  // so two racing saves from the same base cannot both win.
  SaveResult save(const std::string& name, const std::string& text, const std::string& base, std::string& version,
                  std::string& disk_text, std::string& disk_version, Text& why);

  // Where the history copies go (.zio/geschiedenis in the folder).
  std::string history_dir() const;

  // Waits for a save in progress and refuses any later one: called when
  // the server shuts down, so it never stops halfway through a save.
  void close();

 private:
  std::string dir_;
  std::mutex save_mutex_;
  bool closed_ = false;
};

// SHA-256 hex of `bytes`.
std::string version_of(const std::string& bytes);

}  // namespace zio::serve
