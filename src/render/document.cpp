#include "render/document.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <mutex>

namespace zio {

std::string DocMeta::footer_text() const {
  if (fingerprint.empty()) return {};
  return (lang == Lang::en ? "Data fingerprint: " : "Vingerafdruk gegevens: ") + fingerprint;
}

std::string DocMeta::since_text() const {
  if (since_fingerprint.empty()) return {};
  return (lang == Lang::en ? "changes since version " : "wijzigingen ten opzichte van versie ") + since_fingerprint;
}

std::string DocMeta::concept_text() const { return concept ? "CONCEPT" : ""; }

std::string DocMeta::header_text() const {
  std::string since = since_text();
  if (!concept) return since;
  return since.empty() ? concept_text() : concept_text() + " \u2014 " + since;
}

Tree Tree::parse(std::string_view markdown) {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  if (cmark_syntax_extension* table = cmark_find_syntax_extension("table"))
    cmark_parser_attach_syntax_extension(parser, table);
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* root = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  return Tree(root);
}

Tree::Tree(Tree&& o) noexcept : root_(o.root_) { o.root_ = nullptr; }
Tree& Tree::operator=(Tree&& o) noexcept {
  if (this != &o) {
    if (root_) cmark_node_free(root_);
    root_ = o.root_;
    o.root_ = nullptr;
  }
  return *this;
}
Tree::~Tree() {
  if (root_) cmark_node_free(root_);
}

void Tree::drop_title(const std::string& title) {
  cmark_node* first = root_ ? cmark_node_first_child(root_) : nullptr;
  if (first && cmark_node_get_type(first) == CMARK_NODE_HEADING && cmark_node_get_heading_level(first) == 1 &&
      plain_text(first) == title) {
    cmark_node_unlink(first);
    cmark_node_free(first);
  }
}

const Image* find_image(cmark_node* n, const DocMeta& meta, std::string* name) {
  if (cmark_node_get_type(n) != CMARK_NODE_IMAGE) return nullptr;
  const char* url = cmark_node_get_url(n);
  if (!url || std::string_view(url).rfind("zio:", 0) != 0) return nullptr;
  std::string key = url + 4;
  bool safe = !key.empty() && key[0] != '.' && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
  if (!safe) return nullptr;
  auto it = meta.images.find(key);
  if (it == meta.images.end() || it->second.svg.empty() || it->second.width_px <= 0 || it->second.height_px <= 0)
    return nullptr;
  if (name) *name = key;
  return &it->second;
}

std::string node_type(cmark_node* node) {
  const char* t = cmark_node_get_type_string(node);
  return t ? t : "";
}

std::string plain_text(cmark_node* node) {
  std::string out;
  cmark_iter* it = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER) continue;
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
        if (const char* s = cmark_node_get_literal(n)) out += s;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        break;
    }
  }
  cmark_iter_free(it);
  return out;
}

}  // namespace zio
