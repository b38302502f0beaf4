// DOCX (Office Open XML WordprocessingML) writer: walks the document tree
// once with cmark's iterator and writes word/document.xml, then the parts
// around it. Every part goes through XmlWriter (libxml2), the zip through
// make_zip, so output is well-formed and byte-for-byte reproducible.
//
// Word is strict about child order inside w:pPr, w:rPr, w:tblPr, w:tcPr and
// w:sectPr (the schema uses xsd:sequence); the helpers below keep it.
//
// Charts (![alt](zio:NAME) with NAME in DocMeta::images) are inline
// pictures as Word 2016+ writes them: word/media/NAME.png as the picture
// every reader shows, word/media/NAME.svg through the asvg:svgBlip
// extension for those that read it; the alt text is wp:docPr's descr.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
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

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char* kCustomNs = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
constexpr const char* kVtNs = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
constexpr const char* kFingerprintProperty = "zio-vingerafdruk";
constexpr const char* kWp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
constexpr const char* kA = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr const char* kPic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
constexpr const char* kAsvg = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
constexpr const char* kSvgBlipExt = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
constexpr long kEmuPerPx = 9525;     // at 96 dpi
constexpr long kEmuPerTwip = 635;

// Page geometry in twips: A4, 2.5 cm margins, so the text is 9070 wide.
constexpr int kPageW = 11906, kPageH = 16838, kMargin = 1418, kHdrFtr = 709;
constexpr int kTextWidth = kPageW - 2 * kMargin;
// Lists: number at 1 cm per level, text 0.7 cm after it; quotes 1 cm.
constexpr int kLevelStep = 567, kHanging = 397, kQuoteStep = 567, kMaxIndentSteps = 8;

const char* mono_font() { return "Liberation Mono"; }

// The document's own words, per language, in one place.
struct Words {
  const char* lang_tag;  // BCP 47, for w:lang and dc:language
  const char* page;      // before the page number in the footer
  const char* status_concept;
  const char* status_final;
  const char* decimal_symbol;
  const char* list_separator;
};
const Words& words(Lang lang) {
  static const Words nl{"nl-NL", "pagina ", "concept", "definitief", ",", ";"};
  static const Words en{"en-GB", "page ", "draft", "final", ".", ","};
  return lang == Lang::en ? en : nl;
}

// ---------------------------------------------------------------- text

enum class Dir { L, R, N };

// Strong direction of a code point, coarsely: the right-to-left blocks
// (Hebrew, Arabic, Syriac, Thaana, NKo, ... and their presentation forms)
// are R; letters of other scripts L; digits, spaces, punctuation, symbols
// and emoji N.
Dir direction(char32_t cp) {
  if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9)) return Dir::N;  // Arabic digits
  if ((cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF) ||
      (cp >= 0x10800 && cp <= 0x10FFF) || (cp >= 0x1E800 && cp <= 0x1EFFF))
    return Dir::R;
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) return Dir::L;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return Dir::N;
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
      (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0xE0000))
    return Dir::N;
  return Dir::L;
}

// The base direction of a paragraph: that of its first strong character.
bool starts_rtl(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    Dir d = direction(next_codepoint(s, i));
    if (d != Dir::N) return d == Dir::R;
  }
  return false;
}

struct Segment {
  std::string text;
  bool rtl;
};

// Splits text into runs of one direction, so right-to-left words get w:rtl
// and the Latin around them does not. A neutral between two characters of
// the same direction joins them; otherwise it takes the paragraph's.
std::vector<Segment> split_direction(const std::string& s, bool base_rtl) {
  std::vector<std::pair<size_t, Dir>> cps;  // start offset, direction
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    cps.emplace_back(at, direction(next_codepoint(s, i)));
  }
  const Dir base = base_rtl ? Dir::R : Dir::L;
  std::vector<Dir> resolved(cps.size(), base);
  Dir prev = base;
  for (size_t k = 0; k < cps.size(); ++k) {
    if (cps[k].second != Dir::N) {
      prev = resolved[k] = cps[k].second;
      continue;
    }
    size_t j = k;
    while (j < cps.size() && cps[j].second == Dir::N) ++j;
    Dir next = j < cps.size() ? cps[j].second : base;
    for (size_t m = k; m < j; ++m) resolved[m] = prev == next ? prev : base;
    k = j - 1;
  }
  std::vector<Segment> out;
  for (size_t k = 0; k < cps.size(); ++k) {
    size_t end = k + 1 < cps.size() ? cps[k + 1].first : s.size();
    bool rtl = resolved[k] == Dir::R;
    if (out.empty() || out.back().rtl != rtl) out.push_back({"", rtl});
    out.back().text.append(s, cps[k].first, end - cps[k].first);
  }
  return out;
}

// ---------------------------------------------------------------- images

// The relationship ids of the k-th image (0-based): PNG and SVG.
std::string png_rel_id(size_t k) { return "rIdImg" + std::to_string(k + 1); }
std::string svg_rel_id(size_t k) { return "rIdImg" + std::to_string(k + 1) + "Svg"; }

// ---------------------------------------------------------------- body

struct ListInfo {
  int num_id;
};

struct OrderedList {
  int level;
  int start;
  bool paren;  // "1)" rather than "1."
};

