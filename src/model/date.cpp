#include "model/date.h"

#include <cstdio>
#include <tuple>

namespace zio {

namespace {
bool digits(const std::string& s, size_t from, size_t n, int& out) {
  out = 0;
  for (size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

bool Date::parse_shape(const std::string& s, Date& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  Date d;
  if (!digits(s, 0, 4, d.y) || !digits(s, 5, 2, d.m) || !digits(s, 8, 2, d.d)) return false;
  d.text = s;
  out = d;
  return true;
}

bool Date::valid() const {
  static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  int max = month_days[m - 1] + (m == 2 && leap(y) ? 1 : 0);
  return d <= max;
}

long Date::days() const {
  // Howard Hinnant's days_from_civil.
  int yy = y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  unsigned yoe = static_cast<unsigned>(yy - era * 400);
  unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool operator<(const Date& a, const Date& b) { return std::tie(a.y, a.m, a.d) < std::tie(b.y, b.m, b.d); }
bool operator==(const Date& a, const Date& b) { return std::tie(a.y, a.m, a.d) == std::tie(b.y, b.m, b.d); }

}  // namespace zio
