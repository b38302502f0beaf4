// Paths that must stay linear in the size of the input: a hostile file of
// 16 MB (the cap) must not take minutes. Timed as a ratio of two sizes, so
// a slow or loaded machine does not matter: linear work grows 4x for 4x
// the input, quadratic 16x.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "load/loader.h"
#include "load/yaml_tree.h"

namespace {

// A mapping with n distinct keys, each given twice.
std::string duplicate_keys(int n) {
  std::string s = "zio: 1\n";
  for (int round = 0; round < 2; ++round)
    for (int i = 0; i < n; ++i) s += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  return s;
}

template <class F>
double seconds(F f) {
  auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST_CASE("duplicate keys: the check is linear in the number of keys") {
  const int small = 20000, large = 80000;
  std::string a = duplicate_keys(small), b = duplicate_keys(large);
  size_t found_a = 0, found_b = 0;
  double ta = seconds([&] { found_a = zio::parse_yaml(a).findings.size(); });
  double tb = seconds([&] { found_b = zio::parse_yaml(b).findings.size(); });
  CHECK(found_a == static_cast<size_t>(small));
  CHECK(found_b == static_cast<size_t>(large));
  INFO("20k keys: " << ta << " s, 80k keys: " << tb << " s");
  CHECK(tb < 9 * std::max(ta, 0.01));
}

TEST_CASE("source lines: quoting every finding's line is linear in the file") {
  const int small = 10000, large = 40000;
  zio::Document a = zio::load_text("a.yaml", duplicate_keys(small));
  zio::Document b = zio::load_text("b.yaml", duplicate_keys(large));
  size_t sum = 0;
  auto quote_all = [&](const zio::Document& d) {
    for (const zio::Finding& f : d.findings) sum += d.line(f.pos.line).size();
  };
  double ta = seconds([&] { quote_all(a); });
  double tb = seconds([&] { quote_all(b); });
  CHECK(sum > 0);
  INFO("10k findings: " << ta << " s, 40k findings: " << tb << " s");
  CHECK(tb < 9 * std::max(ta, 0.002));
  CHECK(b.line(1) == "zio: 1");
  CHECK(b.line(2) == "k0: 0");
  CHECK(b.line(2 * large + 1) == "k" + std::to_string(large - 1) + ": " + std::to_string(large - 1));
  CHECK(b.line(2 * large + 2).empty());
  CHECK(b.line(0).empty());
}