// Writes the body of word/document.xml from the tree.
class BodyWriter : public TreeVisitor {
 public:
  BodyWriter(XmlWriter& x, const DocMeta& meta)
      : x_(x), lang_(words(meta.lang).lang_tag), meta_(meta),
        change_date_(meta.date.size() == 10 ? meta.date + "T00:00:00Z" : std::string()) {}

  // The image NAMEs the body shows, in order of first appearance; the k-th
  // has relationships png_rel_id(k) and svg_rel_id(k).
  const std::vector<std::string>& images() const { return images_; }

  void title_block(const DocMeta& meta) {
    if (!meta.title.empty()) simple_paragraph("Title", meta.title);
    if (!meta.subtitle.empty()) simple_paragraph("Subtitle", meta.subtitle);
  }

  void walk(cmark_node* root) {
    HeadingDepths depths(root);
    depths_ = &depths;
    zio::walk(root, meta_, *this);
    depths_ = nullptr;
    close_implicit();
  }

  // Every Word needs the PNG beside the SVG; without one the alt text shows.
  bool shows(const Image& image) const override { return !image.png.empty(); }
  // The alt text is the picture's descr, so the image's children are not walked.
  void image(cmark_node* n, const Image&, const std::string& name) override { drawing(n, name); }

  const std::vector<OrderedList>& ordered_lists() const { return ordered_; }

 private:
  struct Item {
    cmark_node* node;
    int num_id;
    bool numbered = false;
  };
  struct Fmt {
    int strong = 0, emph = 0;
  };
  struct Table {
    int columns;
    std::vector<uint8_t> align;
    std::vector<int> widths;  // twips, one per column
    int cell = 0;  // cells written in the current row
    bool header_row = false;
  };

  // ----- indentation and paragraph properties

  int list_depth() const { return static_cast<int>(lists_.size()); }
  int ilvl() const { return std::min(list_depth() - 1, 8); }
  int quote_indent() const { return kQuoteStep * std::min(quote_depth_, kMaxIndentSteps); }
  // Left edge of text inside the innermost list item, or 0 outside lists.
  int list_text_indent() const {
    if (lists_.empty()) return 0;
    return kLevelStep * std::min(list_depth() - 1, kMaxIndentSteps) + kHanging;
  }

  struct PPr {
    const char* style = nullptr;
    int num_id = 0;  // 0: not numbered
    int ilvl = 0;
    bool border_bottom = false;
    bool bidi = false;
    int spacing_after = -1;
    int left = 0;
    int hanging = 0;
    const char* jc = nullptr;
    Mark mark = Mark::none;  // a paragraph added or removed whole: its mark is tracked too
  };

  void ppr(const PPr& p) {
    x_.start("w:pPr");
    if (p.style) x_.start("w:pStyle").attr("w:val", p.style).end();
    if (p.num_id) {
      x_.start("w:numPr");
      x_.start("w:ilvl").attr("w:val", std::to_string(p.ilvl)).end();
      x_.start("w:numId").attr("w:val", std::to_string(p.num_id)).end();
      x_.end();
    }
    if (p.border_bottom) {
      x_.start("w:pBdr");
      x_.start("w:bottom").attr("w:val", "single").attr("w:sz", "6").attr("w:space", "1").attr("w:color", "767676").end();
      x_.end();
    }
    if (p.bidi) x_.start("w:bidi").end();
    if (p.spacing_after >= 0) x_.start("w:spacing").attr("w:after", std::to_string(p.spacing_after)).end();
    if (p.left > 0 || p.hanging > 0) {
      x_.start("w:ind").attr("w:left", std::to_string(p.left));
      if (p.hanging > 0) x_.attr("w:hanging", std::to_string(p.hanging));
      x_.end();
    }
    if (p.jc) x_.start("w:jc").attr("w:val", p.jc).end();
    if (p.mark != Mark::none) {
      // The paragraph mark as a tracked change, so accepting a removed
      // paragraph (or rejecting an added one) leaves no empty line.
      x_.start("w:rPr");
      change_attrs(p.mark);
      x_.end().end();
    }
    x_.end();
  }

  // Paragraph properties from where a block sits: in a list item (the
  // item's first block carries its number), in a block quote.
  PPr context_ppr(cmark_node* n, const char* style, bool take_number = false) {
    PPr p;
    p.style = style;
    if (!items_.empty() && !items_.back().numbered && (take_number || cmark_node_parent(n) == items_.back().node)) {
      items_.back().numbered = true;
      p.num_id = items_.back().num_id;
      p.ilvl = ilvl();
      p.hanging = kHanging;
    }
    if (!p.style && (p.num_id || (quote_depth_ == 0 && !lists_.empty()))) p.style = "ListParagraph";
    if (!p.style && quote_depth_ > 0) p.style = "Quote";
    if (!lists_.empty() || quote_depth_ > 0) p.left = list_text_indent() + quote_indent();
    return p;
  }

  // A block that cannot carry the item's number (a nested list, a table):
  // the number goes on an empty paragraph of its own.
  void number_item_if_needed(cmark_node* n) {
    if (items_.empty() || cmark_node_parent(n) != items_.back().node || items_.back().numbered) return;
    numbered_empty_paragraph();
  }
  void numbered_empty_paragraph() {
    x_.start("w:p");
    ppr(context_ppr(items_.back().node, nullptr, true));
    x_.end();
  }

