#pragma once
#include <cstddef>
#include <functional>

namespace zio {

// Calls fn(i) for every i in [0, n) on all cores (validating a set of files:
// each file is independent and parsing dominates). The first exception stops
// the work not yet started and is rethrown once every worker has ended.
void parallel_for(std::size_t n, const std::function<void(std::size_t)>& fn);

}  // namespace zio
