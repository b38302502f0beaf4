// libFuzzer target: any bytes as a region file -> loader -> every rule ->
// text, JSON and SARIF output -> contract and checklist Markdown (concept,
// so every article is filled or marked). Must never crash, leak or hit UB.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "load/loader.h"
#include "render/view.h"
#include "rules/output.h"
#include "rules/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace zio;
  Document doc = load_text("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), nullptr, true);
  run_rules(doc);
  std::ostringstream out;
  write_text(out, {doc}, Lang::nl);
  write_json(out, {doc}, Lang::en);
  write_sarif(out, {doc}, Lang::nl);
  if (!doc.fatal && doc.kind == FileKind::region) {
    RenderOptions opt{Lang::nl, true};
    out << contract_markdown(doc, opt) << checklist_markdown(&doc, opt, false);
  }
  return 0;
}