  // ----- runs

  void rpr(bool rtl, bool mono) {
    x_.start("w:rPr");
    if (mono) x_.start("w:rFonts").attr("w:ascii", mono_font()).attr("w:hAnsi", mono_font()).attr("w:cs", mono_font()).end();
    if (fmt_.strong > 0 || table_header_cell()) x_.start("w:b").end().start("w:bCs").end();
    if (fmt_.emph > 0) x_.start("w:i").end().start("w:iCs").end();
    if (mono) x_.start("w:shd").attr("w:val", "clear").attr("w:color", "auto").attr("w:fill", "EFEFEF").end();
    if (rtl) x_.start("w:rtl").end();
    x_.start("w:lang").attr("w:val", lang_).end();
    x_.end();
  }

  void run(std::string_view raw, bool mono = false) {
    std::string text = xml_safe(raw);
    if (text.empty()) return;
    // Deleted text of a tracked change is w:delText, not w:t.
    const char* t_elem = mark_ == Mark::deleted ? "w:delText" : "w:t";
    for (const Segment& seg : split_direction(text, para_rtl_)) {
      x_.start("w:r");
      rpr(seg.rtl, mono);
      const std::string& t = seg.text;
      size_t from = 0;
      for (size_t i = 0; i <= t.size(); ++i) {
        if (i < t.size() && t[i] != '\t' && t[i] != '\n') continue;
        if (i > from) x_.start(t_elem).attr("xml:space", "preserve").text(std::string_view(t).substr(from, i - from)).end();
        if (i < t.size()) x_.start(t[i] == '\t' ? "w:tab" : "w:br").end();
        from = i + 1;
      }
      x_.end();
    }
  }

  // Starts a tracked change (render/redline.h), left open for its content:
  // w:ins or w:del with a unique id, author "zio" and NEW's peildatum.
  void change_attrs(Mark m) {
    x_.start(m == Mark::inserted ? "w:ins" : "w:del").attr("w:id", std::to_string(++change_id_)).attr("w:author", "zio");
    if (!change_date_.empty()) x_.attr("w:date", change_date_);
  }
  // The runs `body` writes for leaf `n`, inside the change its mark is.
  template <class F>
  void tracked(cmark_node* n, F body) {
    Mark m = mark_of(n);
    if (m == Mark::none) return body();
    change_attrs(m);
    mark_ = m;
    body();
    mark_ = Mark::none;
    x_.end();
  }

  void simple_paragraph(const char* style, const std::string& text) {
    std::string safe = xml_safe(text);
    para_rtl_ = starts_rtl(safe);
    PPr p;
    p.style = style;
    p.bidi = para_rtl_;
    x_.start("w:p");
    ppr(p);
    run(safe);
    x_.end();
    para_rtl_ = false;
  }

  static std::string literal(cmark_node* n) {
    const char* lit = cmark_node_get_literal(n);
    return lit ? lit : "";
  }

  // A literal block (code, raw HTML) as one paragraph, lines kept.
  void literal_block(cmark_node* n, bool mono) {
    std::string text = literal(n);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    para_rtl_ = !mono && starts_rtl(text);
    PPr p = context_ppr(n, nullptr);
    p.bidi = para_rtl_;
    x_.start("w:p");
    ppr(p);
    run(text, mono);
    x_.end();
    para_rtl_ = false;
  }

  bool table_header_cell() const { return !tables_.empty() && tables_.back().header_row && in_cell_; }

  // Inline content outside a paragraph does not occur in cmark's trees;
  // should it, it still lands in a paragraph rather than breaking the XML.
  void ensure_paragraph() {
    if (open_inline_ > 0 || implicit_) return;
    x_.start("w:p");
    implicit_ = true;
  }
  void close_implicit() {
    if (!implicit_) return;
    x_.end();
    implicit_ = false;
  }

  // ----- the walk

