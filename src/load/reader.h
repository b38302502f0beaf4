#pragma once
// Typed reading of a YNode tree into the model, reporting D02 (schema)
// findings in Dutch and English with the node's position: missing required
// keys, wrong types, values outside an enum, and unknown keys with a
// 'bedoelde u ...?' suggestion.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "load/yaml_tree.h"
#include "model/region.h"

namespace zio {

enum class Req { optional, required };

// What the loader accepts, per object path ("", "regio", "partijen[]",
// "scholen[].herkomst[]"): keys, whether each is required, enum values.
// Filled as a side effect of reading, so tests can hold the loader against
// the JSON Schema without a second, hand-kept list.
struct KeyInfo {
  bool required = false;
  std::vector<std::string> enum_values;
};
using KeyCatalog = std::map<std::string, std::map<std::string, KeyInfo>>;

class Reader {
 public:
  explicit Reader(Findings& out, KeyCatalog* catalog = nullptr) : out_(out), catalog_(catalog) {}
  // `order_at`: where the finding sorts when not at `pos` (Finding::order_at).
  void schema_error(Pos pos, Text msg, Text hint = {}, Pos order_at = {});
  void record(const std::string& path, const std::string& key, Req req, const std::vector<std::string>* enums);

 private:
  Findings& out_;
  KeyCatalog* catalog_;
};

// Reads one mapping. Each accessor marks its key as known; the destructor
// reports the keys nobody asked for.
class Obj {
 public:
  // `node` may be null (absent object): accessors then read nothing.
  // `pos` is where findings about the object itself point (its key).
  Obj(Reader& r, const YNode* node, std::string path, Pos pos);
  ~Obj();
  Obj(const Obj&) = delete;
  Obj& operator=(const Obj&) = delete;

  bool is_map() const { return node_ && node_->is_map(); }

  void str(const char* key, Str& out, Req req = Req::optional);
  // An id of a party or school: [a-z0-9-]+ (format v1).
  void id(const char* key, Str& out, Req req = Req::optional);
  void choice(const char* key, Str& out, const std::vector<std::string>& values, Req req = Req::optional);
  void integer(const char* key, Int& out, Req req = Req::optional);
  void number(const char* key, Num& out, Req req = Req::optional);
  void boolean(const char* key, Bool& out, Req req = Req::optional);
  void date(const char* key, DateVal& out, Req req = Req::optional);
  void id_list(const char* key, IdList& out, Req req = Req::optional);
  void int_list(const char* key, Val<std::vector<Int>>& out, const std::vector<std::string>& values,
                Req req = Req::optional);
  // A sub-object: `fill` reads its keys.
  void object(const char* key, Section& out, const std::function<void(Obj&)>& fill, Req req = Req::optional);
  // A list of objects.
  template <class T>
  void objects(const char* key, Val<std::vector<T>>& out, const std::function<void(Obj&, T&)>& fill,
               Req req = Req::optional) {
    const YNode* n = take(key, req, nullptr);
    Pos key_pos = last_key_pos_;
    std::string child = sub(key) + "[]";
    if (!n || !expect_seq(*n, key)) {
      Obj dummy(r_, nullptr, child, pos_);  // still record the keys
      T t;
      fill(dummy, t);
      return;
    }
    out.set = true;
    out.pos = key_pos;
    for (const YNode& item : n->items) {
      T t;
      t.set = true;
      t.pos = item.pos;
      Obj o(r_, &item, child, item.pos);
      if (!item.is_map()) type_error(item, key, {"een blok met sleutels", "a block of keys"});
      fill(o, t);
      out.v.push_back(std::move(t));
    }
    if (out.v.empty()) {  // still record the keys for an empty list
      Obj dummy(r_, nullptr, child, pos_);
      T t;
      fill(dummy, t);
    }
  }

 private:
  const YNode* take(const char* key, Req req, const std::vector<std::string>* enums);
  std::string sub(const char* key) const { return path_.empty() ? key : path_ + "." + key; }
  bool expect_seq(const YNode& n, const char* key);
  bool scalar_text(const YNode& n, const char* key, Str& out);
  void type_error(const YNode& n, const std::string& key, const Text& expected);

  Reader& r_;
  const YNode* node_;
  std::string path_;
  Pos pos_;
  std::vector<bool> used_;
  std::vector<std::string> asked_;  // every key this object knows
  Pos last_key_pos_;                // of the key `take` found last
};

// Closest candidates for an unknown or misspelt name ("bedoelde u ...?").
std::string suggest(const std::string& word, const std::vector<std::string>& candidates);

// Plain scalars that YAML 1.2's core schema reads as something else than text.
bool looks_like_number(const std::string& s);
bool looks_like_bool(const std::string& s);

}  // namespace zio
