// The HTML writer: one self-contained HTML5 page (no external resources),
// built as a libxml2 HTML tree and serialised by libxml2's HTML serialiser,
// so all escaping is libxml2's and void elements come out as HTML (<meta>,
// <br>). The stylesheet is inlined; print layout lives in that stylesheet.
// Charts (![alt](zio:NAME) with NAME in DocMeta::images) are inline SVG,
// parsed by libxml2 and copied into the tree: the page stays one file, the
// chart stays text a screen reader can reach (role="img", <title>, <desc>)
// and scales sharply in print.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <map>
#include <memory>
#include <sstream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/document.h"
#include "render/provenance.h"
#include "render/redline.h"
#include "render/table_layout.h"
#include "render/utf8.h"
#include "render/walk.h"

namespace zio {

namespace {

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// The page's own words, both languages in one place.
struct Words {
  const char* legend_inserted;  // the redline's legend: what each mark means
  const char* legend_deleted;
  const char* made_with;
  const char* untitled;
  const char* section;  // id of a heading whose text gives no slug
};
const Words& words(Lang lang) {
  static const Words nl{"toegevoegd", "verwijderd", "Gemaakt met", "Document", "sectie"};
  static const Words en{"added", "removed", "Made with", "Document", "section"};
  return lang == Lang::en ? en : nl;
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

void add_text(xmlNodePtr parent, const std::string& text);

// Elements whose children are all blocks: a newline before each child keeps
// the source readable and cannot change what the page shows. (libxml2's own
// formatting would also put newlines inside headings and cells.)
bool holds_blocks(xmlNodePtr n) {
  static const std::set<std::string> names{"html",       "head", "body",  "header", "main",  "footer", "div",
                                           "blockquote", "ul",   "ol",    "table",  "thead", "tbody",
                                           "tr",         "figure"};
  return n->type == XML_ELEMENT_NODE && names.count(reinterpret_cast<const char*>(n->name));
}

xmlNodePtr add(xmlNodePtr parent, const char* name) {
  xmlNodePtr n = xmlNewDocNode(parent->doc, nullptr, X(name), nullptr);
  if (!n) throw std::bad_alloc();
  if (holds_blocks(parent)) add_text(parent, "\n");
  xmlAddChild(parent, n);
  return n;
}

void set(xmlNodePtr n, const char* name, const std::string& value) {
  // xmlNewProp stores the value as text (no entity parsing); the serialiser escapes it.
  xmlNewProp(n, X(name), X(value.c_str()));
}

void add_text(xmlNodePtr parent, const std::string& text) {
  if (text.empty()) return;
  xmlNodePtr t = xmlNewDocText(parent->doc, X(text.c_str()));
  if (!t) throw std::bad_alloc();
  xmlAddChild(parent, t);  // may merge into a previous text node
}

xmlNodePtr add(xmlNodePtr parent, const char* name, const std::string& text) {
  xmlNodePtr n = add(parent, name);
  add_text(n, text);
  return n;
}

void add_meta(xmlNodePtr head, const char* name, const std::string& content) {
  xmlNodePtr m = add(head, "meta");
  set(m, "name", name);
  set(m, "content", content);
}

// Latin-1 letters folded to ASCII for readable ids ("financiële" ->
// "financiele"); nullptr marks × and ÷, which separate words.
const char* const kLatin1Fold[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  //
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  //
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};

// A heading's id: lower case, words joined by '-'. ASCII letters and digits
// stay, Latin-1 letters fold to ASCII, punctuation and spaces separate
// words, other scripts (Arabic, Greek, ...) are kept as they are.
std::string slug(const std::string& text) {
  std::string out;
  bool gap = false;
  auto put = [&](std::string_view piece) {
    if (gap && !out.empty()) out += '-';
    gap = false;
    out += piece;
  };
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    const char32_t cp = next_codepoint(text, i);
    const size_t len = i - at;
    if (cp == 0xFFFD) {  // invalid byte: a separator
      gap = true;
      continue;
    }
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        put(std::string_view(&c, 1));
      else
        gap = true;
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      if (const char* f = kLatin1Fold[cp - 0xC0])
        put(f);
      else
        gap = true;
    } else if (cp < 0xC0 || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
               (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF) {
      gap = true;  // Latin-1 punctuation, general punctuation, CJK punctuation, selectors
    } else {
      put(std::string_view(text).substr(at, len));
    }
  }
  return out;
}

// A CSS string literal: ASCII letters, digits and spaces as they are, other
// ASCII as \hex escapes (so no quote, backslash or '<' can end the string or
// the <style> element), other UTF-8 bytes as they are.
std::string css_string(const std::string& s) {
  static const char* hex = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c >= 0x80) {
      out += static_cast<char>(c);
    } else {
      out += '\\';
      out += hex[c >> 4];
      out += hex[c & 15];
      out += ' ';
    }
  }
  return out + "\"";
}

