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
// With `colour`, ANSI colours as clang's: the severity (fout red,
// waarschuwing yellow), the message bold, the caret green.
void write_text_findings(std::ostream& out, const Document& doc, Lang lang, bool colour = false);
void write_text_summary(std::ostream& out, const Tally& tally, size_t files, Lang lang);
void write_json(std::ostream& out, const std::vector<Document>& docs, Lang lang);
// SARIF for code-scanning services. Artifact URIs are relative to
// `root` (%SRCROOT%, given in originalUriBaseIds; empty: the current
// directory), or absolute file:// URIs outside it. Links to the rule pages
// (helpUri, informationUri) only with an absolute `base_url` of the project
// tree; the rule help is embedded either way. Needs each Document's text
// (for key paths in partialFingerprints and regions within the file).
struct SarifOptions {
  std::string root;
  std::string base_url;
};
void write_sarif(std::ostream& out, const std::vector<Document>& docs, Lang lang, const SarifOptions& opt = {});
// Whether `url` is an absolute URI (a scheme, then ':'), as SARIF requires
// of helpUri and informationUri.
bool is_absolute_uri(const std::string& url);

// A message that is not a finding: "zio: fout: <msg>" ("zio: error: ..."),
// one line.
void write_error(std::ostream& out, const Text& msg, Lang lang, bool colour = false);

// Where a rule's documentation page lives, relative to the project root.
std::string rule_doc_path(const std::string& id);

}  // namespace zio
