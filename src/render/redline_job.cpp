#include "render/redline_job.h"

#include <cmark-gfm.h>

#include <sstream>

#include "render/redline.h"
#include "rules/output.h"

namespace zio {

namespace {

// OLD's contract as it was made: signable when it could be, else the
// concept (the only way a contract of a file with fouten exists).
Prepared prepare_old(const RenderJob& job, const std::string& file, std::ostream& err) {
  std::ostringstream quiet;  // OLD's findings are not this render's business
  RenderJob old_job = job;
  old_job.concept = false;
  Prepared p = prepare_document(old_job, file, quiet);
  if (p.code == 1) {
    old_job.concept = true;
    quiet.str("");
    p = prepare_document(old_job, file, quiet);
  }
  if (p.code != 0) err << quiet.str();
  return p;
}

// The header line of the Markdown output, after its title.
void insert_since_line(Tree& tree, const DocMeta& meta) {
  cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
  cmark_node* emph = cmark_node_new(CMARK_NODE_EMPH);
  cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(text, meta.since_text().c_str());
  cmark_node_append_child(emph, text);
  cmark_node_append_child(para, emph);
  cmark_node* first = cmark_node_first_child(tree.root());
  if (first && cmark_node_get_type(first) == CMARK_NODE_HEADING)
    cmark_node_insert_after(first, para);
  else if (first)
    cmark_node_insert_before(first, para);
  else
    cmark_node_append_child(tree.root(), para);
}

}  // namespace

int build_redline(const RenderJob& job, const std::string& old_file, const std::string& new_file, Format format,
                  std::string& bytes, std::ostream& err) {
  Prepared now = prepare_document(job, new_file, err);
  if (now.code != 0) return now.code;
  Prepared then = prepare_old(job, old_file, err);
  if (then.code != 0) return 2;  // OLD is only ever refused for being unreadable
  DocMeta meta = now.meta;
  meta.since_fingerprint = then.meta.fingerprint;
  Tree then_tree = Tree::parse(then.markdown), now_tree = Tree::parse(now.markdown);
  if (format != Format::markdown) {
    then_tree.drop_title(then.meta.title);
    now_tree.drop_title(meta.title);
  }
  redline(then_tree, now_tree);
  if (format == Format::markdown) {
    critic_markup(now_tree);
    insert_since_line(now_tree, meta);
  }
  Text error;
  if (!build_tree_document(now_tree, meta, format, bytes, error)) {
    write_error(err, error, job.lang);
    return 2;
  }
  return 0;
}

int render_redline(const RenderJob& job, const std::string& old_file, const std::string& new_file,
                   const std::string& out, std::ostream& err) {
  Format format = format_of(out);
  if (format == Format::unknown) {
    write_error(err, unknown_format_message(out), job.lang);
    return 2;
  }
  std::string bytes;
  if (int code = build_redline(job, old_file, new_file, format, bytes, err)) return code;
  Text error;
  if (!write_output(out, bytes, error)) {
    write_error(err, error, job.lang);
    return 2;
  }
  return 0;
}

}  // namespace zio