// The user's stylesheet is raw text inside <style>: only "</style" could end
// it early (and let markup follow), so that one sequence is defused. In CSS
// "<\/style" reads as "</style" inside a string and is inert outside one.
std::string defuse_css(std::string_view css) {
  std::string out;
  out.reserve(css.size());
  for (size_t i = 0; i < css.size(); ++i) {
    char c = css[i];
    if (c == '\0') continue;  // would cut the text node short
    out += c;
    if (c == '<' && i + 1 < css.size() && css[i + 1] == '/') {
      std::string next(css.substr(i + 2, 5));
      std::transform(next.begin(), next.end(), next.begin(), [](unsigned char ch) { return std::tolower(ch); });
      if (next == "style") out += '\\';
    }
  }
  return out;
}

// A paragraph whose only content is one image becomes a <figure>.
bool is_figure(cmark_node* n, const DocMeta& meta) {
  cmark_node* child = cmark_node_first_child(n);
  return cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH && child && !cmark_node_next(child) &&
         find_image(child, meta);
}

// Drops what could run code or fetch something from an imported SVG
// (scripts, foreign content, event handlers, references outside the
// picture), so the page keeps no external reference whatever the image.
void sanitize_svg(xmlNodePtr n) {
  for (xmlNodePtr c = n->children; c;) {
    xmlNodePtr next = c->next;
    if (c->type == XML_ELEMENT_NODE) {
      std::string name = reinterpret_cast<const char*>(c->name);
      if (name == "script" || name == "foreignObject" || name == "iframe" || name == "use" || name == "image") {
        xmlUnlinkNode(c);
        xmlFreeNode(c);
      } else {
        sanitize_svg(c);
      }
    } else if (c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE) {
      xmlUnlinkNode(c);  // comments, processing instructions, entity references
      xmlFreeNode(c);
    }
    c = next;
  }
  for (xmlAttrPtr a = n->properties; a;) {
    xmlAttrPtr next = a->next;
    std::string name = reinterpret_cast<const char*>(a->name);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return std::tolower(ch); });
    xmlChar* value = xmlNodeGetContent(reinterpret_cast<xmlNodePtr>(a));
    std::string v = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    bool drop = name.rfind("on", 0) == 0 || ((name == "href" || name == "src") && v.rfind('#', 0) != 0) ||
                (name == "style" && v.find("url(") != std::string::npos);
    if (drop) xmlRemoveProp(a);
    a = next;
  }
}

// Mirrors the tree (zio::walk) as HTML elements below <main>.
class Walker : public TreeVisitor {
 public:
  Walker(xmlNodePtr main, const DocMeta& meta) : cur_(main), lang_(meta.lang), meta_(meta) {}

  // The page's h1 is DocMeta's title (emit.cpp drops a template heading
  // that repeats it before any writer sees the tree).
  void walk(cmark_node* root) {
    HeadingDepths depths(root);
    depths_ = &depths;
    zio::walk(root, meta_, *this);
    depths_ = nullptr;
  }

