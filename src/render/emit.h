#pragma once
// Markdown -> the format named by the output file's extension, written
// atomically. Shared by `zio render` and `zio report`.
#include <string>

#include "model/text.h"
#include "render/document.h"
#include "render/formats.h"

namespace zio {

// By the path's extension (formats.h); "-" is Markdown on standard output.
Format format_of(const std::string& out_path);
// "unknown output type of 'x.rtf'; use .md, ...": for a path format_of
// does not know, so every command says it alike.
Text unknown_format_message(const std::string& out_path);

// The document's bytes in `format` (not for Format::unknown).
bool build_document(const std::string& markdown, const DocMeta& meta, Format format, std::string& bytes, Text& error);

// True when writing `out_path` would replace the input file `in` (the same
// file, also through a symbolic or hard link), whatever its extension;
// `why` then says so. "-" never does.
bool overwrites_input(const std::string& out_path, const std::string& in, Text& why);

// The same from a tree the caller made (a redline): Markdown is the tree
// rendered back as CommonMark; the tree's title must already be dropped
// for the other formats (Tree::drop_title).
bool build_tree_document(const Tree& tree, const DocMeta& meta, Format format, std::string& bytes, Text& error);

// Writes a document's bytes to `out_path` through a temporary file and a
// rename (or to stdout for "-").
bool write_output(const std::string& out_path, const std::string& bytes, Text& error);

// build_document + write to `out_path` through a temporary file and a
// rename (or to stdout for "-"): never a half-written file.
bool emit_document(const std::string& markdown, const DocMeta& meta, const std::string& out_path, Text& error);

}  // namespace zio
