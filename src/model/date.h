#pragma once
#include <string>

namespace zio {

// An ISO calendar date as written in the file. `text` keeps the original so
// an impossible date (2026-02-30) can still be shown back to the user.
struct Date {
  int y = 0, m = 0, d = 0;
  std::string text;

  // Reads exactly YYYY-MM-DD (shape only; see valid() for the calendar).
  static bool parse_shape(const std::string& s, Date& out);
  bool valid() const;          // a real day of the Gregorian calendar
  long days() const;           // days since 1970-01-01 (only when valid())
  std::string iso() const;     // YYYY-MM-DD
};

bool operator<(const Date& a, const Date& b);
bool operator==(const Date& a, const Date& b);
inline bool operator>(const Date& a, const Date& b) { return b < a; }
inline bool operator<=(const Date& a, const Date& b) { return !(b < a); }
inline bool operator>=(const Date& a, const Date& b) { return !(a < b); }

}  // namespace zio
