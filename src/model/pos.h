#pragma once

namespace zio {

// A place in the source file, 1-based as printed; line 0 means "not known".
struct Pos {
  int line = 0;
  int col = 0;
  bool known() const { return line > 0; }
};

// The first position that is known, for "the offending node or its nearest
// existing parent".
inline Pos first_known(Pos a, Pos b) { return a.known() ? a : b; }
template <class... Rest>
Pos first_known(Pos a, Pos b, Rest... rest) { return first_known(first_known(a, b), rest...); }

}  // namespace zio
