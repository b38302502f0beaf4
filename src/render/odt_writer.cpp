// ODT (OpenDocument Text) writer: walks the document tree into content.xml,
// stores the dynamic header/footer values in meta.xml and packs them with
// the user-replaceable styles.xml into a deterministic zip.
//
// Charts (![alt](zio:NAME) with NAME in DocMeta::images) go in as
// Pictures/NAME.svg, and Pictures/NAME.png when the image has one, as the
// fallback image of the same draw:frame (as LibreOffice itself stores SVG);
// the alt text is the frame's svg:title, the chart's own <desc> (its data
// in words) its svg:desc.
//
// The page header and footer live in styles.xml (static, replaceable), so
// they show the per-document values through <text:user-defined> fields that
// LibreOffice fills from meta.xml's <meta:user-defined> properties.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/document.h"
#include "render/redline.h"
#include "render/table_layout.h"
#include "render/utf8.h"
#include "render/walk.h"
#include "render/xml.h"
#include "render/provenance.h"
#include "render/zip.h"

namespace zio {

namespace {

constexpr const char* kMime = "application/vnd.oasis.opendocument.text";
constexpr const char* kOdfVersion = "1.3";

constexpr const char* kNsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr const char* kNsStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr const char* kNsText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr const char* kNsTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr const char* kNsFo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
constexpr const char* kNsSvg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
constexpr const char* kNsDraw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr const char* kNsXlink = "http://www.w3.org/1999/xlink";
constexpr const char* kNsDc = "http://purl.org/dc/elements/1.1/";
constexpr const char* kNsMeta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
constexpr const char* kNsManifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

// The width of the text area of templates/odt/styles.xml (A4, 2.5 cm
// margins), in 1/1000 cm. Tables are also aligned to the margins, so other
// margins in a replaced styles.xml still work through the relative widths.
constexpr long kTextWidth = 16000;
// The tallest picture: well within A4's text height with 2.5 cm margins.
constexpr long kMaxImageHeight = 22000;

// "5.333cm" from 1/1000 cm, without printf (no locale decimal commas).
std::string cm(long thousandths) {
  std::string frac = std::to_string(thousandths % 1000);
  return std::to_string(thousandths / 1000) + "." + std::string(3 - frac.size(), '0') + frac + "cm";
}

bool safe_url(const std::string& url) {
  for (const char* scheme : {"http://", "https://", "mailto:"})
    if (url.rfind(scheme, 0) == 0) return true;
  return false;
}

// Character styles by (bold, italic, code), as flat automatic spans: nested
// spans of several character styles do not combine reliably in LibreOffice.
const char* span_style(bool bold, bool italic, bool code) {
  static const char* names[8] = {nullptr, "T_b", "T_i", "T_bi", "T_c", "T_bc", "T_ic", "T_bic"};
  return names[(bold ? 1 : 0) | (italic ? 2 : 0) | (code ? 4 : 0)];
}

void text_props(XmlWriter& x, bool bold, bool italic, bool code) {
  x.start("style:text-properties");
  if (code) x.attr("style:font-name", "Liberation Mono").attr("fo:font-size", "90%");
  if (bold)
    x.attr("fo:font-weight", "bold").attr("style:font-weight-asian", "bold").attr("style:font-weight-complex", "bold");
  if (italic)
    x.attr("fo:font-style", "italic").attr("style:font-style-asian", "italic").attr("style:font-style-complex", "italic");
  x.end();
}

bool has_images(cmark_node* root, const DocMeta& meta) {
  bool found = false;
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; !found && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
    found = ev == CMARK_EVENT_ENTER && find_image(cmark_iter_get_node(it), meta);
  cmark_iter_free(it);
  return found;
}

// The text of the SVG root's <desc> (a chart's data in words); empty if none.
std::string svg_desc(const std::string& svg) {
  std::string out;
  xmlDocPtr doc = xmlReadMemory(svg.data(), static_cast<int>(std::min<size_t>(svg.size(), INT_MAX)), nullptr, nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) return out;
  if (xmlNodePtr root = xmlDocGetRootElement(doc))
    for (xmlNodePtr c = root->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST "desc")) {
        xmlChar* t = xmlNodeGetContent(c);
        if (t) out = reinterpret_cast<const char*>(t);
        xmlFree(t);
        break;
      }
  xmlFreeDoc(doc);
  return out;
}

// cmark-gfm names a table's header row "table_header", its other rows
// "table_row"; both are rows here.
std::string table_name(int n) { return "Tabel" + std::to_string(n); }
std::string column_style(const std::string& table, int i) { return table + ".K" + std::to_string(i + 1); }

// Column styles must precede the body, so a first pass over the tree finds
// every table (numbered in document order, as Body numbers them) and gives
// its columns the widths of the one table layout (table_layout.h).
void column_styles(XmlWriter& x, cmark_node* root) {
  int count = 0;
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* table = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || table_part(table) != TablePart::table) continue;
    std::string name = table_name(++count);
    const TableLayout layout = layout_table(table);
    const std::vector<long> widths = layout.widths(kTextWidth);
    for (int i = 0; i < layout.columns; ++i) {
      x.start("style:style").attr("style:name", column_style(name, i)).attr("style:family", "table-column");
      x.start("style:table-column-properties")
          .attr("style:column-width", cm(widths[static_cast<size_t>(i)]))
          .attr("style:rel-column-width", std::to_string(layout.per_10000[static_cast<size_t>(i)]) + "*")
          .end();
      x.end();
    }
  }
  cmark_iter_free(it);
}