  bool enter(cmark_node* n) override {
    if (is_figure(n, meta_)) {
      figure(cmark_node_first_child(n));
      return false;
    }
    enter_node(n);
    return true;
  }
  void leave(cmark_node* n) override {
    for (int k = levels(n); k > 0; --k) cur_ = cur_->parent;
  }
  // Inline among text: <svg> is phrasing content.
  void image(cmark_node* n, const Image&, const std::string&) override { chart(cur_, n); }

 private:
  xmlNodePtr cur_;
  Lang lang_;
  const DocMeta& meta_;
  std::map<std::string, DocPtr> svgs_;  // parsed once per image NAME
  HeadingDepths* depths_ = nullptr;     // h1 is the title, so sections start at h2
  std::set<std::string> ids_;

  static bool is_tight_paragraph(cmark_node* n) {
    cmark_node* item = cmark_node_parent(n);
    cmark_node* list = item ? cmark_node_parent(item) : nullptr;
    return item && list && cmark_node_get_type(item) == CMARK_NODE_ITEM &&
           cmark_node_get_type(list) == CMARK_NODE_LIST && cmark_node_get_list_tight(list);
  }

  // How many elements a container node opens (and its exit closes).
  static int levels(cmark_node* n) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_BLOCK_QUOTE:
      case CMARK_NODE_LIST:
      case CMARK_NODE_ITEM:
      case CMARK_NODE_HEADING:
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
        return 1;
      case CMARK_NODE_PARAGRAPH:
        return is_tight_paragraph(n) ? 0 : 1;
      default:
        break;
    }
    switch (table_part(n)) {
      case TablePart::table:
        return 2;  // the scrolling box + table
      case TablePart::cell:
        return 1;
      case TablePart::row:
        return 2;  // thead/tbody + tr
      case TablePart::none:
        break;
    }
    return 0;  // document, link, image, custom nodes, ...: their text only
  }

  // <figure><svg .../><figcaption>alt</figcaption></figure>
  void figure(cmark_node* image) {
    xmlNodePtr fig = add(cur_, "figure");
    set(fig, "class", "zio-chart");
    chart(fig, image);
    std::string alt = plain_text(image);
    if (!alt.empty()) set(add(fig, "figcaption", alt), "dir", "auto");
  }

  // The image's SVG, parsed with libxml2 and copied into the page's tree.
  // Its ids become unique in the page (a chart may appear twice) and the
  // aria references follow them.
  void chart(xmlNodePtr parent, cmark_node* image) {
    const std::string name = cmark_node_get_url(image) + 4;
    auto found = svgs_.find(name);
    if (found == svgs_.end()) {
      const std::string& svg = find_image(image, meta_)->svg;
      DocPtr parsed(xmlReadMemory(svg.data(), static_cast<int>(std::min<size_t>(svg.size(), INT_MAX)), nullptr,
                                  "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
      xmlNodePtr root = parsed ? xmlDocGetRootElement(parsed.get()) : nullptr;
      if (!root || parsed->intSubset || !xmlStrEqual(root->name, X("svg")) || !root->ns ||
          !xmlStrEqual(root->ns->href, X("http://www.w3.org/2000/svg")))
        throw std::runtime_error("image " + name + ": not an SVG document");
      found = svgs_.emplace(name, std::move(parsed)).first;
    }
    xmlNodePtr copy = xmlDocCopyNode(xmlDocGetRootElement(found->second.get()), parent->doc, 1);
    if (!copy) throw std::bad_alloc();
    sanitize_svg(copy);
    renumber_ids(copy);
    // Narrow screens and print: shrink with the page, keep the proportions.
    xmlSetProp(copy, X("style"), X("max-width: 100%; height: auto"));
    if (holds_blocks(parent)) add_text(parent, "\n");
    xmlAddChild(parent, copy);
  }

  void renumber_ids(xmlNodePtr svg) {
    std::map<std::string, std::string> renamed;
    std::vector<xmlNodePtr> stack{svg};
    while (!stack.empty()) {
      xmlNodePtr n = stack.back();
      stack.pop_back();
      if (xmlChar* id = xmlGetProp(n, X("id"))) {
        std::string old = reinterpret_cast<const char*>(id);
        xmlFree(id);
        std::string now = old;
        for (int k = 2; ids_.count(now); ++k) now = old + "-" + std::to_string(k);
        ids_.insert(now);
        if (now != old) {
          renamed[old] = now;
          xmlSetProp(n, X("id"), X(now.c_str()));
        }
      }
      for (xmlNodePtr c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
    }
    if (renamed.empty()) return;
    for (const char* attr : {"aria-labelledby", "aria-describedby"}) {
      xmlChar* v = xmlGetProp(svg, X(attr));
      if (!v) continue;
      std::istringstream in(reinterpret_cast<const char*>(v));
      xmlFree(v);
      std::string out, token;
      while (in >> token) {
        auto r = renamed.find(token);
        out += (out.empty() ? "" : " ") + (r == renamed.end() ? token : r->second);
      }
      xmlSetProp(svg, X(attr), X(out.c_str()));
    }
  }

  std::string unique_id(const std::string& text) {
    std::string base = slug(text);
    if (base.empty()) base = words(lang_).section;
    std::string id = base;
    for (int k = 2; ids_.count(id); ++k) id = base + "-" + std::to_string(k);
    ids_.insert(id);
    return id;
  }

  static std::string literal(cmark_node* n) {
    const char* s = cmark_node_get_literal(n);
    return s ? s : "";
  }

  // Where a leaf's content goes: inside <ins> or <del> when redline marked
  // it (render/redline.h), one element per marked leaf.
  static xmlNodePtr host(xmlNodePtr parent, cmark_node* n) {
    Mark m = mark_of(n);
    if (m == Mark::none) return parent;
    return add(parent, m == Mark::inserted ? "ins" : "del");
  }

  void enter_node(cmark_node* n) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
        add_text(host(cur_, n), literal(n));
        return;
      case CMARK_NODE_SOFTBREAK:
        add_text(host(cur_, n), "\n");
        return;
      case CMARK_NODE_LINEBREAK:
        add(host(cur_, n), "br");
        return;
      case CMARK_NODE_CODE:
        add(host(cur_, n), "code", literal(n));
        return;
      case CMARK_NODE_HTML_INLINE:  // never markup: shown as the text it is
        add_text(host(cur_, n), literal(n));
        return;
      case CMARK_NODE_HTML_BLOCK: {
        std::string s = literal(n);
        while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
        set(add(cur_, "p", s), "dir", "auto");
        return;
      }
      case CMARK_NODE_CODE_BLOCK:
        add(add(cur_, "pre"), "code", literal(n));
        return;
      case CMARK_NODE_THEMATIC_BREAK:
        add(cur_, "hr");
        return;
      case CMARK_NODE_BLOCK_QUOTE:
        cur_ = add(cur_, "blockquote");
        return;
      case CMARK_NODE_LIST: {
        bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        cur_ = add(cur_, ordered ? "ol" : "ul");
        int start = cmark_node_get_list_start(n);
        if (ordered && start != 1) set(cur_, "start", std::to_string(start));
        return;
      }
      case CMARK_NODE_ITEM:
        cur_ = add(cur_, "li");
        set(cur_, "dir", "auto");
        return;
      case CMARK_NODE_PARAGRAPH:
        if (!is_tight_paragraph(n)) {
          cur_ = add(cur_, "p");
          set(cur_, "dir", "auto");
        }
        return;
      case CMARK_NODE_HEADING: {
        // Sections start at h2 (h1 is the title) and never skip a level,
        // even where the Markdown does.
        int level = std::min(depths_->next(n) + 1, 6);
        const char* names[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
        cur_ = add(cur_, names[level - 1]);
        set(cur_, "id", unique_id(plain_text(n)));
        set(cur_, "dir", "auto");
        return;
      }
      case CMARK_NODE_EMPH:
        cur_ = add(cur_, "em");
        return;
      case CMARK_NODE_STRONG:
        cur_ = add(cur_, "strong");
        return;
      default:
        break;
    }
    const TablePart part = table_part(n);
    if (part == TablePart::table) {
      // A table wider than a narrow screen scrolls in its own box (which
      // the keyboard can reach), never the page; words are never split.
      xmlNodePtr box = add(cur_, "div");
      set(box, "class", "zio-tabel");
      set(box, "tabindex", "0");
      cur_ = add(box, "table");
      // The one table layout's widths: the browser keeps each column at
      // least as wide as its longest word, as the office formats do.
      const TableLayout layout = layout_table(n);
      xmlNodePtr group = add(cur_, "colgroup");
      for (int share : layout.per_10000) {
        std::string pct = std::to_string(share / 100) + "." + std::to_string(share / 10 % 10) + std::to_string(share % 10);
        set(add(group, "col"), "style", "width: " + pct + "%");
      }
    } else if (part == TablePart::row) {
      if (is_header_row(n)) {
        cur_ = add(cur_, "thead");
      } else {
        xmlNodePtr last = xmlGetLastChild(cur_);
        cur_ = last && xmlStrEqual(last->name, X("tbody")) ? last : add(cur_, "tbody");
      }
      cur_ = add(cur_, "tr");
      if (Mark m = mark_of(n); m != Mark::none) set(cur_, "class", m == Mark::inserted ? "ins" : "del");
    } else if (part == TablePart::cell) {
      cmark_node* row = cmark_node_parent(n);
      cmark_node* table = row ? cmark_node_parent(row) : nullptr;
      bool header = row && is_header_row(row);
      cur_ = add(cur_, header ? "th" : "td");
      if (header) set(cur_, "scope", "col");
      set(cur_, "dir", "auto");
      // The column's alignment is part of the content, so it is a style on
      // the cell, not left to a replaceable stylesheet.
      const int col = column_of(n);
      if (table && col < cmark_gfm_extensions_get_table_columns(table)) {
        const uint8_t* align = cmark_gfm_extensions_get_table_alignments(table);
        char a = align ? static_cast<char>(align[col]) : 0;
        if (a == 'l') set(cur_, "style", "text-align: left");
        if (a == 'c') set(cur_, "style", "text-align: center");
        if (a == 'r') set(cur_, "style", "text-align: right");
      }
    }
    // Anything else (links, images, custom nodes) adds no element: its
    // children's text is written where it stands.
  }
};

// Rules that need the document's data: the footer line on every printed
// page and the CONCEPT mark in every page header (where the browser supports
// CSS page-margin boxes). Placed before the user's stylesheet, which may
// restyle or override them.
std::string page_css(const DocMeta& meta) {
  std::string css;
  if (!meta.footer_text().empty())
    css += "@page { @bottom-left { content: " + css_string(meta.footer_text()) + "; } }\n";
  if (!meta.header_text().empty())
    css += "@page { @top-right { content: " + css_string(meta.header_text()) + "; } }\n";
  return css;
}

std::string kind_class(const std::string& kind) {
  std::string k;
  for (char c : kind)
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') k += c;
  return k.empty() ? "" : "zio-" + k;
}

}  // namespace

