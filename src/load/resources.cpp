#include "load/resources.h"

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>

namespace zio::generated {
struct Resource {
  std::string_view name;
  std::string_view data;
};
extern const Resource resources[];
extern const std::size_t resource_count;
}  // namespace zio::generated

namespace zio {

namespace {
std::string template_dir;
std::map<std::string, std::string, std::less<>> overrides;  // loaded on first use
const std::string_view prefix = "templates/";

std::filesystem::path override_path(std::string_view name) {
  return std::filesystem::path(template_dir) / std::string(name.substr(prefix.size()));
}

}  // namespace

void set_template_dir(const std::string& dir) {
  template_dir = dir;
  overrides.clear();
}

std::string resource_origin(std::string_view name) {
  if (template_dir.empty() || name.substr(0, prefix.size()) != prefix) return {};
  std::error_code ec;
  std::filesystem::path p = override_path(name);
  return std::filesystem::is_regular_file(p, ec) ? p.string() : std::string();
}

std::vector<std::string> resource_names(std::string_view start) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < generated::resource_count; ++i)
    if (generated::resources[i].name.substr(0, start.size()) == start) out.emplace_back(generated::resources[i].name);
  std::sort(out.begin(), out.end());
  return out;
}

std::string_view resource(std::string_view name) {
  if (!template_dir.empty() && name.substr(0, prefix.size()) == prefix) {
    auto it = overrides.find(name);
    if (it != overrides.end()) return it->second;
    // A user's folder is user input: only regular files (a FIFO of the
    // right name would hang the read), and no more than a template needs.
    std::filesystem::path p = override_path(name);
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) {
      std::ifstream in(p, std::ios::binary);
      std::string data;
      char buf[65536];
      while (in && data.size() <= max_template_bytes) {
        in.read(buf, sizeof buf);
        data.append(buf, static_cast<size_t>(in.gcount()));
      }
      if (data.size() > max_template_bytes) data.clear();  // refused: reads as missing, check_template_dir says why
      return overrides.emplace(std::string(name), std::move(data)).first->second;
    }
  }
  for (std::size_t i = 0; i < generated::resource_count; ++i)
    if (generated::resources[i].name == name) return generated::resources[i].data;
  return {};
}

}  // namespace zio