void automatic_styles(XmlWriter& x, cmark_node* root, bool images) {
  x.start("office:automatic-styles");
  if (images) {
    // A chart sits in its line like a large character: it stays in the
    // text flow and moves to the next page with its paragraph. (Anchored to
    // the paragraph, LibreOffice lifted a chart over the text above it when
    // the paragraph started near the foot of a page.)
    x.start("style:style").attr("style:name", "Fr_grafiek").attr("style:family", "graphic");
    x.start("style:graphic-properties")
        .attr("style:vertical-pos", "top")
        .attr("style:vertical-rel", "baseline")
        .end();
    x.end();
  }
  for (int i = 1; i < 8; ++i) {
    bool b = i & 1, it = i & 2, c = i & 4;
    x.start("style:style").attr("style:name", span_style(b, it, c)).attr("style:family", "text");
    text_props(x, b, it, c);
    x.end();
  }
  // Cell paragraphs aligned as the Markdown table's columns say.
  for (bool head : {false, true}) {
    for (const char* align : {"center", "end"}) {
      std::string name = std::string(head ? "PTH_" : "PTC_") + align;
      const char* parent = head ? "Table_20_Heading" : "Table_20_Contents";
      x.start("style:style").attr("style:name", name).attr("style:family", "paragraph");
      x.attr("style:parent-style-name", parent);
      x.start("style:paragraph-properties").attr("fo:text-align", align).end();
      x.end();
    }
  }
  // Writer only applies cell formatting from automatic styles, so the table
  // look is here; the cell paragraphs' styles come from styles.xml.
  x.start("style:style").attr("style:name", "Tbl").attr("style:family", "table");
  x.start("style:table-properties")
      .attr("style:width", cm(kTextWidth))
      .attr("table:align", "margins")
      .attr("fo:margin-top", "0.2cm")
      .attr("fo:margin-bottom", "0.3cm")
      .end();
  x.end();
  // A row never splits over two pages (LibreOffice: "Allow row to break
  // across pages" off); the header rows repeat on every page.
  x.start("style:style").attr("style:name", "TblRow").attr("style:family", "table-row");
  x.start("style:table-row-properties").attr("fo:keep-together", "always").end();
  x.end();
  for (const char* name : {"TblCell", "TblHead"}) {
    x.start("style:style").attr("style:name", name).attr("style:family", "table-cell");
    x.start("style:table-cell-properties")
        .attr("fo:padding-top", "0.08cm")
        .attr("fo:padding-bottom", "0.08cm")
        .attr("fo:padding-left", "0.15cm")
        .attr("fo:padding-right", "0.15cm")
        .attr("fo:border", "0.5pt solid #767676")  // the house style: templates/README.md
        .attr("style:vertical-align", "top");
    if (name[3] == 'H') x.attr("fo:background-color", "#e6e9ef");
    x.end().end();
  }
  if (root) column_styles(x, root);
  x.end();
}

