#include "render/xml.h"

#include <libxml/parser.h>

#include <stdexcept>

namespace zio {

void init_xml_for_threads() { xmlInitParser(); }

namespace {
const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
void check(int rc) {
  if (rc < 0) throw std::runtime_error("libxml2 xmlTextWriter failed");
}
}  // namespace

XmlWriter::XmlWriter() : buf_(xmlBufferCreate()), w_(xmlNewTextWriterMemory(buf_, 0)) {
  if (!buf_ || !w_) throw std::runtime_error("libxml2: cannot create writer");
  check(xmlTextWriterStartDocument(w_, "1.0", "UTF-8", nullptr));
}

XmlWriter::~XmlWriter() {
  if (w_) xmlFreeTextWriter(w_);
  if (buf_) xmlBufferFree(buf_);
}

XmlWriter& XmlWriter::start(const char* name) {
  check(xmlTextWriterStartElement(w_, X(name)));
  return *this;
}

XmlWriter& XmlWriter::attr(const char* name, std::string_view value) {
  std::string v(value);
  check(xmlTextWriterWriteAttribute(w_, X(name), X(v.c_str())));
  return *this;
}

XmlWriter& XmlWriter::text(std::string_view text) {
  if (text.empty()) return *this;
  std::string t(text);
  check(xmlTextWriterWriteString(w_, X(t.c_str())));
  return *this;
}

XmlWriter& XmlWriter::end() {
  check(xmlTextWriterEndElement(w_));
  return *this;
}

XmlWriter& XmlWriter::element(const char* name, std::string_view text) { return start(name).text(text).end(); }

std::string XmlWriter::finish() {
  check(xmlTextWriterEndDocument(w_));
  xmlFreeTextWriter(w_);
  w_ = nullptr;
  std::string out(reinterpret_cast<const char*>(xmlBufferContent(buf_)), static_cast<size_t>(xmlBufferLength(buf_)));
  return out;
}

}  // namespace zio
