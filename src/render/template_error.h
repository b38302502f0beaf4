#pragma once
// A template or styles file that cannot be used. The compiled-in ones are
// tested, so this is the user's file (--templates DIR): a normal error with
// its file, line and column in the user's language, not an internal one.
#include <stdexcept>
#include <string>

#include "model/text.h"

namespace zio {

struct TemplateError : std::runtime_error {
  TemplateError(std::string file_, int line_, int col_, Text message_)
      : std::runtime_error(file_ + ": " + message_.in(Lang::en)),
        file(std::move(file_)),
        line(line_),
        col(col_),
        message(std::move(message_)) {}
  std::string file;  // the path as the user gave it, or the resource name
  int line = 0;      // 1-based; 0 when unknown
  int col = 0;
  Text message;
};

// 1-based line and column of byte `offset` in `text` (columns count UTF-8
// characters, as editors do).
void line_col(const std::string& text, size_t offset, int& line, int& col);

// What kainjow::mustache's parser said ("Unclosed section \"a\" at 12"), as
// a message in both languages, and the byte offset it names (npos if none).
Text mustache_problem(const std::string& parser_message, size_t& offset);

}  // namespace zio
