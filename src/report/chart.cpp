// Bar charts for the progress report as SVG, written with libxml2's writer
// (never by string pasting), and a PNG of them rendered by librsvg's rsvg-convert.
//
// Readable without colour: every value is printed once: a bar of one
// segment its value beside it, a bar of several each segment's value inside
// (where it fits) and the total beside; the legend
// lists the series in stack order. Colours are Okabe-Ito hues darkened to at
// least 4.5:1 against white, so bars stand out from the page (WCAG 1.4.11
// asks 3:1) and white text inside a segment passes AA (4.5:1); simulated
// protanopia, deuteranopia and tritanopia keep every pair apart (CIE76
// distance >= 12). Deterministic: ids come from the title, numbers are
// formatted without locale, no clock and no random.
#include "report/chart.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <thread>

#include "render/pdf.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/utf8.h"
#include "render/xml.h"

namespace zio {

namespace {

// Okabe-Ito blue, vermillion, bluish green, reddish purple (darkened) and a
// near-black; contrast against white 5.2, 5.1, 5.3, 4.9 and 12.6 to 1.
const char* const kPalette[] = {"#0072B2", "#B84F00", "#007A5A", "#A3587F", "#333333"};
constexpr size_t kPaletteSize = sizeof kPalette / sizeof kPalette[0];
constexpr const char* kInk = "#1A1A1A";    // text and axis: 17:1 on white
constexpr const char* kMuted = "#4D4D4D";  // unit caption: 8.5:1 on white

constexpr double kWidth = 600;  // 15.9 cm at 96 dpi: fits A4 with 2.5 cm margins
constexpr double kPad = 12;
constexpr double kTitleSize = 15, kLabelSize = 13, kValueSize = 12, kSmallSize = 12;
// Average advance of a sans-serif glyph (DejaVu Sans is the widest common
// one) in em; used to estimate text widths for layout and truncation.
constexpr double kEm = 0.6;
constexpr double kMaxLabelWidth = 200;  // horizontal: the category column at most

// Coordinates as "12" or "12.5": fixed, locale-free, one decimal.
std::string num(double v) {
  long tenths = std::lround(v * 10);
  std::string s = std::to_string(tenths / 10);
  if (tenths < 0 && tenths > -10) s = "-0";
  if (tenths % 10 != 0) s += "." + std::to_string(std::labs(tenths % 10));
  return s;
}

// A value as the reader sees it: whole numbers as they are, others with one
// decimal after the chart's decimal mark.
std::string value_text(double v, char mark) {
  long tenths = std::lround(v * 10);
  std::string s = std::to_string(tenths / 10);
  if (tenths % 10 != 0) s += mark + std::to_string(tenths % 10);
  return s;
}

// Negative, NaN and infinite values are drawn as 0 (a bar cannot be shorter
// than nothing; the description carries the data as given).
double clamp_value(double v) { return std::isfinite(v) && v > 0 ? v : 0; }

size_t codepoints(const std::string& s) { return codepoint_count(s); }

double text_width(const std::string& s, double size) { return static_cast<double>(codepoints(s)) * size * kEm; }

// The first `max` code points of s (at least one), with "…" when cut.
std::string truncate(const std::string& s, size_t max) {
  if (codepoints(s) <= max) return s;
  max = std::max<size_t>(max, 2);
  size_t count = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && count++ == max - 1) break;
  }
  std::string out = s.substr(0, i);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\u2026";
}

// Any label gives a well-formed SVG (the writers' one XML-safe filter).
std::string clean(const std::string& s) { return xml_safe(s); }

