#include <catch2/catch.hpp>

#include "load/yaml_tree.h"

using namespace zio;

TEST_CASE("a mapping keeps keys in order with 1-based positions") {
  auto r = parse_yaml("a: 1\nb:\n  c: x\n");
  REQUIRE_FALSE(r.fatal);
  REQUIRE(r.root->is_map());
  REQUIRE(r.root->keys == std::vector<std::string>{"a", "b"});
  const YNode* c = r.root->get("b")->get("c");
  REQUIRE(c);
  CHECK(c->value == "x");
  CHECK(c->pos.line == 3);
  CHECK(c->pos.col == 6);
}
