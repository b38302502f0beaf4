#include "diff/data_diff.h"

#include <algorithm>
#include <map>
#include <set>

#include "load/canonical.h"
#include "load/yaml_tree.h"

namespace zio {

namespace {

// The keys that identify the items of a list, in the order tried: a list
// whose items are all maps with distinct values of one of them is matched
// by it ("partijen", "scholen" by id; "fasering" by school; "herkomst" by
// gemeente); any other list is compared as a bag of values, so its order
// does not count.
const char* const identity_keys[] = {"id", "school", "gemeente", "code", "titel", "nummer"};

std::string canonical(const YNode& n) { return canonical_json(n).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// A value as shown in a change: a scalar as written; a block by what names
// it (its naam or id), else a short form of its data.
std::string shown(const YNode& n) {
  switch (n.kind) {
    case YNode::Kind::null: return "~";
    case YNode::Kind::scalar: return n.value;
    case YNode::Kind::seq: {
      std::string out = "[";
      for (size_t i = 0; i < n.items.size(); ++i) {
        if (out.size() > 80) return out + ", …]";
        out += (i ? ", " : "") + shown(n.items[i]);
      }
      return out + "]";
    }
    case YNode::Kind::map: break;
  }
  for (const char* k : {"naam", "titel", "id", "school", "gemeente"})
    if (const YNode* v = n.get(k); v && v->is_scalar()) return v->value;
  // "vorm: mediation; instantie: Een onafhankelijke …": the block as a reader
  // would summarise it.
  std::string out;
  for (size_t i = 0; i < n.keys.size(); ++i) {
    std::string v = shown(n.items[i]);
    if (v.size() > 40) v = v.substr(0, 39) + "…";
    out += (i ? "; " : "") + n.keys[i] + ": " + v;
    if (out.size() > 120) return out + "; …";
  }
  return out;
}

// The key the items of `a` and `b` are matched by, or empty for a bag.
std::string identity_of(const YNode& a, const YNode& b) {
  for (const char* key : identity_keys) {
    bool ok = true;
    for (const YNode* list : {&a, &b}) {
      std::set<std::string> seen;
      for (const YNode& item : list->items) {
        const YNode* v = item.is_map() ? item.get(key) : nullptr;
        if (!v || !v->is_scalar() || !seen.insert(v->value).second) {
          ok = false;
          break;
        }
      }
      if (!ok) break;
    }
    if (ok && !(a.items.empty() && b.items.empty())) return key;
  }
  return {};
}

class Differ {
 public:
  explicit Differ(std::vector<DataChange>& out) : out_(out) {}

  void node(const std::string& path, const YNode& a, const YNode& b) {
    if (a.is_map() && b.is_map()) return map(path, a, b);
    if (a.is_seq() && b.is_seq()) return seq(path, a, b);
    if (canonical(a) != canonical(b)) out_.push_back({DataChange::Kind::changed, path, shown(a), shown(b), a.pos, b.pos});
  }

 private:
  static std::string child(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }

  void map(const std::string& path, const YNode& a, const YNode& b) {
    for (size_t i = 0; i < b.keys.size(); ++i) {
      const YNode* old = a.get(b.keys[i]);
      std::string p = child(path, b.keys[i]);
      if (!old)
        out_.push_back({DataChange::Kind::added, p, "", shown(b.items[i]), {}, b.key_pos[i]});
      else
        node(p, *old, b.items[i]);
    }
    for (size_t i = 0; i < a.keys.size(); ++i)
      if (!b.get(a.keys[i]))
        out_.push_back({DataChange::Kind::removed, child(path, a.keys[i]), shown(a.items[i]), "", a.key_pos[i], b.pos});
  }

  void seq(const std::string& path, const YNode& a, const YNode& b) {
    std::string key = identity_of(a, b);
    if (!key.empty()) {
      std::map<std::string, const YNode*> old_by_id;
      for (const YNode& item : a.items) old_by_id[item.get(key)->value] = &item;
      std::set<std::string> in_new;
      for (const YNode& item : b.items) {
        const std::string& id = item.get(key)->value;
        in_new.insert(id);
        std::string p = path + "[" + id + "]";
        auto it = old_by_id.find(id);
        if (it == old_by_id.end())
          out_.push_back({DataChange::Kind::added, p, "", shown(item), {}, item.pos});
        else
          node(p, *it->second, item);
      }
      for (const YNode& item : a.items)
        if (!in_new.count(item.get(key)->value))
          out_.push_back({DataChange::Kind::removed, path + "[" + item.get(key)->value + "]", shown(item), "", item.pos, b.pos});
      return;
    }
    // A bag: each value of NEW takes an equal one of OLD; what is left over
    // was added or removed. Lists of the same length that differ in place
    // only are one change at that place, so "[3, 4] -> [3, 5]" reads as 4 -> 5.
    std::multimap<std::string, size_t> old_left;
    for (size_t i = 0; i < a.items.size(); ++i) old_left.emplace(canonical(a.items[i]), i);
    std::vector<size_t> added;
    for (size_t i = 0; i < b.items.size(); ++i) {
      auto it = old_left.find(canonical(b.items[i]));
      if (it != old_left.end())
        old_left.erase(it);
      else
        added.push_back(i);
    }
    std::vector<size_t> removed;
    for (const auto& [c, i] : old_left) removed.push_back(i);
    std::sort(removed.begin(), removed.end());
    size_t pairs = std::min(added.size(), removed.size());
    for (size_t k = 0; k < pairs; ++k)
      node(path + "[" + std::to_string(added[k] + 1) + "]", a.items[removed[k]], b.items[added[k]]);
    for (size_t k = pairs; k < added.size(); ++k)
      out_.push_back({DataChange::Kind::added, path + "[" + std::to_string(added[k] + 1) + "]", "",
                      shown(b.items[added[k]]), {}, b.items[added[k]].pos});
    for (size_t k = pairs; k < removed.size(); ++k)
      out_.push_back({DataChange::Kind::removed, path + "[" + std::to_string(removed[k] + 1) + "]",
                      shown(a.items[removed[k]]), "", a.items[removed[k]].pos, b.pos});
  }

  std::vector<DataChange>& out_;
};

// A finding as the same finding in another version of the file: its rule and
// message (its line may have moved).
std::string identity(const Finding& f) { return f.rule + "\x1f" + f.message.nl; }

}  // namespace

DataDiff diff_documents(const Document& old_doc, const Document& new_doc) {
  DataDiff d;
  ParseResult a = parse_yaml(old_doc.text), b = parse_yaml(new_doc.text);
  YNode empty;
  Differ(d.changes).node("", a.root ? *a.root : empty, b.root ? *b.root : empty);

  // Each finding of one file that the other has not (as a bag: a finding
  // twice in OLD and once in NEW is one resolved).
  auto unmatched = [&](const Findings& from, const Findings& against, bool resolved) {
    std::multiset<std::string> left;
    for (const Finding& f : against) left.insert(identity(f));
    for (const Finding& f : from) {
      auto it = left.find(identity(f));
      if (it != left.end())
        left.erase(it);
      else
        d.findings.push_back({resolved, f});
    }
  };
  unmatched(old_doc.findings, new_doc.findings, true);
  unmatched(new_doc.findings, old_doc.findings, false);
  return d;
}

}  // namespace zio
