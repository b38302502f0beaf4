#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace zio {

// A file compiled into the binary (reference data, starter files), by its
// path in the source tree ("data/gemeenten_2026.csv"); empty when unknown.
// With an override directory set, a file there of the same name (the path
// below "templates/") is used instead, so users can replace templates and
// styles without rebuilding.
std::string_view resource(std::string_view name);

// The names of every compiled-in file, in build order (for `zio --version`,
// which lists the CBS data it carries).
std::vector<std::string> resource_names();

// Sets the directory searched first for "templates/..." resources; empty
// to use only the compiled-in ones. Not thread-safe: call before work starts.
void set_template_dir(const std::string& dir);

}  // namespace zio
