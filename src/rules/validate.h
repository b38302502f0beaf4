#pragma once
// The validate stage: load a file and run every rule over it.
#include <string>
#include <vector>

#include "load/loader.h"

namespace zio {

// Runs all rules on a loaded document (appending to doc.findings) and sorts
// the findings by position, then rule id.
void run_rules(Document& doc);

// load_file + run_rules (and the fingerprint, when asked for).
Document validate_file(const std::string& path, bool fingerprint = false);

// The sign-off guard, in one place for every front end: what kind of
// contract a validated region document may become. A fout refuses it unless
// a draft is asked for (`concept_flag`); a file whose regio.status is
// concept (or absent) is always a draft, marked CONCEPT; only
// ter_ondertekening and ondertekend without fouten give an unmarked,
// signable contract.
enum class ContractKind { refused, draft, signable };
ContractKind contract_kind(const Document& doc, bool concept_flag);

struct Tally {
  int fouten = 0, waarschuwingen = 0, info = 0, unreadable = 0;
  void add(const Document& doc);
  // 0 clean or only warnings/info, 1 any fout, 2 a file that could not be
  // read or parsed at all (spec section 4).
  int exit_code() const;
};

}  // namespace zio
