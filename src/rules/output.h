#pragma once
// The findings of one or more documents as text (compiler style), JSON or
// SARIF 2.1.0.
#include <ostream>
#include <string>
#include <vector>

#include "load/loader.h"
#include "model/text.h"

namespace zio {

struct Tally;
void write_text(std::ostream& out, const std::vector<Document>& docs, Lang lang);
// The same in pieces, for output that streams file by file.
void write_text_findings(std::ostream& out, const Document& doc, Lang lang);
void write_text_summary(std::ostream& out, const Tally& tally, size_t files, Lang lang);
void write_json(std::ostream& out, const std::vector<Document>& docs, Lang lang);
void write_sarif(std::ostream& out, const std::vector<Document>& docs, Lang lang);

// A message that is not a finding: "zio: fout: <msg>" ("zio: error: ..."),
// one line.
void write_error(std::ostream& out, const Text& msg, Lang lang);

// Where a rule's documentation page lives, relative to the project root.
std::string rule_doc_path(const std::string& id);

}  // namespace zio
