#include "load/reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "util/text.h"

namespace zio {

namespace {

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t subst = prev[j - 1] + (std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

Text did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string s = suggest(word, candidates);
  if (s.empty()) return {};
  return Text{"bedoelde u '", "did you mean '"} + s + "'?";
}

Text describe(const YNode& n) {
  switch (n.kind) {
    case YNode::Kind::null: return {"niets", "nothing"};
    case YNode::Kind::map: return {"een blok met sleutels", "a block of keys"};
    case YNode::Kind::seq: return {"een lijst", "a list"};
    case YNode::Kind::scalar: break;
  }
  if (!n.quoted && looks_like_number(n.value)) return Text{"het getal ", "the number "} + n.value;
  if (!n.quoted && looks_like_bool(n.value)) return Text{"de waarde ", "the value "} + n.value;
  return Text{"de tekst '", "the text '"} + n.value + "'";
}

}  // namespace

std::string suggest(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_d = std::max<size_t>(2, word.size() / 3) + 1;
  for (const std::string& c : candidates) {
    size_t d = edit_distance(word, c);
    // A prefix ("omschr" for "omschrijving") also counts as a near miss.
    if (c.size() > word.size() && word.size() >= 4 && c.compare(0, word.size(), word) == 0) d = std::min<size_t>(d, 1);
    if (d < best_d) { best_d = d; best = c; }
  }
  return best;
}

bool looks_like_number(const std::string& s) {
  if (s.empty()) return false;
  if (s == ".inf" || s == "-.inf" || s == "+.inf" || s == ".nan" || s == ".NaN") return true;
  char* end = nullptr;
  errno = 0;
  std::strtod(s.c_str(), &end);
  bool digit = s.find_first_of("0123456789") != std::string::npos;
  return digit && end == s.c_str() + s.size() && s.find_first_of(" \t") == std::string::npos &&
         s.find_first_of("xXpP") == std::string::npos;
}

bool looks_like_bool(const std::string& s) {
  return s == "true" || s == "false" || s == "True" || s == "False" || s == "TRUE" || s == "FALSE";
}

void Reader::schema_error(Pos pos, Text msg, Text hint, Pos order_at) {
  out_.push_back(Finding{"D02", Severity::fout, pos, std::move(msg), std::move(hint), order_at});
}

void Reader::record(const std::string& path, const std::string& key, Req req, const std::vector<std::string>* enums) {
  if (!catalog_) return;
  KeyInfo& k = (*catalog_)[path][key];
  k.required = req == Req::required;
  if (enums) k.enum_values = *enums;
}

Obj::Obj(Reader& r, const YNode* node, std::string path, Pos fallback)
    : r_(r), node_(node), path_(std::move(path)), pos_(fallback.known() || !node ? fallback : node->pos) {
  if (node_ && node_->is_map()) used_.assign(node_->keys.size(), false);
}

Obj::~Obj() {
  if (!node_ || !node_->is_map()) return;
  for (size_t i = 0; i < used_.size(); ++i) {
    if (used_[i]) continue;
    std::string where = path_.empty() ? "" : " in '" + path_ + "'";
    r_.schema_error(node_->key_pos[i], Text{"onbekende sleutel '", "unknown key '"} + node_->keys[i] + "'" + where,
                    did_you_mean(node_->keys[i], asked_), pos_);
  }
}

const YNode* Obj::take(const char* key, Req req, const std::vector<std::string>* enums) {
  asked_.emplace_back(key);
  r_.record(path_, key, req, enums);
  last_key_pos_ = pos_;
  if (!node_ || !node_->is_map()) return nullptr;
  for (size_t i = 0; i < node_->keys.size(); ++i) {
    if (node_->keys[i] != key) continue;
    used_[i] = true;
    last_key_pos_ = node_->key_pos[i];
    const YNode& v = node_->items[i];
    if (v.kind == YNode::Kind::null) {
      if (req == Req::required)
        r_.schema_error(node_->key_pos[i], Text{"'", "'"} + key + Text{"' heeft geen waarde", "' has no value"});
      return nullptr;
    }
    return &v;
  }
  if (req == Req::required)
    r_.schema_error(pos_, Text{"verplichte sleutel '", "required key '"} + key + "'" +
                              Text{" ontbreekt", " is missing"} +
                              (path_.empty() ? std::string() : " (" + path_ + ")"));
  return nullptr;
}

void Obj::type_error(const YNode& n, const std::string& key, const Text& expected) {
  r_.schema_error(n.pos, Text{"'", "'"} + key + Text{"' moet ", "' must be "} + expected + Text{" zijn, niet ", ", not "} +
                             describe(n));
}

bool Obj::scalar_text(const YNode& n, const char* key, Str& out) {
  if (!n.is_scalar()) {
    type_error(n, key, {"tekst", "text"});
    return false;
  }
  if (!n.quoted && (looks_like_number(n.value) || looks_like_bool(n.value))) {
    r_.schema_error(n.pos, Text{"'", "'"} + key + Text{"' moet tekst zijn, niet ", "' must be text, not "} + describe(n),
                    {"zet de waarde tussen aanhalingstekens: \"" + n.value + "\"",
                     "put the value in quotes: \"" + n.value + "\""});
    return false;
  }
  out.v = n.value;
  out.pos = n.pos;
  out.set = true;
  return true;
}

bool Obj::expect_seq(const YNode& n, const char* key) {
  if (n.is_seq()) return true;
  type_error(n, key, {"een lijst", "a list"});
  return false;
}

void Obj::str(const char* key, Str& out, Req req) {
  if (const YNode* n = take(key, req, nullptr)) scalar_text(*n, key, out);
}

void Obj::id(const char* key, Str& out, Req req) {
  const YNode* n = take(key, req, nullptr);
  if (!n || !scalar_text(*n, key, out)) return;
  const std::string& v = out.v;
  bool ok = !v.empty() && v.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
  if (ok) return;
  // Suggest the id as it would be written: lower case, spaces as '-'.
  std::string fixed;
  for (char c : v) {
    if (c >= 'A' && c <= 'Z') fixed += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') fixed += c;
    else if ((c == ' ' || c == '_' || c == '.') && !fixed.empty() && fixed.back() != '-') fixed += '-';
  }
  Text hint = {"gebruik alleen kleine letters, cijfers en '-'", "use lower-case letters, digits and '-' only"};
  if (!fixed.empty()) hint = hint + Text{", bijvoorbeeld '", ", e.g. '"} + fixed + "'";
  r_.schema_error(n->pos, Text{"'", "'"} + v + Text{"' is geen geldige id", "' is not a valid id"}, hint);
}

void Obj::choice(const char* key, Str& out, const std::vector<std::string>& values, Req req) {
  const YNode* n = take(key, req, &values);
  if (!n) return;
  Str tmp;
  if (!scalar_text(*n, key, tmp)) return;
  if (std::find(values.begin(), values.end(), tmp.v) == values.end()) {
    Text hint = did_you_mean(tmp.v, values);
    if (hint.empty()) hint = Text{"kies uit: ", "choose from: "} + join(values);
    r_.schema_error(n->pos, Text{"'", "'"} + tmp.v + Text{"' is geen geldige waarde voor '", "' is not a valid value for '"} +
                                key + "'",
                    hint);
    return;
  }
  out = tmp;
}

void Obj::integer(const char* key, Int& out, Req req) {
  const YNode* n = take(key, req, nullptr);
  if (!n) return;
  const std::string& s = n->value;
  bool ok = n->is_scalar() && !n->quoted && !s.empty() &&
            s.find_first_not_of("0123456789", s[0] == '-' || s[0] == '+' ? 1 : 0) == std::string::npos &&
            s.size() > (s[0] == '-' || s[0] == '+' ? 1u : 0u);
  if (ok) {
    errno = 0;
    long long v = std::strtoll(s.c_str(), nullptr, 10);
    if (errno == ERANGE) ok = false;
    out = {v, n->pos, ok};
  }
  if (!ok) type_error(*n, key, {"een geheel getal", "a whole number"});
}

void Obj::number(const char* key, Num& out, Req req) {
  const YNode* n = take(key, req, nullptr);
  if (!n) return;
  if (n->is_scalar() && !n->quoted && looks_like_number(n->value) && n->value.find_first_of("in") == std::string::npos) {
    out = {std::strtod(n->value.c_str(), nullptr), n->pos, true};
    return;
  }
  type_error(*n, key, {"een bedrag of getal", "an amount or number"});
}

void Obj::boolean(const char* key, Bool& out, Req req) {
  const YNode* n = take(key, req, nullptr);
  if (!n) return;
  if (n->is_scalar() && !n->quoted && looks_like_bool(n->value)) {
    out = {n->value[0] == 't' || n->value[0] == 'T', n->pos, true};
    return;
  }
  type_error(*n, key, {"true of false", "true or false"});
}

void Obj::date(const char* key, DateVal& out, Req req) {
  const YNode* n = take(key, req, nullptr);
  if (!n) return;
  Date d;
  if (n->is_scalar() && Date::parse_shape(n->value, d)) {
    out = {d, n->pos, true};
    return;
  }
  type_error(*n, key, {"een datum als JJJJ-MM-DD", "a date as YYYY-MM-DD"});
}

void Obj::id_list(const char* key, IdList& out, Req req) {
  const YNode* n = take(key, req, nullptr);
  if (!n || !expect_seq(*n, key)) return;
  out.set = true;
  out.pos = last_key_pos_;
  for (const YNode& item : n->items) {
    Str s;
    if (scalar_text(item, key, s)) out.v.push_back(s);
  }
}

void Obj::int_list(const char* key, Val<std::vector<Int>>& out, const std::vector<std::string>& values, Req req) {
  const YNode* n = take(key, req, &values);
  if (!n || !expect_seq(*n, key)) return;
  out.set = true;
  out.pos = last_key_pos_;
  for (const YNode& item : n->items) {
    bool ok = item.is_scalar() && !item.quoted &&
              std::find(values.begin(), values.end(), item.value) != values.end();
    if (ok) {
      out.v.push_back({std::stoll(item.value), item.pos, true});
      continue;
    }
    r_.schema_error(item.pos, Text{"'", "'"} + key + Text{"' bevat ", "' contains "} + describe(item),
                    Text{"kies uit: ", "choose from: "} + join(values));
  }
}

void Obj::object(const char* key, Section& out, const std::function<void(Obj&)>& fill, Req req) {
  const YNode* n = take(key, req, nullptr);
  if (n && !n->is_map()) {
    type_error(*n, key, {"een blok met sleutels", "a block of keys"});
    n = nullptr;
  }
  if (!n && node_ && node_->is_map()) {
    // Present but empty ("geschillenregeling:") counts as present.
    for (size_t i = 0; i < node_->keys.size(); ++i)
      if (node_->keys[i] == key && node_->items[i].kind == YNode::Kind::null) {
        out.set = true;
        out.pos = node_->key_pos[i];
      }
  }
  if (n) {
    out.set = true;
    out.pos = last_key_pos_;
  }
  Obj o(r_, n, sub(key), out.set ? out.pos : pos_);
  fill(o);
}

}  // namespace zio
