#pragma once
// Colour on a terminal, as clang and ruff do: only when the stream is a
// terminal and NO_COLOR (no-color.org) is not set; CLICOLOR_FORCE=1 asks
// for it through a pipe too.

namespace zio {

// Whether output to file descriptor `fd` (1 or 2) gets colour.
bool use_colour(int fd);

namespace ansi {
inline constexpr const char* error = "\033[1;31m";    // bold red: fout
inline constexpr const char* warning = "\033[1;33m";  // bold yellow: waarschuwing
inline constexpr const char* note = "\033[1;36m";     // bold cyan: info
inline constexpr const char* caret = "\033[1;32m";    // bold green: the caret line
inline constexpr const char* bold = "\033[1m";
inline constexpr const char* reset = "\033[0m";
}  // namespace ansi

}  // namespace zio
