#pragma once
// The one table layout of every writer: column widths computed once from
// the content, so ODT (and so PDF), DOCX and HTML divide a table alike.
//
// Like a browser's automatic table layout, but decided before any office
// suite sees the table (ODT and DOCX tables have fixed column widths, and
// LibreOffice breaks a word that does not fit its column mid-word): each
// column is at least as wide as its longest unbreakable word, header words
// included; the width left over goes to the columns by how much more room
// their longest text would take. Only spaces break: a no-break space keeps
// "€ 1.450.000" or a code in one piece, and a hyphenated code counts as one
// word. Text widths are estimated from Liberation Sans' advance widths at
// the house table size (templates/README.md), with the cell padding.
#include <string_view>
#include <vector>

struct cmark_node;

namespace zio {

// The house table geometry (templates/README.md): the text area of A4 with
// 2.5 cm margins, table text at 9.5 pt, 0.15 cm padding each side.
constexpr double kTableWidthPt = 453.5;  // 16 cm
constexpr double kTableFontPt = 9.5;
constexpr double kCellPaddingPt = 4.25;  // 0.15 cm; ODT fo:padding, DOCX tblCellMar 85 twips
// The longest word a column makes room for; longer ones (URLs) may break.
constexpr int kLongestKeptWord = 24;

struct TableLayout {
  int columns = 0;
  std::vector<char> align;        // per column: 'l', 'c', 'r' or 0 (none)
  std::vector<int> per_10000;     // per column, share of the table width; sums to 10000
  std::vector<double> min_pt;     // per column: its longest word plus padding

  // Column i's width in any unit, of a table `total` wide; the widths sum
  // to `total` exactly (the last column takes the rounding).
  std::vector<long> widths(long total) const;
};

// `table` is a cmark "table" node.
TableLayout layout_table(cmark_node* table, double width_pt = kTableWidthPt);

// Estimated width in em of `text` in Liberation Sans (bold when `bold`).
double text_width_em(std::string_view text, bool bold);

}  // namespace zio
