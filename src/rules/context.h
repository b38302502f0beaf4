#pragma once
// What a rule sees: the document, its region model, the reference data and
// indexes built once (parties and schools by id, the covered schools).
#include <map>
#include <string_view>
#include <string>
#include <vector>

#include "load/loader.h"
#include "load/refdata.h"

namespace zio {

class Context {
 public:
  Context(const Document& doc, const Findings& so_far);

  const Document& doc;
  const Region& region;
  const National& national;
  const RefData& ref;
  const Findings& so_far;  // findings of the rules that ran before (for W10)

  // Whether the loader or an earlier rule found a fout (other than `except`).
  bool any_fout(std::string_view except = {}) const;

  // First party / school with this id; nullptr when unknown.
  const Partij* party(const std::string& id) const;
  const School* school(const std::string& id) const;
  // Schools the agreement covers: afspraken.scholen, or all when absent.
  const std::vector<const School*>& covered() const { return covered_; }
  bool is_covered(const School& s) const;
  // Parties of one soort.
  std::vector<const Partij*> parties_of(const std::string& soort) const;
  // The position of afspraken, or of the file's root when it is absent.
  Pos afspraken_pos() const;
  // The position of the file's root (its first node), or 1:1.
  Pos root_pos() const;
  // The entry of afspraken.scholen that names this school id; nullptr when
  // the list is absent or does not name it. Matches by id, so it also works
  // for a school whose id is listed twice in `scholen`.
  const Str* scholen_entry(const std::string& id) const;
  // The distinct ids of the rules (and loader checks) that found a fout,
  // other than `except`, sorted; for messages that say what still blocks.
  std::vector<std::string> fout_rules(std::string_view except = {}) const;

 private:
  std::map<std::string, const Partij*> parties_;
  std::map<std::string, const School*> schools_;
  std::vector<const School*> covered_;
};

}  // namespace zio