// An id from the title: ASCII letters and digits in lower case, common
// accented Latin letters folded ("financiële" -> "financiele"), anything else
// a separator.
std::string slug(const std::string& title) {
  static const char* const fold[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  //
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  //
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  std::string out;
  bool gap = false;
  auto put = [&](const std::string& piece) {
    if (piece.empty()) {
      gap = true;
      return;
    }
    if (gap && !out.empty()) out += '-';
    gap = false;
    out += piece;
  };
  for (size_t i = 0; i < title.size() && out.size() < 48; ++i) {
    unsigned char c = static_cast<unsigned char>(title[i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      put(std::string(1, static_cast<char>(c)));
    } else if ((c == 0xC3) && i + 1 < title.size() && (static_cast<unsigned char>(title[i + 1]) & 0xC0) == 0x80) {
      put(fold[(static_cast<unsigned char>(title[i + 1]) & 0x3F)]);  // U+00C0..U+00FF
      ++i;
    } else if ((c & 0xC0) != 0x80) {
      gap = true;
    }
  }
  return out.empty() ? "grafiek" : "grafiek-" + out;
}

struct Segment {
  size_t series;
  double value;
};

// Everything the drawing needs, derived once from the chart.
struct Data {
  std::vector<std::string> labels;         // cleaned category labels
  std::vector<std::vector<Segment>> bars;  // per category, one per series
  std::vector<double> totals;
  double max = 0;
};

Data prepare(const BarChart& chart) {
  Data d;
  for (const std::string& c : chart.categories) d.labels.push_back(clean(c));
  for (size_t i = 0; i < d.labels.size(); ++i) {
    std::vector<Segment> bar;
    double total = 0;
    for (size_t s = 0; s < chart.series.size(); ++s) {
      const std::vector<double>& v = chart.series[s].values;
      double value = i < v.size() ? clamp_value(v[i]) : 0;
      bar.push_back({s, value});
      total += value;
    }
    d.bars.push_back(std::move(bar));
    d.totals.push_back(total);
    d.max = std::max(d.max, total);
  }
  return d;
}

class Svg {
 public:
  explicit Svg(const BarChart& chart) : chart_(chart), data_(prepare(chart)), id_(slug(clean(chart.title))) {}

  std::string write(int& width, int& height) {
    layout();
    width = static_cast<int>(kWidth);
    height = static_cast<int>(std::ceil(height_));
    x_.start("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("version", "1.1")
        .attr("width", std::to_string(width))
        .attr("height", std::to_string(height))
        .attr("viewBox", "0 0 " + std::to_string(width) + " " + std::to_string(height))
        .attr("role", "img")
        .attr("aria-labelledby", id_ + "-title " + id_ + "-desc")
        .attr("font-family", "'Liberation Sans', Arial, sans-serif");  // the house font (templates/README.md)
    x_.start("title").attr("id", id_ + "-title").text(clean(chart_.title)).end();
    x_.start("desc").attr("id", id_ + "-desc").text(clean(chart_.description)).end();
    // A white ground, so the PNG is not transparent (dark viewers).
    x_.start("rect").attr("class", "bg").attr("width", "100%").attr("height", "100%").attr("fill", "#FFFFFF").end();
    heading();
    legend();
    if (chart_.horizontal)
      horizontal();
    else
      vertical();
    return x_.finish();
  }

 private:
  const BarChart& chart_;
  Data data_;
  std::string id_;
  XmlWriter x_;
  double height_ = 0;
  double legend_top_ = 0, plot_top_ = 0;
  struct LegendItem {
    double x, y;
  };
  std::vector<LegendItem> legend_items_;

  bool stacked() const { return chart_.series.size() > 1; }
  // Segments get their own value inside only where a bar has more than one;
  // a bar of one segment shows its value once, beside it.
  bool split(size_t category) const {
    size_t parts = 0;
    for (const Segment& seg : data_.bars[category]) parts += seg.value > 0 ? 1 : 0;
    return parts > 1;
  }
  double scale_max() const { return data_.max > 0 ? data_.max : 1; }

  // Title, legend rows and plot, top to bottom.
  void layout() {
    double y = kPad;
    if (!chart_.title.empty()) y += kTitleSize + 10;
    legend_top_ = y;
    if (stacked()) {
      double x = kPad, row = 0;
      for (const ChartSeries& s : chart_.series) {
        double w = 12 + 6 + text_width(truncate(clean(s.name), 40), kSmallSize) + 18;
        if (x > kPad && x + w > kWidth - kPad) {
          x = kPad;
          ++row;
        }
        legend_items_.push_back({x, legend_top_ + row * 20});
        x += w;
      }
      y += (row + 1) * 20 + 6;
    }
    plot_top_ = y;
    if (chart_.horizontal)
      layout_horizontal();
    else
      layout_vertical();
  }

  // Horizontal: category labels left of the axis, values right of the bars.
  struct {
    size_t max_chars = 0;
    double x0 = 0, plot_w = 0, bottom = 0;
  } h_;
  static constexpr double kBarH = 22, kGap = 10, kRowH = kBarH + kGap;

  void layout_horizontal() {
    const size_t n = data_.labels.size();
    h_.max_chars = static_cast<size_t>(kMaxLabelWidth / (kLabelSize * kEm));
    double label_w = 0, value_w = 24;
    for (size_t i = 0; i < n; ++i) {
      label_w = std::max(label_w, text_width(truncate(data_.labels[i], h_.max_chars), kLabelSize));
      value_w = std::max(value_w, text_width(value_text(data_.totals[i], chart_.decimal_mark), kValueSize));
    }
    h_.x0 = kPad + (label_w > 0 ? label_w + 8 : 0);
    h_.plot_w = std::max(40.0, kWidth - kPad - h_.x0 - value_w - 6);
    h_.bottom = plot_top_ + kGap + static_cast<double>(std::max<size_t>(n, 1)) * kRowH;
    height_ = h_.bottom + (chart_.unit.empty() ? 0 : 16) + kPad;
  }

  // Vertical: values above the bars, category labels below the axis.
  struct {
    size_t max_chars = 0;
    double x0 = 0, plot_w = 0, col_w = 0, bar_w = 0, base = 0;
  } v_;
  static constexpr double kPlotH = 200, kValueRoom = 18;

  void layout_vertical() {
    const size_t n = data_.labels.size();
    v_.x0 = kPad + 4;
    v_.plot_w = kWidth - kPad - v_.x0;
    v_.col_w = v_.plot_w / static_cast<double>(std::max<size_t>(n, 1));
    v_.bar_w = std::min(64.0, v_.col_w * 0.6);
    v_.max_chars = static_cast<size_t>(std::max(3.0, (v_.col_w - 6) / (kLabelSize * kEm)));
    v_.base = plot_top_ + kValueRoom + kPlotH;
    height_ = v_.base + 6 + kLabelSize + 4 + (chart_.unit.empty() ? 0 : 18) + kPad;
  }

  void text(double x, double y, double size, const char* anchor, const std::string& s, const char* fill = kInk) {
    x_.start("text").attr("x", num(x)).attr("y", num(y)).attr("font-size", num(size));
    if (anchor) x_.attr("text-anchor", anchor);
    x_.attr("fill", fill).text(s).end();
  }

  // A label cut to `max` code points; when cut, the full text as its <title>.
  void label(double x, double y, const char* anchor, const std::string& full, size_t max) {
    std::string shown = truncate(full, max);
    x_.start("text").attr("class", "label").attr("x", num(x)).attr("y", num(y)).attr("font-size", num(kLabelSize));
    if (anchor) x_.attr("text-anchor", anchor);
    x_.attr("fill", kInk);
    if (shown != full) x_.element("title", full);
    x_.text(shown).end();
  }

  void heading() {
    if (chart_.title.empty()) return;
    size_t max = static_cast<size_t>((kWidth - 2 * kPad) / (kTitleSize * kEm));
    x_.start("text")
        .attr("class", "chart-title")
        .attr("x", num(kPad))
        .attr("y", num(kPad + kTitleSize))
        .attr("font-size", num(kTitleSize))
        .attr("font-weight", "bold")
        .attr("fill", kInk)
        .text(truncate(clean(chart_.title), max))
        .end();
  }

  void legend() {
    if (!stacked()) return;
    x_.start("g").attr("class", "legend");
    for (size_t s = 0; s < legend_items_.size(); ++s) {
      const LegendItem& it = legend_items_[s];
      x_.start("rect")
          .attr("class", "swatch")
          .attr("x", num(it.x))
          .attr("y", num(it.y + 2))
          .attr("width", "12")
          .attr("height", "12")
          .attr("fill", kPalette[s % kPaletteSize])
          .end();
      text(it.x + 18, it.y + 12.5, kSmallSize, nullptr, truncate(clean(chart_.series[s].name), 40));
    }
    x_.end();
  }

  std::string tooltip(size_t category, const Segment& seg) const {
    std::string t = data_.labels[category];
    if (stacked()) t += ", " + clean(chart_.series[seg.series].name);
    t += ": " + value_text(seg.value, chart_.decimal_mark);
    if (!chart_.unit.empty()) t += " " + clean(chart_.unit);
    return t;
  }

  void bar_rect(size_t category, const Segment& seg, double x, double y, double w, double h) {
    x_.start("rect")
        .attr("class", "bar")
        .attr("x", num(x))
        .attr("y", num(y))
        .attr("width", num(w))
        .attr("height", num(h))
        .attr("fill", kPalette[seg.series % kPaletteSize]);
    // Stacked segments are parted by a white line, so the borders show in
    // grey scale too.
    if (stacked()) x_.attr("stroke", "#FFFFFF").attr("stroke-width", "1");
    x_.element("title", tooltip(category, seg));
    x_.end();
  }

  void unit_caption(double x, double y, const char* anchor) {
    if (chart_.unit.empty()) return;
    x_.start("text")
        .attr("class", "unit")
        .attr("x", num(x))
        .attr("y", num(y))
        .attr("font-size", num(kSmallSize))
        .attr("text-anchor", anchor)
        .attr("fill", kMuted)
        .text(clean(chart_.unit))
        .end();
  }

  void horizontal() {
    const double top = plot_top_, x0 = h_.x0, plot_w = h_.plot_w;
    x_.start("g").attr("class", "bars");
    for (size_t i = 0; i < data_.labels.size(); ++i) {
      const double y = top + kGap + static_cast<double>(i) * kRowH;
      const double mid = y + kBarH / 2;
      label(x0 - 8, mid + kLabelSize * 0.35, "end", data_.labels[i], h_.max_chars);
      double x = x0;
      for (const Segment& seg : data_.bars[i]) {
        if (seg.value <= 0) continue;
        // A non-zero value stays visible, however small.
        double w = std::max(1.0, seg.value / scale_max() * plot_w);
        bar_rect(i, seg, x, y, w, kBarH);
        std::string v = value_text(seg.value, chart_.decimal_mark);
        if (split(i) && text_width(v, kValueSize) + 8 <= w)
          text(x + w / 2, mid + kValueSize * 0.35, kValueSize, "middle", v, "#FFFFFF");
        x += w;
      }
      x_.start("text").attr("class", "value");
      x_.attr("x", num(x + 6)).attr("y", num(mid + kValueSize * 0.35)).attr("font-size", num(kValueSize));
      x_.attr("fill", kInk).text(value_text(data_.totals[i], chart_.decimal_mark)).end();
    }
    x_.end();
    axis(x0, top, x0, h_.bottom);
    unit_caption(x0 + plot_w, h_.bottom + 16, "end");
  }

  void vertical() {
    const double base = v_.base, bar_w = v_.bar_w;
    x_.start("g").attr("class", "bars");
    for (size_t i = 0; i < data_.labels.size(); ++i) {
      const double cx = v_.x0 + v_.col_w * (static_cast<double>(i) + 0.5);
      const double x = cx - bar_w / 2;
      double y = base;
      for (const Segment& seg : data_.bars[i]) {
        if (seg.value <= 0) continue;
        double h = std::max(1.0, seg.value / scale_max() * kPlotH);
        y -= h;
        bar_rect(i, seg, x, y, bar_w, h);
        std::string v = value_text(seg.value, chart_.decimal_mark);
        if (split(i) && h >= kValueSize + 4 && text_width(v, kValueSize) + 4 <= bar_w)
          text(cx, y + h / 2 + kValueSize * 0.35, kValueSize, "middle", v, "#FFFFFF");
      }
      x_.start("text").attr("class", "value");
      x_.attr("x", num(cx)).attr("y", num(y - 5)).attr("font-size", num(kValueSize)).attr("text-anchor", "middle");
      x_.attr("fill", kInk).text(value_text(data_.totals[i], chart_.decimal_mark)).end();
      label(cx, base + 6 + kLabelSize, "middle", data_.labels[i], v_.max_chars);
    }
    x_.end();
    axis(v_.x0, base, v_.x0 + v_.plot_w, base);
    unit_caption(v_.x0 + v_.plot_w, base + 6 + kLabelSize + 4 + 14, "end");
  }

  void axis(double x1, double y1, double x2, double y2) {
    x_.start("line")
        .attr("class", "axis")
        .attr("x1", num(x1))
        .attr("y1", num(y1))
        .attr("x2", num(x2))
        .attr("y2", num(y2))
        .attr("stroke", kInk)
        .attr("stroke-width", "1")
        .end();
  }
};

std::string svg_of(const BarChart& chart, int& width, int& height) { return Svg(chart).write(width, height); }

// The SVG drawn at its own size (96 dpi) by rsvg-convert (librsvg), run as
// a separate program: linking librsvg would load the whole cairo/pango/glib
// stack into every zio process (measured: 10 ms more start-up for every
// validate), while only a DOCX report needs a PNG.
std::string render_png(const std::string& svg, int width, int height) {
  std::string tool = find_program("rsvg-convert");
  if (tool.empty())
    throw std::runtime_error(
        "rsvg-convert ontbreekt (Debian-pakket librsvg2-bin); nodig voor grafieken in .docx / "
        "rsvg-convert is missing (Debian package librsvg2-bin); needed for charts in .docx");
  Poco::Pipe in_pipe, out_pipe;
  Poco::Process::Args args = {"--format=png", "--dpi-x=96", "--dpi-y=96", "--width=" + std::to_string(width),
                              "--height=" + std::to_string(height)};
  Poco::ProcessHandle ph = Poco::Process::launch(tool, args, &in_pipe, &out_pipe, nullptr);
  std::string png;
  std::thread reader([&] {
    Poco::PipeInputStream out(out_pipe);
    Poco::StreamCopier::copyToString(out, png);
  });
  {
    Poco::PipeOutputStream in(in_pipe);
    in << svg;
    in.close();
  }
  reader.join();
  int rc = ph.wait();
  if (rc != 0 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0)
    throw std::runtime_error("rsvg-convert kon de grafiek niet tekenen / rsvg-convert could not draw the chart");
  return png;
}

}  // namespace

std::string bar_chart_svg(const BarChart& chart) {
  int width = 0, height = 0;
  return svg_of(chart, width, height);
}

Image chart_image(const BarChart& chart) {
  Image image;
  image.svg = svg_of(chart, image.width_px, image.height_px);
  image.png = render_png(image.svg, image.width_px, image.height_px);
  return image;
}

}  // namespace zio
