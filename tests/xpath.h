#pragma once
// XPath over one XML (or HTML) part, for the writers' tests: every
// namespace prefix the tests use is registered here, once.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <memory>
#include <string>
#include <vector>

namespace zio::test {

class Xml {
 public:
  explicit Xml(const std::string& text, bool html = false)
      : doc_(html ? htmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, "UTF-8",
                                   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET)
                  : xmlReadMemory(text.data(), static_cast<int>(text.size()), "part.xml", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
             xmlFreeDoc) {
    if (!doc_) return;
    ctx_.reset(xmlXPathNewContext(doc_.get()));
    const char* ns[][2] = {
        // SVG (charts) and ODF
        {"svg", "http://www.w3.org/2000/svg"},
        {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
        {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
        {"osvg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
        {"xlink", "http://www.w3.org/1999/xlink"},
        {"manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"},
        {"dc", "http://purl.org/dc/elements/1.1/"},
        // OOXML
        {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
        {"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
        {"a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
        {"pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"},
        {"asvg", "http://schemas.microsoft.com/office/drawing/2016/SVG/main"},
        {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
        {"rel", "http://schemas.openxmlformats.org/package/2006/relationships"},
        {"ct", "http://schemas.openxmlformats.org/package/2006/content-types"},
        {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
        {"dcterms", "http://purl.org/dc/terms/"},
        {"ep", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
        {"cu", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"},
        {"vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"}};
    for (auto& [prefix, uri] : ns) xmlXPathRegisterNs(ctx_.get(), BAD_CAST prefix, BAD_CAST uri);
  }

  bool ok() const { return doc_ != nullptr; }
  // The string value of the expression ("" when it selects nothing).
  std::string str(const std::string& xpath) const {
    auto r = eval("string(" + xpath + ")");
    return r && r->stringval ? reinterpret_cast<const char*>(r->stringval) : "";
  }
  // The expression as a number (-1 when it cannot be evaluated).
  double num(const std::string& xpath) const {
    auto r = eval(xpath);
    return r ? xmlXPathCastToNumber(r.get()) : -1;
  }
  int count(const std::string& xpath) const { return static_cast<int>(num("count(" + xpath + ")")); }
  // The string value of every node the expression selects.
  std::vector<std::string> all(const std::string& xpath) const {
    std::vector<std::string> out;
    auto r = eval(xpath);
    if (r && r->type == XPATH_NODESET && r->nodesetval)
      for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
        xmlChar* s = xmlXPathCastNodeToString(r->nodesetval->nodeTab[i]);
        out.emplace_back(reinterpret_cast<const char*>(s));
        xmlFree(s);
      }
    return out;
  }
  std::vector<std::string> texts(const std::string& xpath) const { return all(xpath); }

 private:
  using Object = std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)>;
  Object eval(const std::string& xpath) const {
    return Object(ctx_ ? xmlXPathEvalExpression(BAD_CAST xpath.c_str(), ctx_.get()) : nullptr, xmlXPathFreeObject);
  }
  struct CtxFree {
    void operator()(xmlXPathContext* c) const { xmlXPathFreeContext(c); }
  };
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc_;
  std::unique_ptr<xmlXPathContext, CtxFree> ctx_;
};

}  // namespace zio::test
