// libFuzzer target: hostile text through the Markdown half of the
// pipeline. The bytes are escaped as a template value would be, and also
// parsed raw as Markdown (what a replaced template could produce); each
// tree goes through the HTML, ODT and DOCX writers.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/resources.h"
#include "render/document.h"
#include "render/markdown_escape.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace zio;
  const std::string text(reinterpret_cast<const char*>(data), size);
  DocMeta meta;
  meta.title = "Titel";
  meta.subtitle = text.substr(0, 200);
  meta.kind = "contract";
  meta.fingerprint = std::string(64, 'a');
  for (const std::string& md : {"# Titel\n\n" + markdown_escape(text) + "\n", text}) {
    Tree tree = Tree::parse(md);
    write_html(tree, meta, resource("templates/html/style.css"));
    write_odt(tree, meta, resource("templates/odt/styles.xml"));
    write_docx(tree, meta, resource("templates/docx/styles.xml"));
  }
  return 0;
}