struct ListState {
  bool ordered = false;
  int start = 1;
  bool first_item = true;
};

struct TableState {
  bool as_text = false;  // inside a list, where ODF allows no table
  int columns = 0;
  std::vector<char> align;
  bool header = false;
  int cell = 0;
};

// ---------------------------------------------------------------- tracked changes

// ODF change tracking for a redline (render/redline.h): every marked leaf
// is one text:changed-region, numbered in document order. office:text
// must begin with all regions, so they are found in a pass before the
// body, which then refers to them by node.
using ChangeIds = std::map<cmark_node*, int>;

std::string change_id(int k) { return "ct" + std::to_string(k); }

// Whether the walk writes `n` (an image's alt text is not written when the
// image is shown).
bool written(cmark_node* n, const DocMeta& meta) {
  for (cmark_node* p = cmark_node_parent(n); p; p = cmark_node_parent(p))
    if (find_image(p, meta)) return false;
  return true;
}

// Writes text:tracked-changes (nothing when no leaf is marked) and returns
// each marked leaf's region number. A deletion holds the deleted text, its
// spaces as <text:s/> so none collapses away at the start of the region.
ChangeIds tracked_changes(XmlWriter& x, cmark_node* root, const DocMeta& meta) {
  ChangeIds ids;
  if (!root) return ids;
  const std::string date = meta.date.size() == 10 ? meta.date + "T00:00:00" : std::string();
  int bold = 0, italic = 0;
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_STRONG) bold += ev == CMARK_EVENT_ENTER ? 1 : -1;
    if (t == CMARK_NODE_EMPH) italic += ev == CMARK_EVENT_ENTER ? 1 : -1;
    if (ev != CMARK_EVENT_ENTER) continue;
    Mark m = mark_of(n);
    bool leaf = t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_SOFTBREAK ||
                t == CMARK_NODE_LINEBREAK || t == CMARK_NODE_HTML_INLINE;
    if (m == Mark::none || !leaf || !written(n, meta)) continue;
    if (ids.empty()) x.start("text:tracked-changes");
    int k = static_cast<int>(ids.size()) + 1;
    ids[n] = k;
    x.start("text:changed-region").attr("xml:id", change_id(k)).attr("text:id", change_id(k));
    x.start(m == Mark::inserted ? "text:insertion" : "text:deletion");
    x.start("office:change-info");
    x.element("dc:creator", "zio");
    if (!date.empty()) x.element("dc:date", date);
    x.end();
    if (m == Mark::deleted) {
      x.start("text:p");
      const char* style = span_style(bold > 0, italic > 0, t == CMARK_NODE_CODE);
      if (style) x.start("text:span").attr("text:style-name", style);
      if (t == CMARK_NODE_LINEBREAK) {
        x.start("text:line-break").end();
      } else {
        const char* lit = cmark_node_get_literal(n);
        std::string text = xml_safe(t == CMARK_NODE_SOFTBREAK ? " " : lit ? lit : "");
        std::string run;
        for (char c : text) {
          if (c != ' ' && c != '\n' && c != '\t') {
            run += c;
            continue;
          }
          if (!run.empty()) x.text(run);
          run.clear();
          x.start(c == '\t' ? "text:tab" : "text:s").end();
        }
        if (!run.empty()) x.text(run);
      }
      if (style) x.end();
      x.end();  // text:p
    }
    x.end().end();  // insertion/deletion, changed-region
  }
  cmark_iter_free(it);
  if (!ids.empty()) x.end();
  return ids;
}

