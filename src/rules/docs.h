#pragma once
// Documentation generated from the rule data: the catalogue for `zio rules`
// and one Markdown page per rule (docs/rules/ID.md).
#include <ostream>
#include <string>

#include "model/text.h"
#include "rules/rule.h"

namespace zio {

// The catalogue as a plain-text table, grouped like the spec.
void write_catalogue(std::ostream& out, Lang lang);

// One rule's page: what it checks, why (with the citation), a failing
// example (YAML text, with the findings it gives) and how to fix it.
std::string rule_page(const Rule& rule, const std::string& example_name, const std::string& example_yaml,
                      const std::string& example_findings);

// The index page listing every rule.
std::string rule_index_page();

}  // namespace zio
