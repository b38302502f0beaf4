#pragma once
// The canonical form of a file's data, for the fingerprint that ties a
// rendered document to the exact data that was checked: the YAML tree as
// JSON with keys sorted and scalars typed as YAML 1.2's core schema types
// them. Comments, key order, quoting style and layout do not change it.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "load/yaml_tree.h"

namespace zio {

nlohmann::json canonical_json(const YNode& node);

// SHA-256 (hex, lower case) of the canonical JSON of `text`; empty when the
// text does not parse.
std::string fingerprint(std::string_view yaml_text);
// The same for an already parsed tree.
std::string fingerprint_of(const YNode& root);

}  // namespace zio