// Writes office:text from the tree.
class Body : public TreeVisitor {
 public:
  Body(XmlWriter& x, const DocMeta& meta, const ChangeIds& changes) : x_(x), meta_(meta), changes_(changes) {}

  // The image NAMEs the body shows, in order of first appearance.
  const std::vector<std::string>& images() const { return images_; }

  void title_block(const DocMeta& meta) {
    if (!meta.title.empty()) paragraph("Title", meta.title);
    if (!meta.subtitle.empty()) paragraph("Subtitle", meta.subtitle);
  }

  void walk(cmark_node* root) {
    HeadingDepths depths(root);
    depths_ = &depths;
    zio::walk(root, meta_, *this);
    depths_ = nullptr;
  }

  // The alt text is the frame's title, so the image's children are not walked.
  void image(cmark_node* n, const Image&, const std::string& name) override { frame(n, name); }

 private:
  XmlWriter& x_;
  std::vector<ListState> lists_;
  std::vector<TableState> tables_;
  std::vector<bool> links_;  // per open link: was a text:a started
  int quote_ = 0, bold_ = 0, italic_ = 0;
  int table_count_ = 0;
  const DocMeta& meta_;
  std::vector<std::string> images_;
  int frame_count_ = 0;
  HeadingDepths* depths_ = nullptr;
  const ChangeIds& changes_;

  // A marked leaf in the body: an insertion between text:change-start and
  // text:change-end, a deletion as a text:change where it was (its text is
  // in the region, so the body's spacing is that of NEW).
  template <class F>
  void tracked(cmark_node* n, F body) {
    auto found = changes_.find(n);
    if (found == changes_.end()) return body();
    const std::string id = change_id(found->second);
    bool own_par = !in_par_;
    if (own_par) open_par("text:p", block_style());
    if (mark_of(n) == Mark::deleted) {
      x_.start("text:change").attr("text:change-id", id).end();
    } else {
      x_.start("text:change-start").attr("text:change-id", id).end();
      body();
      x_.start("text:change-end").attr("text:change-id", id).end();
    }
    if (own_par) close_par();
  }

  // A draw:frame anchored as a character of the paragraph it stands in,
  // sized from the image's pixels at 96 dpi and never larger than the text
  // area.
  void frame(cmark_node* n, const std::string& name) {
    const Image& img = meta_.images.at(name);
    if (std::find(images_.begin(), images_.end(), name) == images_.end()) images_.push_back(name);
    long w = img.width_px * 2540L / 96, h = img.height_px * 2540L / 96;  // 1/1000 cm
    if (w > kTextWidth) {
      h = h * kTextWidth / w;
      w = kTextWidth;
    }
    if (h > kMaxImageHeight) {  // a chart of many bars still fits on a page
      w = w * kMaxImageHeight / h;
      h = kMaxImageHeight;
    }
    bool own_par = !in_par_;
    if (own_par) open_par("text:p", block_style());
    x_.start("draw:frame")
        .attr("draw:style-name", "Fr_grafiek")
        .attr("draw:name", "Grafiek" + std::to_string(++frame_count_))
        .attr("text:anchor-type", "as-char")
        .attr("svg:width", cm(w))
        .attr("svg:height", cm(h))
        .attr("draw:z-index", "0");
    auto image = [&](const std::string& path, const char* type) {
      x_.start("draw:image")
          .attr("xlink:href", path)
          .attr("xlink:type", "simple")
          .attr("xlink:show", "embed")
          .attr("xlink:actuate", "onLoad")
          .attr("draw:mime-type", type)
          .end();
    };
    image("Pictures/" + name + ".svg", "image/svg+xml");
    if (!img.png.empty()) image("Pictures/" + name + ".png", "image/png");
    const std::string alt = xml_safe(plain_text(n)), desc = xml_safe(svg_desc(img.svg));
    if (!alt.empty()) x_.element("svg:title", alt);
    if (!desc.empty() || !alt.empty()) x_.element("svg:desc", desc.empty() ? alt : desc);
    x_.end();
    if (own_par) close_par();
  }
  bool in_par_ = false;
  bool ws_ = true;  // the paragraph so far is empty or ends in white space

