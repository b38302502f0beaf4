#pragma once
// A thin RAII wrapper over libxml2's xmlTextWriter, writing to memory.
// All escaping is libxml2's; writers never build XML by string pasting.
#include <libxml/xmlwriter.h>

#include <string>
#include <string_view>

namespace zio {

// libxml2 must be initialised on one thread before several threads use it
// (else two first users can deadlock in its lazy set-up); call this before
// rendering documents in parallel.
void init_xml_for_threads();

class XmlWriter {
 public:
  XmlWriter();  // starts the document: <?xml version="1.0" encoding="UTF-8"?>
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  XmlWriter& start(const char* name);                        // <name
  XmlWriter& attr(const char* name, std::string_view value);  //  name="value"
  XmlWriter& text(std::string_view text);                     // escaped text
  XmlWriter& end();                                           // </name> or />
  // <name>text</name>
  XmlWriter& element(const char* name, std::string_view text);

  // Ends all open elements and the document; returns the bytes.
  std::string finish();

 private:
  xmlBufferPtr buf_;
  xmlTextWriterPtr w_;
};

}  // namespace zio
