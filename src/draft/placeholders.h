#pragma once
// The texts that stand in for an answer: the values `zio init` writes where
// the user has to fill something in (one list, read by the starter and by
// rule D08, so every starter text is recognised by construction), and the
// markers people type in unfinished text ("PM", "TODO", "[...]").
#include <string>
#include <vector>

#include "model/text.h"

namespace zio {

struct StarterText {
  const char* tag;   // the starter template's Mustache tag: "geschil_instantie"
  const char* path;  // the key it is written at: "afspraken.geschillenregeling.instantie"
  Text text;         // what the starter writes there, per language
};

// Every placeholder value of the starter file, in template order.
const std::vector<StarterText>& starter_texts();

// The markers of unfinished text, as the user may write them.
const std::vector<std::string>& placeholder_markers();

// Whether `value` (a scalar as written) at `path` (list indexes as "[]":
// "partijen[].naam") is a placeholder: a starter text of that key in either
// language, or a text holding a marker. `what`, when given, receives the
// matched starter text or marker.
bool is_placeholder(const std::string& path, const std::string& value, std::string* what = nullptr);

}  // namespace zio
