#pragma once
// The Mustache glue shared by every template (contract, checklist, report):
// kainjow::mustache renders, markdown_escape escapes every value, and the
// whitespace rules below make a left-out section leave no stray blank line.
#include <kainjow/mustache.hpp>

#include <string>

namespace zio {

// Renders the template resource `name` ("templates/contract.nl.md.mustache",
// replaceable through set_template_dir) with `data`. Throws
// std::runtime_error when the template is missing or invalid.
std::string render_template(const std::string& name, const kainjow::mustache::data& data);

}  // namespace zio
