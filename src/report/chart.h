#pragma once
// Charts for the progress report, as SVG: simple, accessible (role="img",
// <title> and <desc>), deterministic (equal input, equal bytes), readable
// without colour (values written as labels, patterns not needed).
#include <string>
#include <vector>

#include "render/document.h"

namespace zio {

struct ChartSeries {
  std::string name;            // legend entry ("ondertekend")
  std::vector<double> values;  // one per category
};

struct BarChart {
  std::string title;                    // also the SVG's <title>
  std::string description;              // the SVG's <desc>: the data in words
  std::vector<std::string> categories;  // one bar (group) per category
  std::vector<ChartSeries> series;      // one series: plain bars; several: stacked
  std::string unit;                     // "regio's", "scholen"
  bool horizontal = true;
  char decimal_mark = ',';              // in values with a fraction: ',' Dutch, '.' English
};

std::string bar_chart_svg(const BarChart& chart);

// The chart as an Image for DocMeta::images: the SVG plus a PNG rendering
// of it (librsvg) for formats that need a raster fallback.
Image chart_image(const BarChart& chart);

}  // namespace zio