  static std::string literal(cmark_node* n) {
    const char* s = cmark_node_get_literal(n);
    return s ? s : "";
  }

  const char* block_style() const {
    if (!lists_.empty()) return "List_20_Paragraph";
    if (quote_ > 0) return "Quotations";
    return "Text_20_body";
  }

  void open_par(const char* element, const char* style) {
    x_.start(element).attr("text:style-name", style);
    in_par_ = true;
    ws_ = true;
  }
  void close_par() {
    x_.end();
    in_par_ = false;
  }
  void paragraph(const char* style, const std::string& text) {
    open_par("text:p", style);
    chars(xml_safe(text), false);
    close_par();
  }

  // ODF collapses runs of white space, so every space after the first (and
  // any at the start of a paragraph) goes out as <text:s/>. With `lines`,
  // newlines are line breaks (code and html blocks); otherwise spaces.
  void chars(const std::string& s, bool lines) {
    std::string run;
    auto flush = [&] {
      x_.text(run);
      run.clear();
    };
    for (size_t i = 0; i < s.size();) {
      char c = s[i];
      if (c == ' ' || (c == '\n' && !lines)) {
        size_t n = 0;
        while (i < s.size() && (s[i] == ' ' || (s[i] == '\n' && !lines))) ++n, ++i;
        if (!ws_) {
          run += ' ';
          --n;
        }
        if (n > 0) {
          flush();
          x_.start("text:s");
          if (n > 1) x_.attr("text:c", std::to_string(n));
          x_.end();
        }
        ws_ = true;
      } else if (c == '\t' || c == '\n') {
        flush();
        x_.start(c == '\t' ? "text:tab" : "text:line-break").end();
        ws_ = true;
        ++i;
      } else {
        run += c;
        ws_ = false;
        ++i;
      }
    }
    flush();
  }

  void inline_text(const std::string& s, bool code) {
    if (s.empty()) return;
    bool own_par = !in_par_;  // an unknown leaf at block level
    if (own_par) open_par("text:p", block_style());
    const char* style = span_style(bold_ > 0, italic_ > 0, code);
    if (style) x_.start("text:span").attr("text:style-name", style);
    chars(xml_safe(s), false);
    if (style) x_.end();
    if (own_par) close_par();
  }

