#pragma once
// Files compiled into the binary (templates, styles, reference data,
// starter files), and the user's replacements for the templates.
#include <cstddef>
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

// The largest replacement template or styles file read (larger ones are
// refused as unreadable).
inline constexpr std::size_t max_template_bytes = 4u << 20;

// Sets the directory searched first for "templates/..." resources; empty
// to use only the compiled-in ones. Not thread-safe: call before work starts.
void set_template_dir(const std::string& dir);

// The file a "templates/..." resource is read from when the template
// directory replaces it ("DIR/contract.nl.md.mustache"); empty when the
// compiled-in one is used. For messages that point at the user's file.
std::string resource_origin(std::string_view name);

// The names of the compiled-in resources that start with `prefix`, sorted.
std::vector<std::string> resource_names(std::string_view prefix);

}  // namespace zio
