#pragma once
#include <string_view>

namespace zio {

// A file compiled into the binary (reference data, starter files), by its
// path in the source tree ("data/gemeenten_2026.csv"); empty when unknown.
std::string_view resource(std::string_view name);

}  // namespace zio