  void block_literal(const char* style, std::string s) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    open_par("text:p", style);
    chars(xml_safe(s), true);
    close_par();
  }

  bool enter(cmark_node* n) override {
    enter_node(n);
    return true;
  }

  void enter_node(cmark_node* n) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_DOCUMENT:
        return;
      case CMARK_NODE_HEADING: {
        // The outline starts at level 1 (the title is the Title paragraph).
        int level = depths_ ? depths_->next(n) : std::clamp(cmark_node_get_heading_level(n), 1, 6);
        open_par("text:h", level == 1 ? "Heading_20_1" : level == 2 ? "Heading_20_2" : "Heading_20_3");
        x_.attr("text:outline-level", std::to_string(level));
        return;
      }
      case CMARK_NODE_PARAGRAPH:
        open_par("text:p", block_style());
        return;
      case CMARK_NODE_TEXT:
      case CMARK_NODE_HTML_INLINE:
        tracked(n, [&] { inline_text(literal(n), false); });
        return;
      case CMARK_NODE_CODE:
        tracked(n, [&] { inline_text(literal(n), true); });
        return;
      case CMARK_NODE_SOFTBREAK:
        tracked(n, [&] { inline_text(" ", false); });
        return;
      case CMARK_NODE_LINEBREAK:
        tracked(n, [&] {
          if (in_par_) {
            x_.start("text:line-break").end();
            ws_ = true;
          }
        });
        return;
      case CMARK_NODE_EMPH:
        ++italic_;
        return;
      case CMARK_NODE_STRONG:
        ++bold_;
        return;
      case CMARK_NODE_LINK: {
        const char* url = cmark_node_get_url(n);
        std::string u = url ? xml_safe(url) : "";
        // Only web and mail links become live; anything else stays text.
        links_.push_back(in_par_ && safe_url(u));
        if (links_.back()) x_.start("text:a").attr("xlink:type", "simple").attr("xlink:href", u);
        return;
      }
      case CMARK_NODE_LIST:
        lists_.push_back({cmark_node_get_list_type(n) == CMARK_ORDERED_LIST, cmark_node_get_list_start(n), true});
        x_.start("text:list").attr("text:style-name", lists_.back().ordered ? "List_20_Number" : "List_20_Bullet");
        return;
      case CMARK_NODE_ITEM: {
        x_.start("text:list-item");
        ListState& l = lists_.back();
        if (l.ordered && l.first_item && l.start != 1) x_.attr("text:start-value", std::to_string(l.start));
        l.first_item = false;
        return;
      }
      case CMARK_NODE_BLOCK_QUOTE:
        ++quote_;
        return;
      case CMARK_NODE_THEMATIC_BREAK:
        x_.start("text:p").attr("text:style-name", "Horizontal_20_Line").end();
        return;
      case CMARK_NODE_CODE_BLOCK:
        block_literal("Preformatted_20_Text", literal(n));
        return;
      case CMARK_NODE_HTML_BLOCK:
        block_literal(block_style(), literal(n));
        return;
      default:
        break;
    }
    const TablePart part = table_part(n);
    if (part == TablePart::table)
      enter_table(n);
    else if (part == TablePart::row)
      enter_row(n);
    else if (part == TablePart::cell)
      enter_cell();
    else if (cmark_node_first_child(n) == nullptr)
      inline_text(literal(n), false);  // an unknown leaf: its plain text
  }

  void leave(cmark_node* n) override {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_HEADING:
      case CMARK_NODE_PARAGRAPH:
        close_par();
        return;
      case CMARK_NODE_EMPH:
        --italic_;
        return;
      case CMARK_NODE_STRONG:
        --bold_;
        return;
      case CMARK_NODE_LINK:
        if (links_.back()) x_.end();
        links_.pop_back();
        return;
      case CMARK_NODE_LIST:
        x_.end();
        lists_.pop_back();
        return;
      case CMARK_NODE_ITEM:
        x_.end();
        return;
      case CMARK_NODE_BLOCK_QUOTE:
        --quote_;
        return;
      default:
        break;
    }
    const TablePart part = table_part(n);
    if (part == TablePart::table)
      leave_table();
    else if (part == TablePart::row)
      leave_row();
    else if (part == TablePart::cell)
      leave_cell();
  }

  void enter_table(cmark_node* n) {
    TableState t;
    t.columns = std::max<int>(1, cmark_gfm_extensions_get_table_columns(n));
    const uint8_t* align = cmark_gfm_extensions_get_table_alignments(n);
    for (int i = 0; i < t.columns; ++i) t.align.push_back(align ? static_cast<char>(align[i]) : 0);
    t.as_text = !lists_.empty();
    tables_.push_back(t);
    std::string name = table_name(++table_count_);
    if (t.as_text) return;
    x_.start("table:table").attr("table:name", name).attr("table:style-name", "Tbl");
    for (int i = 0; i < t.columns; ++i)
      x_.start("table:table-column").attr("table:style-name", column_style(name, i)).end();
  }

  void leave_table() {
    if (!tables_.back().as_text) x_.end();
    tables_.pop_back();
  }

  void enter_row(cmark_node* n) {
    TableState& t = tables_.back();
    t.header = is_header_row(n);
    t.cell = 0;
    if (t.as_text) {
      open_par("text:p", block_style());
      if (t.header) ++bold_;
      return;
    }
    if (t.header) x_.start("table:table-header-rows");
    x_.start("table:table-row").attr("table:style-name", "TblRow");
  }

  void leave_row() {
    TableState& t = tables_.back();
    if (t.as_text) {
      if (t.header) --bold_;
      close_par();
      return;
    }
    while (t.cell < t.columns) {  // a short row: fill it up
      enter_cell();
      leave_cell();
    }
    x_.end();
    if (t.header) x_.end();
  }

  void enter_cell() {
    TableState& t = tables_.back();
    if (t.as_text) {
      if (t.cell > 0) inline_text(" | ", false);
      ++t.cell;
      return;
    }
    char a = t.cell < t.columns ? t.align[static_cast<size_t>(t.cell)] : 0;
    x_.start("table:table-cell")
        .attr("table:style-name", t.header ? "TblHead" : "TblCell")
        .attr("office:value-type", "string");
    std::string style = t.header ? "Table_20_Heading" : "Table_20_Contents";
    if (a == 'c' || a == 'r') style = std::string(t.header ? "PTH_" : "PTC_") + (a == 'c' ? "center" : "end");
    open_par("text:p", style.c_str());
    ++t.cell;
  }

  void leave_cell() {
    if (tables_.back().as_text) return;
    close_par();
    x_.end();
  }
};

