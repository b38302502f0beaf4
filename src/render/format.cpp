#include "render/format.h"

#include <cmath>
#include <cstdio>

namespace zio {

namespace {
const char* const months_nl[12] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                   "juli",    "augustus", "september", "oktober", "november", "december"};
const char* const months_en[12] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

// Digits of a non-negative whole number with a thousands separator.
std::string group_digits(unsigned long long v, char sep) {
  std::string d = std::to_string(v), out;
  for (size_t i = 0; i < d.size(); ++i) {
    if (i > 0 && (d.size() - i) % 3 == 0) out += sep;
    out += d[i];
  }
  return out;
}
}  // namespace

std::string format_date(const Date& d, Lang lang) {
  if (!d.valid()) return d.text;
  const char* m = (lang == Lang::en ? months_en : months_nl)[d.m - 1];
  return std::to_string(d.d) + " " + m + " " + std::to_string(d.y);
}

std::string format_count(long long v, Lang lang) {
  char sep = lang == Lang::en ? ',' : '.';
  unsigned long long mag = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  return (v < 0 ? "-" : "") + group_digits(mag, sep);
}

std::string format_euro(double v, Lang lang) {
  if (!std::isfinite(v) || std::fabs(v) >= 1e15) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    return std::string(lang == Lang::en ? "€" : "€\u00A0") + buf;
  }
  long long cents = std::llround(v * 100);
  bool neg = cents < 0;
  unsigned long long mag = neg ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
  char thousands = lang == Lang::en ? ',' : '.', decimal = lang == Lang::en ? '.' : ',';
  std::string out = group_digits(mag / 100, thousands);
  if (mag % 100 != 0) {
    char c[4];
    std::snprintf(c, sizeof c, "%02u", static_cast<unsigned>(mag % 100));
    out += decimal;
    out += c;
  }
  // A no-break space: an amount never wraps between "€" and its number.
  return std::string(neg ? "-" : "") + (lang == Lang::en ? "€" : "€\u00A0") + out;
}

}  // namespace zio
