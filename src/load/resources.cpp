#include "load/resources.h"

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

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
}  // namespace

void set_template_dir(const std::string& dir) {
  template_dir = dir;
  overrides.clear();
}

std::vector<std::string> resource_names() {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < generated::resource_count; ++i) out.emplace_back(generated::resources[i].name);
  return out;
}

std::string_view resource(std::string_view name) {
  static const std::string_view prefix = "templates/";
  if (!template_dir.empty() && name.substr(0, prefix.size()) == prefix) {
    auto it = overrides.find(name);
    if (it != overrides.end()) return it->second;
    std::filesystem::path p = std::filesystem::path(template_dir) / std::string(name.substr(prefix.size()));
    std::ifstream in(p, std::ios::binary);
    if (in) {
      std::stringstream ss;
      ss << in.rdbuf();
      return overrides.emplace(std::string(name), ss.str()).first->second;
    }
  }
  for (std::size_t i = 0; i < generated::resource_count; ++i)
    if (generated::resources[i].name == name) return generated::resources[i].data;
  return {};
}

}  // namespace zio
