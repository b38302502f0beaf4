// libFuzzer target: verify's readers of an untrusted document. Any bytes
// as a zip (bounded inflate, every entry as XML: paragraphs and the
// metadata XPath verify asks), as HTML, and as a provenance keyword list.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "render/provenance.h"
#include "render/xml_read.h"
#include "render/zip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace zio;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> texts;
  std::string s;
  std::vector<ZipEntry> entries;
  std::string why;
  ZipLimits small;  // keep each run fast: a few MB at most
  small.max_entry = 4u << 20;
  small.max_total = 8u << 20;
  if (read_zip(bytes, entries, why, nullptr, small))
    for (const ZipEntry& e : entries) {
      paragraph_texts(e.data, false, texts);
      xpath_strings(e.data, false, "//meta:keyword", {{"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"}},
                    texts);
      xpath_string(e.data, false, "string(//cp:keywords)",
                   {{"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}}, s);
    }
  paragraph_texts(bytes, true, texts);
  paragraph_texts(bytes, false, texts);
  xpath_string(bytes, true, "string(//meta[@name='keywords']/@content)", {}, s);
  Provenance p;
  parse_provenance(bytes, p);
  return 0;
}
