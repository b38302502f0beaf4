#include "render/xml_read.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <climits>
#include <cstring>
#include <memory>

namespace zio {

namespace {

struct DocFree {
  void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;

Doc parse(std::string_view text, bool html) {
  if (text.empty() || text.size() > static_cast<size_t>(INT_MAX)) return nullptr;
  const int n = static_cast<int>(text.size());
  if (html)
    return Doc(htmlReadMemory(text.data(), n, nullptr, "UTF-8",
                              HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  return Doc(xmlReadMemory(text.data(), n, nullptr, nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

bool paragraph_name(const xmlNode* n, bool html) {
  const char* name = reinterpret_cast<const char*>(n->name);
  if (html)
    return !std::strcmp(name, "p") || (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2]) ||
           !std::strcmp(name, "li") || !std::strcmp(name, "th") || !std::strcmp(name, "td") ||
           !std::strcmp(name, "title");
  return !std::strcmp(name, "p") || !std::strcmp(name, "h");  // text:p, text:h, w:p
}

void collect(const xmlNode* n, bool html, std::vector<std::string>& out) {
  // Iterative: a hostile document may nest deeply (libxml2 caps it at 256
  // by default, but walk without the C++ stack regardless).
  std::vector<const xmlNode*> stack{n};
  while (!stack.empty()) {
    const xmlNode* cur = stack.back();
    stack.pop_back();
    for (; cur; cur = cur->next) {
      if (cur->type != XML_ELEMENT_NODE) continue;
      if (paragraph_name(cur, html)) {
        xmlChar* t = xmlNodeGetContent(cur);
        out.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
        xmlFree(t);
        continue;  // a table inside a paragraph is counted with it
      }
      if (cur->children) {
        stack.push_back(cur->next);
        stack.push_back(cur->children);
        break;
      }
    }
  }
}

}  // namespace

namespace {

// An XPath expression evaluated over a parsed document; the document, the
// context and the result freed together.
struct Evaluated {
  Doc doc;
  std::unique_ptr<xmlXPathContext, void (*)(xmlXPathContextPtr)> ctx{nullptr, xmlXPathFreeContext};
  std::unique_ptr<xmlXPathObject, void (*)(xmlXPathObjectPtr)> r{nullptr, xmlXPathFreeObject};
};

bool evaluate(std::string_view xml, bool html, const char* expr, const Namespaces& ns, Evaluated& e) {
  e.doc = parse(xml, html);
  if (!e.doc) return false;
  e.ctx.reset(xmlXPathNewContext(e.doc.get()));
  if (!e.ctx) return false;
  for (auto& [prefix, uri] : ns) xmlXPathRegisterNs(e.ctx.get(), BAD_CAST prefix, BAD_CAST uri);
  e.r.reset(xmlXPathEvalExpression(BAD_CAST expr, e.ctx.get()));
  return e.r != nullptr;
}

}  // namespace

bool xpath_string(std::string_view xml, bool html, const char* expr, const Namespaces& ns, std::string& out) {
  out.clear();
  Evaluated e;
  if (!evaluate(xml, html, expr, ns, e)) return false;
  if (e.r->type == XPATH_STRING && e.r->stringval) out = reinterpret_cast<const char*>(e.r->stringval);
  return true;
}

bool xpath_strings(std::string_view xml, bool html, const char* expr, const Namespaces& ns, std::vector<std::string>& out) {
  out.clear();
  Evaluated e;
  if (!evaluate(xml, html, expr, ns, e)) return false;
  auto& r = e.r;
  if (r->type == XPATH_NODESET && r->nodesetval)
    for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
      xmlChar* t = xmlNodeGetContent(r->nodesetval->nodeTab[i]);
      out.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
      xmlFree(t);
    }
  return true;
}

bool paragraph_texts(std::string_view xml, bool html, std::vector<std::string>& out) {
  out.clear();
  Doc doc = parse(xml, html);
  if (!doc) return false;
  collect(xmlDocGetRootElement(doc.get()), html, out);
  return true;
}

}  // namespace zio
