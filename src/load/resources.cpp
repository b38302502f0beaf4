#include "load/resources.h"

#include <cstddef>

namespace zio::generated {
struct Resource {
  std::string_view name;
  std::string_view data;
};
extern const Resource resources[];
extern const std::size_t resource_count;
}  // namespace zio::generated

namespace zio {

std::string_view resource(std::string_view name) {
  for (std::size_t i = 0; i < generated::resource_count; ++i)
    if (generated::resources[i].name == name) return generated::resources[i].data;
  return {};
}

}  // namespace zio
