#include "render/mustache_glue.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <stdexcept>
#include <string_view>

#include "load/resources.h"
#include "render/markdown_escape.h"
#include "render/template_error.h"

namespace zio {

namespace {

// Whitespace is decided here, not by the Mustache library (whose
// standalone-line handling keeps a blank line for every false section): a
// blank line in the template is kept (as one blank line), and every other
// line that renders empty or blank - a section tag on its own line, a
// sentence left out - disappears. Comments are removed before parsing.
const char blank_line = '\x01';  // values cannot contain it: the escape turns controls into spaces

std::string prepare_template(std::string_view src) {
  std::string out;
  out.reserve(src.size());
  size_t i = 0;
  while (i < src.size()) {
    if (src.compare(i, 3, "{{!") == 0) {
      size_t end = src.find("}}", i);
      if (end == std::string_view::npos) break;
      i = end + 2;
      if (i < src.size() && src[i] == '\n' && (out.empty() || out.back() == '\n')) ++i;  // standalone comment
      continue;
    }
    size_t nl = src.find('\n', i);
    std::string_view line = src.substr(i, nl == std::string_view::npos ? std::string_view::npos : nl - i);
    if (line.find("{{!") != std::string_view::npos) {  // a comment later on this line
      size_t at = line.find("{{!");
      out.append(line.substr(0, at));
      i += at;
      continue;
    }
    bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (blank && nl != std::string_view::npos) out += blank_line;
    else out.append(line);
    if (nl == std::string_view::npos) break;
    out += '\n';
    i = nl + 1;
  }
  return out;
}

std::string tidy_output(const std::string& rendered) {
  std::string out;
  out.reserve(rendered.size());
  bool pending_blank = false;
  size_t i = 0;
  while (i <= rendered.size()) {
    size_t nl = rendered.find('\n', i);
    if (nl == std::string::npos) nl = rendered.size();
    std::string line = rendered.substr(i, nl - i);
    i = nl + 1;
    bool sentinel = line.find(blank_line) != std::string::npos;
    line.erase(std::remove(line.begin(), line.end(), blank_line), line.end());
    // No trailing blanks: two of them would be a hard line break.
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.pop_back();
    if (line.empty()) {
      pending_blank = pending_blank || sentinel;
      continue;
    }
    // A value ending in an abbreviation's full stop ("Zorg B.V."), then the
    // template's own: keep one. An ellipsis ("...") stays.
    for (size_t at = line.find(".."); at != std::string::npos; at = line.find("..", at + 1)) {
      bool ellipsis = (at + 2 < line.size() && line[at + 2] == '.') || (at > 0 && line[at - 1] == '.');
      bool abbreviation = at > 0 && std::isupper(static_cast<unsigned char>(line[at - 1]));
      if (!ellipsis && abbreviation) line.erase(at + 1, 1);
    }
    if (pending_blank && !out.empty()) out += '\n';
    pending_blank = false;
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace

std::string render_template(const std::string& name, const kainjow::mustache::data& data) {
  namespace mu = kainjow::mustache;
  std::string_view src = resource(name);
  const std::string origin = resource_origin(name);
  if (src.empty())
    throw TemplateError(origin.empty() ? name : origin, 0, 0,
                        {"sjabloon niet gevonden of leeg", "template not found or empty"});
  // Parsing the contract template costs more than rendering it, so a
  // batch parses each template once per thread (keyed by its text too, for
  // a changed --templates directory).
  struct Parsed {
    std::string src;
    std::unique_ptr<mu::mustache> tmpl;
  };
  thread_local std::map<std::string, Parsed> cache;
  Parsed& p = cache[name];
  // An invalid template leaves the cache, so a later call reports it again.
  // A user's template (--templates) is user input: its problem is told with
  // its file, line and column. The offset kainjow gives is in the template
  // as prepared (comments removed), so the original text is parsed again
  // to find where the problem is in the file the user edits.
  auto check = [&] {
    if (p.tmpl->is_valid()) return;
    std::string message = p.tmpl->error_message();
    std::string original(src);
    cache.erase(name);
    mu::mustache raw(original);
    if (!raw.is_valid()) message = raw.error_message();
    size_t offset = 0;
    Text what = mustache_problem(message, offset);
    int line = 0, col = 0;
    if (offset != std::string::npos && !raw.is_valid()) line_col(original, offset, line, col);
    throw TemplateError(origin.empty() ? name : origin, line, col, what);
  };
  if (!p.tmpl || p.src != src) {
    p.src = std::string(src);
    p.tmpl = std::make_unique<mu::mustache>(prepare_template(src));
    check();
    p.tmpl->set_custom_escape(markdown_escape);
  }
  std::string out = p.tmpl->render(data);
  check();
  return tidy_output(out);
}

}  // namespace zio
