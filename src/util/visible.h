#pragma once
// Text from a user's file made safe to print in a message: a terminal must
// not receive its control characters (ESC starts escape sequences, BEL
// rings), and a reader must see characters that change how text reads
// (bidi overrides, zero-width characters). Each such character is shown as
// <U+XXXX>; invalid UTF-8 becomes U+FFFD. Everything else is kept.
#include <string>
#include <string_view>

namespace zio {

std::string visible(std::string_view s, bool keep_newlines = false);

}  // namespace zio
