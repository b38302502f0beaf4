#pragma once
// Loading one file: read, parse, then fill the model (region or national).
#include <string>
#include <vector>

#include "load/reader.h"
#include "model/finding.h"
#include "model/region.h"

namespace zio {

enum class FileKind { unknown, region, national };

// A scalar value as written, with its key path (list indexes as "[]":
// "partijen[].naam"), for rules that read every text (D08).
struct Leaf {
  std::string path, value;
  Pos pos;
  std::string where;  // the same path with the indexes, 0-based: "partijen[2].naam"
};

struct Document {
  std::string path;
  std::string text;  // the file as read, for quoting source lines
  FileKind kind = FileKind::unknown;
  Region region;
  National national;
  Findings findings;   // D01/D02 from loading; rules append theirs
  bool fatal = false;  // could not be read or parsed at all (exit code 2)
  std::string fingerprint;  // canonical-data SHA-256, when asked for at load
  std::vector<Leaf> leaves;  // every scalar value of a region file, in file order

  // Line n (1-based) of the text without its line break; empty when absent.
  // The line starts are found once, so quoting every finding's line stays
  // linear in the file (100k findings used to rescan the file each).
  std::string line(int n) const;

 private:
  mutable std::vector<size_t> line_starts_;  // filled by the first line()
  mutable size_t indexed_size_ = static_cast<size_t>(-1);
};

// Reads and loads a file. `catalog`, when given, records every key the
// loader knows (see reader.h). With `fingerprint`, Document::fingerprint is
// computed from the same parse (load/canonical.h). Never throws for bad input.
Document load_file(const std::string& path, KeyCatalog* catalog = nullptr, bool fingerprint = false);
Document load_text(std::string path, std::string text, KeyCatalog* catalog = nullptr, bool fingerprint = false);

// The reference that stands for every gemeente party in a financiers list.
inline constexpr const char* alle_gemeenten = "alle-gemeenten";

// The enum values of format v1, shared by the loader and the rules.
namespace values {
extern const std::vector<std::string> status, partij_soort, sector, school_soort, clusters, jeugdhulp_vorm, wlz_vorm,
    wlz_prestatie, geschil_vorm, actie_status, motie_status;
}

}  // namespace zio