void namespaces(XmlWriter& x) {
  x.attr("xmlns:office", kNsOffice)
      .attr("xmlns:style", kNsStyle)
      .attr("xmlns:text", kNsText)
      .attr("xmlns:table", kNsTable)
      .attr("xmlns:fo", kNsFo)
      .attr("xmlns:svg", kNsSvg)
      .attr("xmlns:xlink", kNsXlink)
      .attr("xmlns:dc", kNsDc)
      .attr("xmlns:meta", kNsMeta)
      .attr("xmlns:draw", kNsDraw);
}

std::string content_xml(const Tree& tree, const DocMeta& meta, std::vector<std::string>& images) {
  XmlWriter x;
  x.start("office:document-content");
  namespaces(x);
  x.attr("office:version", kOdfVersion);
  // The code font is declared here because automatic styles refer to it.
  x.start("office:font-face-decls");
  x.start("style:font-face")
      .attr("style:name", "Liberation Mono")
      .attr("svg:font-family", "'Liberation Mono'")
      .attr("style:font-family-generic", "modern")
      .attr("style:font-pitch", "fixed")
      .end();
  x.end();
  automatic_styles(x, tree.root(), tree.root() && has_images(tree.root(), meta));
  x.start("office:body").start("office:text");
  const ChangeIds changes = tracked_changes(x, tree.root(), meta);
  Body body(x, meta, changes);
  body.title_block(meta);
  if (tree.root()) body.walk(tree.root());
  images = body.images();
  return x.finish();
}

std::string meta_xml(const DocMeta& meta) {
  XmlWriter x;
  x.start("office:document-meta");
  x.attr("xmlns:office", kNsOffice).attr("xmlns:meta", kNsMeta).attr("xmlns:dc", kNsDc).attr("xmlns:xlink", kNsXlink);
  x.attr("office:version", kOdfVersion);
  x.start("office:meta");
  if (!meta.generator.empty()) x.element("meta:generator", xml_safe(meta.generator));
  if (!meta.title.empty()) x.element("dc:title", xml_safe(meta.title));
  if (!meta.subtitle.empty()) x.element("dc:subject", xml_safe(meta.subtitle));
  x.element("dc:language", meta.lang == Lang::en ? "en-GB" : "nl-NL");
  std::string fp = xml_safe(meta.fingerprint);
  // How it was made (provenance.h), one keyword each: LibreOffice carries
  // them into a PDF's Keywords, where verify reads them back.
  for (const std::string& k : provenance_keywords(meta)) x.element("meta:keyword", xml_safe(k));
  // The header and footer of styles.xml show these through text:user-defined
  // fields; every language-dependent word comes from here, none from there.
  auto property = [&](const char* name, const std::string& value) {
    x.start("meta:user-defined").attr("meta:name", name).attr("meta:value-type", "string").text(xml_safe(value)).end();
  };
  property("zio-vingerafdruk", fp);
  property("zio-status", meta.header_text());
  property("zio-voettekst", meta.footer_text());
  property("zio-pagina", meta.lang == Lang::en ? "page" : "pagina");
  property("zio-soort", meta.kind);
  property("zio-peildatum", meta.date);
  if (!meta.since_fingerprint.empty()) property("zio-sinds-vingerafdruk", meta.since_fingerprint);
  return x.finish();
}

