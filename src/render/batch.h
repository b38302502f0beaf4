#pragma once
// Many region files rendered in one run into one folder: each FILE becomes
// DIR/<name>.<ext> for every format asked for, byte for byte what a single
// render makes. Files are rendered on all cores (each thread parses a
// template once) and all PDFs come from one LibreOffice run.
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "model/text.h"
#include "render/emit.h"
#include "render/job.h"

namespace zio {

// The formats of a --to list ("odt,pdf"), each with the extension its files
// get, in the order given and without repeats; false with a message when
// the list is empty or names an unknown format.
bool parse_formats(const std::string& to, std::vector<std::pair<Format, std::string>>& formats, Text& error);

// Renders `files` into the folder `out_dir` in the formats of `to`. Refuses
// before writing anything (exit 2) when `to` is empty or wrong, when two
// files would make documents of the same name, or when the folder cannot be
// made. A refused or unreadable file does not stop the others; messages are
// written to `err` in the order of `files`. Returns the worst code of the
// files: 0 all written, 1 a contract refused, 2 a file unreadable or not
// written.
int render_batch(const RenderJob& job, const std::vector<std::string>& files, const std::string& out_dir,
                 const std::string& to, std::ostream& err);

}  // namespace zio
