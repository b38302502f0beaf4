#include "render/table_layout.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "render/document.h"
#include "render/utf8.h"
#include "render/walk.h"

namespace zio {

namespace {

// Advance widths of Liberation Sans (metric-compatible with Arial) in
// 1/1000 em for printable ASCII, regular and bold; anything else counts as
// the width of an 'o' (accented letters are as wide as their base letter).
const short kRegular[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // ' '..'/'
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // '0'..'?'
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // '@'..'O'
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // 'P'..'_'
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // '`'..'o'
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};      // 'p'..'~'
const short kBold[95] = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,  //
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,  //
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,  //
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,  //
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,  //
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

int advance(char32_t cp, bool bold) {
  if (cp >= 0x20 && cp < 0x7F) return (bold ? kBold : kRegular)[cp - 0x20];
  if (cp == 0xA0 || cp == 0x202F) return 278;  // no-break spaces
  return bold ? 611 : 556;
}

bool breaks(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n'; }

struct Measure {
  double word = 0;  // the longest unbreakable word, em
  double line = 0;  // the whole text on one line, em
};

// The words of a cell's text: the longest counts up to kLongestKeptWord
// code points (a longer one may break, as a URL must).
Measure measure(std::string_view text, bool bold) {
  Measure m;
  double word = 0;
  int chars = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = next_codepoint(text, i);
    const double w = advance(cp, bold) / 1000.0;
    m.line += w;
    if (breaks(cp)) {
      word = 0;
      chars = 0;
      continue;
    }
    if (++chars <= kLongestKeptWord) word += w;
    m.word = std::max(m.word, word);
  }
  return m;
}

// Strong text in a cell is bold; header cells are bold throughout.
bool all_bold(cmark_node* cell) {
  cmark_node* c = cmark_node_first_child(cell);
  return c && !cmark_node_next(c) && cmark_node_get_type(c) == CMARK_NODE_STRONG;
}

}  // namespace

double text_width_em(std::string_view text, bool bold) { return measure(text, bold).line; }

std::vector<long> TableLayout::widths(long total) const {
  std::vector<long> out;
  long used = 0;
  for (size_t i = 0; i < per_10000.size(); ++i) {
    long w = i + 1 == per_10000.size() ? total - used : total * per_10000[i] / 10000;
    out.push_back(w);
    used += w;
  }
  return out;
}

TableLayout layout_table(cmark_node* table, double width_pt) {
  TableLayout t;
  t.columns = std::max<int>(1, cmark_gfm_extensions_get_table_columns(table));
  const size_t n = static_cast<size_t>(t.columns);
  const uint8_t* align = cmark_gfm_extensions_get_table_alignments(table);
  for (size_t i = 0; i < n; ++i) t.align.push_back(align ? static_cast<char>(align[i]) : 0);

  const double pad = 2 * kCellPaddingPt;
  std::vector<double> min(n, pad + kTableFontPt), pref(n, pad + kTableFontPt);
  for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
    const bool header = is_header_row(row);
    size_t c = 0;
    for (cmark_node* cell = cmark_node_first_child(row); cell && c < n; cell = cmark_node_next(cell), ++c) {
      const Measure m = measure(plain_text(cell), header || all_bold(cell));
      // 6% spare: kerning and hinting differ a little between LibreOffice, Word and a browser.
      min[c] = std::max(min[c], pad + m.word * kTableFontPt * 1.06);
      pref[c] = std::max(pref[c], pad + m.line * kTableFontPt);
    }
  }
  t.min_pt = min;

  double min_sum = 0, pref_sum = 0, extra_sum = 0;
  for (size_t c = 0; c < n; ++c) {
    min_sum += min[c];
    pref_sum += pref[c];
    extra_sum += pref[c] - min[c];
  }
  std::vector<double> w(n);
  for (size_t c = 0; c < n; ++c) {
    if (min_sum >= width_pt)  // too many words for one page width: shrink alike
      w[c] = width_pt * min[c] / min_sum;
    else if (pref_sum <= width_pt)  // everything fits on one line: share the rest alike
      w[c] = pref[c] + (width_pt - pref_sum) * pref[c] / pref_sum;
    else  // every word fits; the rest by how much more each column wants
      w[c] = min[c] + (width_pt - min_sum) * (pref[c] - min[c]) / (extra_sum > 0 ? extra_sum : 1);
  }
  long used = 0;
  for (size_t c = 0; c < n; ++c) {
    long share = c + 1 == n ? 10000 - used : std::lround(w[c] / width_pt * 10000);
    t.per_10000.push_back(static_cast<int>(share));
    used += share;
  }
  return t;
}

}  // namespace zio