std::string manifest_xml(const std::vector<std::string>& images, const DocMeta& meta) {
  XmlWriter x;
  x.start("manifest:manifest").attr("xmlns:manifest", kNsManifest).attr("manifest:version", kOdfVersion);
  auto entry = [&](const char* path, const char* type) {
    x.start("manifest:file-entry").attr("manifest:full-path", path);
    if (path[0] == '/') x.attr("manifest:version", kOdfVersion);
    x.attr("manifest:media-type", type).end();
  };
  entry("/", kMime);
  entry("content.xml", "text/xml");
  entry("styles.xml", "text/xml");
  entry("meta.xml", "text/xml");
  for (const std::string& name : images) {
    entry(("Pictures/" + name + ".svg").c_str(), "image/svg+xml");
    if (!meta.images.at(name).png.empty()) entry(("Pictures/" + name + ".png").c_str(), "image/png");
  }
  return x.finish();
}

bool well_formed(std::string_view xml) {
  if (xml.empty()) return false;
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "styles.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) return false;
  xmlFreeDoc(doc);
  return true;
}

}  // namespace

std::string write_odt(const Tree& tree, const DocMeta& meta, std::string_view styles_xml) {
  // A broken replacement styles.xml would give a file LibreOffice refuses;
  // say so here instead.
  if (!well_formed(styles_xml)) throw std::runtime_error("styles.xml for ODT is not well-formed XML");
  std::vector<std::string> images;
  std::string content = content_xml(tree, meta, images);
  std::vector<ZipEntry> entries{
      {"mimetype", kMime, true},
      {"content.xml", std::move(content)},
      {"styles.xml", std::string(styles_xml)},
      {"meta.xml", meta_xml(meta)},
  };
  for (const std::string& name : images) {
    const Image& img = meta.images.at(name);
    entries.push_back({"Pictures/" + name + ".svg", img.svg});
    if (!img.png.empty()) entries.push_back({"Pictures/" + name + ".png", img.png, true});  // PNG is compressed already
  }
  entries.push_back({"META-INF/manifest.xml", manifest_xml(images, meta)});
  return make_zip(entries);
}

std::string read_fingerprint_odt(std::string_view file) {
  std::string result;
  try {
    std::string meta;
    if (!read_zip_entry(std::string(file), "meta.xml", meta) || meta.empty()) return {};
    xmlDocPtr doc = xmlReadMemory(meta.data(), static_cast<int>(meta.size()), "meta.xml", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) return {};
    if (xmlXPathContextPtr ctx = xmlXPathNewContext(doc)) {
      xmlXPathRegisterNs(ctx, BAD_CAST "office", BAD_CAST kNsOffice);
      xmlXPathRegisterNs(ctx, BAD_CAST "meta", BAD_CAST kNsMeta);
      xmlXPathObjectPtr r = xmlXPathEvalExpression(
          BAD_CAST "string(/office:document-meta/office:meta/meta:user-defined[@meta:name='zio-vingerafdruk'])", ctx);
      if (r && r->type == XPATH_STRING && r->stringval) result = reinterpret_cast<const char*>(r->stringval);
      if (r) xmlXPathFreeObject(r);
      xmlXPathFreeContext(ctx);
    }
    xmlFreeDoc(doc);
  } catch (...) {
    return {};
  }
  return trim_space(result);  // as every reader does (provenance.h)
}

}  // namespace zio
