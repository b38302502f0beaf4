#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "load/resources.h"
#include "render/batch.h"
#include "render/emit.h"
#include "render/job.h"
#include "render/redline_job.h"
#include "render/view.h"

namespace zio::cli {

namespace fs = std::filesystem;

namespace {

bool is_dir_target(const std::string& out) {
  std::error_code ec;
  return !out.empty() && (out.back() == '/' || fs::is_directory(out, ec));
}

}  // namespace

int render(const Global& g, const RenderArgs& a) {
  if (!a.templates.empty() && !use_templates(g, a.templates)) return 2;
  if (a.what == "checklist" && a.leeg) {
    Text err;
    if (!emit_document(checklist_markdown(nullptr, {g.lang, false}, true),
                       document_meta({a.what, g.lang, false}, nullptr), a.out, err)) {
      error(g, err);
      return 2;
    }
    return 0;
  }
  if (a.files.empty()) {
    error(g, {"geef een regiobestand op", "name a region file"});
    return 2;
  }
  const RenderJob job{a.what, g.lang, a.concept};
  if (!a.sinds.empty()) {
    if (a.what != "contract" || a.files.size() > 1 || !a.to.empty() || is_dir_target(a.out)) {
      error(g, {"--sinds vergelijkt het contract van één regiobestand met een vorige versie: "
                "geef één FILE en één doelbestand met -o",
                "--sinds compares the contract of one region file with an earlier version: "
                "name one FILE and one output file with -o"});
      return 2;
    }
    return render_redline(job, a.sinds, a.files.front(), a.out, std::cerr);
  }
  if (a.files.size() > 1 || !a.to.empty() || is_dir_target(a.out))
    return render_batch(job, a.files, a.out, a.to, std::cerr);
  if (format_of(a.out) == Format::unknown) {  // before the file is read: no findings for nothing
    error(g, unknown_format_message(a.out));
    return 2;
  }
  if (overwrites_input(g, a.out, a.files.front())) return 2;
  Prepared p = prepare_document(job, a.files.front(), std::cerr);
  if (p.code != 0) return p.code;
  Text err;
  if (!emit_document(p.markdown, p.meta, a.out, err)) {
    error(g, err);
    return 2;
  }
  return 0;
}

}  // namespace zio::cli