  static bool is_inline(cmark_node_type type) { return (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE; }

  bool enter(cmark_node* n) override {
    cmark_node_type type = cmark_node_get_type(n);
    if (!is_inline(type)) close_implicit();
    switch (type) {
      case CMARK_NODE_DOCUMENT:
        return true;
      case CMARK_NODE_PARAGRAPH: {
        para_rtl_ = starts_rtl(plain_text(n));
        PPr p = context_ppr(n, nullptr);
        p.bidi = para_rtl_;
        p.mark = whole_mark(n);
        x_.start("w:p");
        ppr(p);
        ++open_inline_;
        return true;
      }
      case CMARK_NODE_HEADING: {
        // The outline starts at Heading 1 (the title is the Title paragraph).
        static const char* const styles[] = {"Heading1", "Heading2", "Heading3"};
        int level = std::min(depths_ ? depths_->next(n) : std::clamp(cmark_node_get_heading_level(n), 1, 3), 3);
        para_rtl_ = starts_rtl(plain_text(n));
        PPr p = context_ppr(n, styles[level - 1]);
        p.bidi = para_rtl_;
        p.mark = whole_mark(n);
        x_.start("w:p");
        ppr(p);
        ++open_inline_;
        return true;
      }
      case CMARK_NODE_LIST: {
        number_item_if_needed(n);
        int num_id = 1;  // all bullet lists share one numbering
        if (cmark_node_get_list_type(n) == CMARK_ORDERED_LIST) {
          // Each ordered list its own numbering, so each starts afresh.
          ordered_.push_back({std::min(list_depth(), 8), cmark_node_get_list_start(n),
                              cmark_node_get_list_delim(n) == CMARK_PAREN_DELIM});
          num_id = static_cast<int>(ordered_.size()) + 1;
        }
        lists_.push_back({num_id});
        return true;
      }
      case CMARK_NODE_ITEM:
        items_.push_back({n, lists_.empty() ? 1 : lists_.back().num_id});
        return true;
      case CMARK_NODE_BLOCK_QUOTE:
        number_item_if_needed(n);
        ++quote_depth_;
        return true;
      case CMARK_NODE_CODE_BLOCK:
        literal_block(n, true);
        return true;
      case CMARK_NODE_HTML_BLOCK:
        literal_block(n, false);
        return true;
      case CMARK_NODE_THEMATIC_BREAK: {
        number_item_if_needed(n);
        PPr p = context_ppr(n, nullptr);
        p.border_bottom = true;
        p.spacing_after = 240;
        x_.start("w:p");
        ppr(p);
        x_.end();
        return true;
      }
      case CMARK_NODE_TEXT:
      case CMARK_NODE_HTML_INLINE:  // raw HTML is shown as the text it is
        ensure_paragraph();
        tracked(n, [&] { run(literal(n)); });
        return true;
      case CMARK_NODE_CODE:
        ensure_paragraph();
        tracked(n, [&] { run(literal(n), true); });
        return true;
      case CMARK_NODE_SOFTBREAK:
        ensure_paragraph();
        tracked(n, [&] { run(" "); });
        return true;
      case CMARK_NODE_LINEBREAK:
        ensure_paragraph();
        tracked(n, [&] { x_.start("w:r").start("w:br").end().end(); });
        return true;
      case CMARK_NODE_EMPH:
        ++fmt_.emph;
        return true;
      case CMARK_NODE_STRONG:
        ++fmt_.strong;
        return true;
      default:
        break;
    }
    const TablePart part = table_part(n);
    if (part == TablePart::table) {
      number_item_if_needed(n);
      Table t;
      const TableLayout layout = layout_table(n);
      t.columns = layout.columns;
      t.align.assign(layout.align.begin(), layout.align.end());
      int indent = list_text_indent() + quote_indent();
      for (long w : layout.widths(std::max(kTextWidth - indent, 567 * 2))) t.widths.push_back(static_cast<int>(w));
      int total = 0;
      for (int w : t.widths) total += w;
      x_.start("w:tbl");
      x_.start("w:tblPr");
      x_.start("w:tblStyle").attr("w:val", "ZioTabel").end();
      x_.start("w:tblW").attr("w:w", std::to_string(total)).attr("w:type", "dxa").end();
      if (indent > 0) x_.start("w:tblInd").attr("w:w", std::to_string(indent)).attr("w:type", "dxa").end();
      x_.start("w:tblLayout").attr("w:type", "fixed").end();
      x_.start("w:tblLook").attr("w:val", "0620").attr("w:firstRow", "1").attr("w:lastRow", "0")
          .attr("w:firstColumn", "0").attr("w:lastColumn", "0").attr("w:noHBand", "1").attr("w:noVBand", "1").end();
      x_.end();
      x_.start("w:tblGrid");
      for (int w : t.widths) x_.start("w:gridCol").attr("w:w", std::to_string(w)).end();
      x_.end();
      tables_.push_back(std::move(t));
    } else if (part == TablePart::row) {
      if (tables_.empty()) return true;
      Table& t = tables_.back();
      t.cell = 0;
      t.header_row = is_header_row(n);
      x_.start("w:tr");
      x_.start("w:trPr");
      x_.start("w:cantSplit").end();
      if (t.header_row) x_.start("w:tblHeader").end();
      // A row added or removed whole is a tracked row change (its text is marked too).
      if (Mark m = mark_of(n); m != Mark::none) {
        change_attrs(m);
        x_.end();
      }
      x_.end();
    } else if (part == TablePart::cell) {
      if (tables_.empty()) return true;
      Table& t = tables_.back();
      if (t.cell >= t.columns) return false;  // more cells than the header: dropped
      open_cell(t, plain_text(n));
      ++open_inline_;
    }
    // Anything else (links, images, unknown extensions): its children are
    // written, so its text survives.
    return true;
  }

  void open_cell(Table& t, const std::string& text) {
    static const char* const jc[] = {"left", "center", "right"};
    uint8_t a = t.align[static_cast<size_t>(t.cell)];
    int w = t.widths[static_cast<size_t>(t.cell)];
    x_.start("w:tc");
    x_.start("w:tcPr").start("w:tcW").attr("w:w", std::to_string(w)).attr("w:type", "dxa").end().end();
    para_rtl_ = starts_rtl(text);
    PPr p;
    p.bidi = para_rtl_;
    p.jc = a == 'l' ? jc[0] : a == 'c' ? jc[1] : a == 'r' ? jc[2] : nullptr;
    x_.start("w:p");
    ppr(p);
    in_cell_ = true;
    ++t.cell;
  }

  void leave(cmark_node* n) override {
    cmark_node_type type = cmark_node_get_type(n);
    if (!is_inline(type)) close_implicit();
    switch (type) {
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
        x_.end();
        --open_inline_;
        para_rtl_ = false;
        return;
      case CMARK_NODE_LIST:
        lists_.pop_back();
        return;
      case CMARK_NODE_ITEM:
        if (!items_.back().numbered) numbered_empty_paragraph();  // an empty item keeps its number
        items_.pop_back();
        return;
      case CMARK_NODE_BLOCK_QUOTE:
        --quote_depth_;
        return;
      case CMARK_NODE_EMPH:
        --fmt_.emph;
        return;
      case CMARK_NODE_STRONG:
        --fmt_.strong;
        return;
      default:
        break;
    }
    const TablePart part = table_part(n);
    if (part == TablePart::table) {
      if (tables_.empty()) return;
      x_.end();
      tables_.pop_back();
      // Keeps the next table from merging into this one and gives air.
      x_.start("w:p");
      PPr p;
      p.spacing_after = 0;
      ppr(p);
      x_.end();
    } else if (part == TablePart::row) {
      if (tables_.empty()) return;
      Table& t = tables_.back();
      while (t.cell < t.columns) {  // short rows get empty cells
        open_cell(t, "");
        x_.end().end();
        in_cell_ = false;
      }
      x_.end();
      t.header_row = false;
    } else if (part == TablePart::cell) {
      x_.end().end();
      --open_inline_;
      in_cell_ = false;
      para_rtl_ = false;
    }
  }

  XmlWriter& x_;
  const char* lang_;
  std::vector<ListInfo> lists_;
  std::vector<Item> items_;
  std::vector<OrderedList> ordered_;
  std::vector<Table> tables_;
  HeadingDepths* depths_ = nullptr;
  int quote_depth_ = 0;
  int open_inline_ = 0;
  bool implicit_ = false;
  bool in_cell_ = false;
  bool para_rtl_ = false;
  Fmt fmt_;
  const DocMeta& meta_;
  std::vector<std::string> images_;
  int drawing_count_ = 0;
  // Tracked changes: the mark of the leaf being written, the last w:id, the date.
  Mark mark_ = Mark::none;
  int change_id_ = 0;
  std::string change_date_;

  // An inline picture in its own run, sized from the image's pixels at
  // 96 dpi and never larger than the text area.
  void drawing(cmark_node* n, const std::string& name) {
    const Image& img = meta_.images.at(name);
    auto found = std::find(images_.begin(), images_.end(), name);
    const size_t k = static_cast<size_t>(found - images_.begin());
    if (found == images_.end()) images_.push_back(name);
    long cx = img.width_px * kEmuPerPx, cy = img.height_px * kEmuPerPx;
    const long max_cx = static_cast<long>(kTextWidth - list_text_indent() - quote_indent()) * kEmuPerTwip;
    if (cx > max_cx && max_cx > 0) {
      cy = cy * max_cx / cx;
      cx = max_cx;
    }
    constexpr long max_cy = 22L * 360000;  // 22 cm: a chart of many bars still fits on a page
    if (cy > max_cy) {
      cx = cx * max_cy / cy;
      cy = max_cy;
    }
    const std::string id = std::to_string(++drawing_count_), w = std::to_string(cx), h = std::to_string(cy);
    const std::string alt = xml_safe(plain_text(n));
    ensure_paragraph();
    x_.start("w:r").start("w:drawing");
    x_.start("wp:inline").attr("xmlns:wp", kWp)
        .attr("distT", "0").attr("distB", "0").attr("distL", "0").attr("distR", "0");
    x_.start("wp:extent").attr("cx", w).attr("cy", h).end();
    x_.start("wp:effectExtent").attr("l", "0").attr("t", "0").attr("r", "0").attr("b", "0").end();
    x_.start("wp:docPr").attr("id", id).attr("name", "Grafiek " + id).attr("descr", alt).end();
    x_.start("wp:cNvGraphicFramePr");
    x_.start("a:graphicFrameLocks").attr("xmlns:a", kA).attr("noChangeAspect", "1").end();
    x_.end();
    x_.start("a:graphic").attr("xmlns:a", kA);
    x_.start("a:graphicData").attr("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture");
    x_.start("pic:pic").attr("xmlns:pic", kPic);
    x_.start("pic:nvPicPr");
    x_.start("pic:cNvPr").attr("id", id).attr("name", name + ".png").attr("descr", alt).end();
    x_.start("pic:cNvPicPr").start("a:picLocks").attr("noChangeAspect", "1").attr("noChangeArrowheads", "1").end().end();
    x_.end();  // nvPicPr
    x_.start("pic:blipFill");
    x_.start("a:blip").attr("r:embed", png_rel_id(k));
    if (!img.svg.empty()) {
      x_.start("a:extLst").start("a:ext").attr("uri", kSvgBlipExt);
      x_.start("asvg:svgBlip").attr("xmlns:asvg", kAsvg).attr("r:embed", svg_rel_id(k)).end();
      x_.end().end();
    }
    x_.end();  // blip
    x_.start("a:stretch").start("a:fillRect").end().end();
    x_.end();  // blipFill
    x_.start("pic:spPr");
    x_.start("a:xfrm");
    x_.start("a:off").attr("x", "0").attr("y", "0").end();
    x_.start("a:ext").attr("cx", w).attr("cy", h).end();
    x_.end();
    x_.start("a:prstGeom").attr("prst", "rect").start("a:avLst").end().end();
    x_.end();  // spPr
    x_.end().end().end();  // pic, graphicData, graphic
    x_.end();              // inline
    x_.end().end();        // drawing, run
  }
};

// ---------------------------------------------------------------- parts

struct Part {
  const char* path;          // in the zip
  const char* content_type;  // [Content_Types].xml override
  const char* rel;           // relationship type; from the package or the document
  bool from_document;        // listed in word/_rels/document.xml.rels
  const char* rel_id;
};

// Every part but [Content_Types].xml and the .rels, in zip order; the
// content types and both relationship files are made from this one list.
const std::vector<Part>& parts() {
  static const std::vector<Part> p = {
      {"word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", false, "rId1"},
      {"word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", true, "rId1"},
      {"word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", true, "rId2"},
      {"word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", true, "rId3"},
      {"word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable", true, "rId4"},
      {"word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", true, "rId5"},
      {"word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", true, "rId6"},
      {"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
       "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", false, "rId2"},
      {"docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", false, "rId3"},
      {"docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", false, "rId4"},
  };
  return p;
}

const char* rel_id_of(const char* path) {
  for (const Part& p : parts())
    if (std::string_view(p.path) == path) return p.rel_id;
  return "";
}

std::string content_types_xml(bool images) {
  XmlWriter x;
  x.start("Types").attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  x.start("Default").attr("Extension", "rels").attr("ContentType", "application/vnd.openxmlformats-package.relationships+xml").end();
  x.start("Default").attr("Extension", "xml").attr("ContentType", "application/xml").end();
  if (images) {
    x.start("Default").attr("Extension", "png").attr("ContentType", "image/png").end();
    x.start("Default").attr("Extension", "svg").attr("ContentType", "image/svg+xml").end();
  }
  for (const Part& p : parts())
    x.start("Override").attr("PartName", std::string("/") + p.path).attr("ContentType", p.content_type).end();
  return x.finish();
}

std::string rels_xml(bool from_document, const std::vector<std::string>& images = {},
                     const DocMeta* meta = nullptr) {
  XmlWriter x;
  x.start("Relationships").attr("xmlns", kRelNs);
  for (const Part& p : parts()) {
    if (p.from_document != from_document) continue;
    std::string target = p.path;
    if (from_document) target = target.substr(target.find('/') + 1);  // relative to word/
    x.start("Relationship").attr("Id", p.rel_id).attr("Type", p.rel).attr("Target", target).end();
  }
  for (size_t k = 0; from_document && meta && k < images.size(); ++k) {
    const std::string image_rel = std::string(kOfficeRel) + "image";
    x.start("Relationship").attr("Id", png_rel_id(k)).attr("Type", image_rel)
        .attr("Target", "media/" + images[k] + ".png").end();
    if (!meta->images.at(images[k]).svg.empty())
      x.start("Relationship").attr("Id", svg_rel_id(k)).attr("Type", image_rel)
          .attr("Target", "media/" + images[k] + ".svg").end();
  }
  return x.finish();
}

std::string document_xml(const Tree& tree, const DocMeta& meta, std::vector<OrderedList>& ordered,
                         std::vector<std::string>& images) {
  XmlWriter x;
  x.start("w:document").attr("xmlns:w", kW).attr("xmlns:r", kR);
  x.start("w:body");
  BodyWriter body(x, meta);
  body.title_block(meta);
  if (tree.root()) body.walk(tree.root());
  ordered = body.ordered_lists();
  images = body.images();
  x.start("w:sectPr");
  x.start("w:headerReference").attr("w:type", "default").attr("r:id", rel_id_of("word/header1.xml")).end();
  x.start("w:footerReference").attr("w:type", "default").attr("r:id", rel_id_of("word/footer1.xml")).end();
  x.start("w:pgSz").attr("w:w", std::to_string(kPageW)).attr("w:h", std::to_string(kPageH)).end();
  const std::string m = std::to_string(kMargin), hf = std::to_string(kHdrFtr);
  x.start("w:pgMar").attr("w:top", m).attr("w:right", m).attr("w:bottom", m).attr("w:left", m)
      .attr("w:header", hf).attr("w:footer", hf).attr("w:gutter", "0").end();
  x.start("w:cols").attr("w:space", "708").end();
  x.end();  // sectPr
  return x.finish();
}

void numbering_level(XmlWriter& x, int lvl, const char* fmt, const std::string& text, int start) {
  x.start("w:lvl").attr("w:ilvl", std::to_string(lvl));
  x.start("w:start").attr("w:val", std::to_string(start)).end();
  x.start("w:numFmt").attr("w:val", fmt).end();
  x.start("w:lvlText").attr("w:val", text).end();
  x.start("w:lvlJc").attr("w:val", "left").end();
  x.start("w:pPr");
  x.start("w:ind").attr("w:left", std::to_string(kLevelStep * lvl + kHanging)).attr("w:hanging", std::to_string(kHanging)).end();
  x.end();
  x.end();
}

// Bullets share abstractNum 0 (numId 1). Every ordered list gets its own
// abstractNum and numId, because Word keeps counting across lists that
// share one.
std::string numbering_xml(const std::vector<OrderedList>& ordered) {
  static const char* const bullets[] = {"\u2022", "\u2013", "\u25E6"};
  XmlWriter x;
  x.start("w:numbering").attr("xmlns:w", kW);
  char nsid[9];
  x.start("w:abstractNum").attr("w:abstractNumId", "0");
  x.start("w:nsid").attr("w:val", "5A105A00").end();
  x.start("w:multiLevelType").attr("w:val", "multilevel").end();
  for (int l = 0; l < 9; ++l) numbering_level(x, l, "bullet", bullets[l % 3], 1);
  x.end();
  for (size_t k = 0; k < ordered.size(); ++k) {
    const OrderedList& o = ordered[k];
    x.start("w:abstractNum").attr("w:abstractNumId", std::to_string(k + 1));
    snprintf(nsid, sizeof nsid, "%08X", static_cast<unsigned>(0x5A105A01u + k));
    x.start("w:nsid").attr("w:val", nsid).end();
    x.start("w:multiLevelType").attr("w:val", "multilevel").end();
    for (int l = 0; l < 9; ++l) {
      std::string text = "%" + std::to_string(l + 1) + (o.paren ? ")" : ".");
      numbering_level(x, l, "decimal", text, l == o.level ? std::max(0, o.start) : 1);
    }
    x.end();
  }
  x.start("w:num").attr("w:numId", "1").start("w:abstractNumId").attr("w:val", "0").end().end();
  for (size_t k = 0; k < ordered.size(); ++k)
    x.start("w:num").attr("w:numId", std::to_string(k + 2))
        .start("w:abstractNumId").attr("w:val", std::to_string(k + 1)).end().end();
  return x.finish();
}

std::string settings_xml(const DocMeta& meta) {
  const Words& wd = words(meta.lang);
  XmlWriter x;
  x.start("w:settings").attr("xmlns:w", kW);
  x.start("w:zoom").attr("w:percent", "100").end();
  x.start("w:defaultTabStop").attr("w:val", "709").end();
  x.start("w:characterSpacingControl").attr("w:val", "doNotCompress").end();
  x.start("w:compat");
  x.start("w:compatSetting").attr("w:name", "compatibilityMode").attr("w:uri", "http://schemas.microsoft.com/office/word")
      .attr("w:val", "15").end();
  x.end();
  x.start("w:themeFontLang").attr("w:val", wd.lang_tag).end();
  x.start("w:decimalSymbol").attr("w:val", wd.decimal_symbol).end();
  x.start("w:listSeparator").attr("w:val", wd.list_separator).end();
  return x.finish();
}

// Liberation fonts are metric-compatible with Arial and Courier New, so
// those are the fallbacks where they are not installed.
std::string font_table_xml() {
  XmlWriter x;
  x.start("w:fonts").attr("xmlns:w", kW);
  x.start("w:font").attr("w:name", "Liberation Sans");
  x.start("w:altName").attr("w:val", "Arial").end();
  x.start("w:family").attr("w:val", "swiss").end();
  x.start("w:pitch").attr("w:val", "variable").end();
  x.end();
  x.start("w:font").attr("w:name", mono_font());
  x.start("w:altName").attr("w:val", "Courier New").end();
  x.start("w:family").attr("w:val", "modern").end();
  x.start("w:pitch").attr("w:val", "fixed").end();
  x.end();
  return x.finish();
}

void run_text(XmlWriter& x, const char* lang, std::string_view text) {
  x.start("w:r").start("w:rPr").start("w:lang").attr("w:val", lang).end().end();
  x.start("w:t").attr("xml:space", "preserve").text(xml_safe(text)).end();
  x.end();
}

std::string header_xml(const DocMeta& meta) {
  XmlWriter x;
  x.start("w:hdr").attr("xmlns:w", kW).attr("xmlns:r", kR);
  x.start("w:p").start("w:pPr").start("w:pStyle").attr("w:val", "Header").end().end();
  const std::string text = meta.header_text();
  if (!text.empty()) run_text(x, words(meta.lang).lang_tag, text);
  x.end();
  return x.finish();
}

// "<fingerprint line> <tab to the right margin> pagina N".
std::string footer_xml(const DocMeta& meta) {
  const Words& wd = words(meta.lang);
  XmlWriter x;
  x.start("w:ftr").attr("xmlns:w", kW).attr("xmlns:r", kR);
  x.start("w:p").start("w:pPr").start("w:pStyle").attr("w:val", "Footer").end().end();
  const std::string text = meta.footer_text();
  if (!text.empty()) run_text(x, wd.lang_tag, text);
  x.start("w:r").start("w:tab").end().end();
  run_text(x, wd.lang_tag, wd.page);
  x.start("w:r").start("w:fldChar").attr("w:fldCharType", "begin").end().end();
  x.start("w:r").start("w:instrText").attr("xml:space", "preserve").text(" PAGE ").end().end();
  x.start("w:r").start("w:fldChar").attr("w:fldCharType", "separate").end().end();
  run_text(x, wd.lang_tag, "1");
  x.start("w:r").start("w:fldChar").attr("w:fldCharType", "end").end().end();
  x.end();
  return x.finish();
}

// Metadata without any timestamp: equal data, equal bytes.
std::string core_xml(const DocMeta& meta) {
  XmlWriter x;
  x.start("cp:coreProperties")
      .attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
      .attr("xmlns:dc", "http://purl.org/dc/elements/1.1/")
      .attr("xmlns:dcterms", "http://purl.org/dc/terms/")
      .attr("xmlns:dcmitype", "http://purl.org/dc/dcmitype/")
      .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  x.element("dc:title", xml_safe(meta.title));
  if (!meta.subtitle.empty()) x.element("dc:subject", xml_safe(meta.subtitle));
  x.element("dc:language", words(meta.lang).lang_tag);
  std::string keywords;
  for (const std::string& k : provenance_keywords(meta)) keywords += (keywords.empty() ? "" : ", ") + k;
  if (!keywords.empty()) x.element("cp:keywords", xml_safe(keywords));
  if (!meta.kind.empty()) x.element("cp:category", xml_safe(meta.kind));
  return x.finish();
}

std::string app_xml(const DocMeta& meta) {
  XmlWriter x;
  x.start("Properties")
      .attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
      .attr("xmlns:vt", kVtNs);
  x.element("Application", xml_safe(meta.generator));
  return x.finish();
}

std::string custom_xml(const DocMeta& meta) {
  XmlWriter x;
  x.start("Properties").attr("xmlns", kCustomNs).attr("xmlns:vt", kVtNs);
  int pid = 2;  // 0 and 1 are reserved
  auto property = [&](const char* name, const std::string& value) {
    x.start("property").attr("fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}")
        .attr("pid", std::to_string(pid++)).attr("name", name);
    x.element("vt:lpwstr", xml_safe(value));
    x.end();
  };
  if (!meta.fingerprint.empty()) property(kFingerprintProperty, meta.fingerprint);
  if (!meta.since_fingerprint.empty()) property("zio-sinds-vingerafdruk", meta.since_fingerprint);
  const Words& wd = words(meta.lang);
  property("zio-status", meta.concept ? wd.status_concept : wd.status_final);
  if (!meta.date.empty()) property("zio-peildatum", meta.date);
  if (!meta.kind.empty()) property("zio-soort", meta.kind);
  return x.finish();
}

}  // namespace