std::string write_html(const Tree& tree, const DocMeta& meta, std::string_view css) {
  const Words& w = words(meta.lang);
  DocPtr doc(htmlNewDocNoDtD(nullptr, nullptr));
  if (!doc) throw std::bad_alloc();
  // With a document encoding libxml2 writes non-ASCII as UTF-8 instead of
  // character references (the page says charset=utf-8).
  doc->encoding = xmlStrdup(X("UTF-8"));
  xmlCreateIntSubset(doc.get(), X("html"), nullptr, nullptr);  // <!DOCTYPE html>

  xmlNodePtr html = xmlNewDocNode(doc.get(), nullptr, X("html"), nullptr);
  xmlDocSetRootElement(doc.get(), html);
  set(html, "lang", meta.lang == Lang::en ? "en" : "nl");

  xmlNodePtr head = add(html, "head");
  set(add(head, "meta"), "charset", "utf-8");
  add_meta(head, "viewport", "width=device-width, initial-scale=1");
  std::string title = meta.title.empty() ? w.untitled : meta.title;
  add(head, "title", meta.subtitle.empty() ? title : title + " \u2014 " + meta.subtitle);
  if (!meta.generator.empty()) add_meta(head, "generator", meta.generator);
  if (!meta.fingerprint.empty()) add_meta(head, "zio-vingerafdruk", meta.fingerprint);
  std::string keywords;  // how it was made (provenance.h), for verify
  for (const std::string& k : provenance_keywords(meta)) keywords += (keywords.empty() ? "" : ", ") + k;
  if (!keywords.empty()) add_meta(head, "keywords", keywords);
  if (!meta.since_fingerprint.empty()) add_meta(head, "zio-sinds-vingerafdruk", meta.since_fingerprint);
  add(head, "style", "\n" + page_css(meta) + defuse_css(css));

  xmlNodePtr body = add(html, "body");
  if (std::string k = kind_class(meta.kind); !k.empty()) set(body, "class", k);

  xmlNodePtr header = add(body, "header");
  if (!meta.concept_text().empty()) set(add(header, "p", meta.concept_text()), "class", "concept");
  set(add(header, "h1", title), "dir", "auto");
  if (!meta.subtitle.empty()) {
    xmlNodePtr sub = add(header, "p", meta.subtitle);
    set(sub, "class", "subtitle");
    set(sub, "dir", "auto");
  }

  if (!meta.since_fingerprint.empty()) {
    // The redline's legend: the marks as they look, and the version they compare against.
    xmlNodePtr legend = add(header, "p");
    set(legend, "class", "redline-legend");
    add_text(legend, meta.since_text() + ": ");
    add(legend, "ins", w.legend_inserted);
    add_text(legend, ", ");
    add(legend, "del", w.legend_deleted);
  }

  xmlNodePtr main = add(body, "main");
  if (tree.root()) Walker(main, meta).walk(tree.root());

  xmlNodePtr footer = add(body, "footer");
  if (!meta.footer_text().empty()) set(add(footer, "p", meta.footer_text()), "class", "fingerprint");
  if (!meta.generator.empty()) set(add(footer, "p", std::string(w.made_with) + " " + meta.generator), "class", "generator");
  add_text(body, "\n");
  add_text(html, "\n");

  xmlOutputBufferPtr out = xmlAllocOutputBuffer(nullptr);  // no encoder: UTF-8 as is
  if (!out) throw std::bad_alloc();
  htmlDocContentDumpFormatOutput(out, doc.get(), "UTF-8", 0);
  xmlOutputBufferFlush(out);
  std::string result(reinterpret_cast<const char*>(xmlOutputBufferGetContent(out)), xmlOutputBufferGetSize(out));
  int rc = xmlOutputBufferClose(out);
  if (rc < 0) throw std::runtime_error("libxml2: writing HTML failed");
  return result;
}

std::string read_fingerprint_html(std::string_view file) {
  try {
    if (file.empty() || file.size() > static_cast<size_t>(INT_MAX)) return {};
    DocPtr doc(htmlReadMemory(file.data(), static_cast<int>(file.size()), nullptr, "UTF-8",
                              HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
    if (!doc) return {};
    std::unique_ptr<xmlXPathContext, void (*)(xmlXPathContextPtr)> ctx(xmlXPathNewContext(doc.get()),
                                                                        xmlXPathFreeContext);
    if (!ctx) return {};
    std::unique_ptr<xmlXPathObject, void (*)(xmlXPathObjectPtr)> res(
        xmlXPathEvalExpression(X("string(//meta[@name='zio-vingerafdruk']/@content)"), ctx.get()),
        xmlXPathFreeObject);
    if (!res || res->type != XPATH_STRING || !res->stringval) return {};
    return trim_space(reinterpret_cast<const char*>(res->stringval));  // as every reader does
  } catch (...) {
    return {};
  }
}

}  // namespace zio
