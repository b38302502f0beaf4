#pragma once
// YAML text -> a small tree of our own, built from yaml-cpp's parser events.
// We do not use YAML::Node because it hides what a validator must see:
// duplicate keys, where aliases point, whether a scalar was quoted; and it
// lets alias cycles and alias bombs through to whoever walks it.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.h"
#include "model/pos.h"
#include "util/read_file.h"

namespace zio {

struct YNode {
  enum class Kind { null, scalar, seq, map };
  Kind kind = Kind::null;
  Pos pos;
  std::string value;    // scalars
  bool quoted = false;  // scalars: quoted or block scalar, so never a number
  std::vector<YNode> items;       // sequence items, or map values
  std::vector<std::string> keys;  // map keys (scalar keys only)
  std::vector<Pos> key_pos;

  bool is_map() const { return kind == Kind::map; }
  bool is_seq() const { return kind == Kind::seq; }
  bool is_scalar() const { return kind == Kind::scalar; }
  // Map lookup; nullptr when absent or this is no map.
  const YNode* get(std::string_view key) const;
};

struct ParseLimits {
  int max_depth = 64;                 // the format needs 6 levels
  size_t max_alias_nodes = 100000;    // nodes copied through aliases, in all
  size_t max_bytes = 16u << 20;       // a region file is some tens of kB
};

// The result of parsing one file. `fatal` means there is no usable tree
// (unreadable, not UTF-8, broken YAML...): exit code 2 territory. Non-fatal
// D01 findings (duplicate keys, control characters) come with a usable tree.
struct ParseResult {
  std::unique_ptr<YNode> root;  // null when fatal or the file has no document
  Findings findings;
  bool fatal = false;
};

// Parses `text` (the whole file). Never throws for bad input.
ParseResult parse_yaml(std::string_view text, const ParseLimits& limits = {});

// Reads a regular file into `out` (util/read_file.h: no devices or FIFOs,
// the limit checked while reading); on failure returns false and a D01
// finding whose message names the true cause.
bool read_file(const std::string& path, std::string& out, Finding& error, size_t max_bytes);

// The message for a failed read: not found, a folder, a device or FIFO, no
// permission, a link loop, EIO, too large (then `too_large_note` follows).
Text read_error_message(const ReadStatus& s, size_t max_bytes, const Text& too_large_note = {});

}  // namespace zio