std::string write_docx(const Tree& tree, const DocMeta& meta, std::string_view styles_xml) {
  std::vector<OrderedList> ordered;
  std::vector<std::string> images;
  std::string document = document_xml(tree, meta, ordered, images);
  std::vector<ZipEntry> entries;
  entries.push_back({"[Content_Types].xml", content_types_xml(!images.empty())});
  entries.push_back({"_rels/.rels", rels_xml(false)});
  entries.push_back({"word/_rels/document.xml.rels", rels_xml(true, images, &meta)});
  for (const Part& p : parts()) {
    const std::string_view path = p.path;
    std::string data;
    if (path == "word/document.xml") data = std::move(document);
    else if (path == "word/styles.xml") data = std::string(styles_xml);
    else if (path == "word/numbering.xml") data = numbering_xml(ordered);
    else if (path == "word/settings.xml") data = settings_xml(meta);
    else if (path == "word/fontTable.xml") data = font_table_xml();
    else if (path == "word/header1.xml") data = header_xml(meta);
    else if (path == "word/footer1.xml") data = footer_xml(meta);
    else if (path == "docProps/core.xml") data = core_xml(meta);
    else if (path == "docProps/app.xml") data = app_xml(meta);
    else if (path == "docProps/custom.xml") data = custom_xml(meta);
    entries.push_back({p.path, std::move(data)});
  }
  for (const std::string& name : images) {
    const Image& img = meta.images.at(name);
    entries.push_back({"word/media/" + name + ".png", img.png, true});  // PNG is compressed already
    if (!img.svg.empty()) entries.push_back({"word/media/" + name + ".svg", img.svg});
  }
  return make_zip(entries);
}

std::string read_fingerprint_docx(std::string_view file) {
  std::string custom;
  if (!read_zip_entry(std::string(file), "docProps/custom.xml", custom)) return {};
  if (custom.size() > static_cast<size_t>(INT32_MAX)) return {};
  xmlDocPtr doc = xmlReadMemory(custom.data(), static_cast<int>(custom.size()), "custom.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) return {};
  std::string out;
  if (xmlXPathContextPtr ctx = xmlXPathNewContext(doc)) {
    xmlXPathRegisterNs(ctx, BAD_CAST "cp", BAD_CAST kCustomNs);
    xmlXPathRegisterNs(ctx, BAD_CAST "vt", BAD_CAST kVtNs);
    const std::string expr =
        std::string("string(/cp:Properties/cp:property[@name='") + kFingerprintProperty + "'][1]/vt:lpwstr)";
    if (xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr.c_str(), ctx)) {
      if (r->type == XPATH_STRING && r->stringval) out = reinterpret_cast<const char*>(r->stringval);
      xmlXPathFreeObject(r);
    }
    xmlXPathFreeContext(ctx);
  }
  xmlFreeDoc(doc);
  return trim_space(out);  // as every reader does (provenance.h)
}

}  // namespace zio
