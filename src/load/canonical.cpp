#include "load/canonical.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "load/reader.h"

namespace zio {

nlohmann::json canonical_json(const YNode& n) {
  using nlohmann::json;
  switch (n.kind) {
    case YNode::Kind::null: return nullptr;
    case YNode::Kind::seq: {
      json a = json::array();
      for (const YNode& i : n.items) a.push_back(canonical_json(i));
      return a;
    }
    case YNode::Kind::map: {
      json o = json::object();  // std::map underneath: keys sorted
      for (size_t i = 0; i < n.keys.size(); ++i) o[n.keys[i]] = canonical_json(n.items[i]);
      return o;
    }
    case YNode::Kind::scalar: break;
  }
  if (n.quoted) return n.value;
  if (looks_like_bool(n.value)) return n.value[0] == 't' || n.value[0] == 'T';
  if (looks_like_number(n.value)) {
    // Integers stay exact; anything else as a double (1.0 and 1.00 agree).
    const std::string& s = n.value;
    bool integral = s.find_first_of(".eEn") == std::string::npos;
    if (integral) {
      errno = 0;
      long long v = std::strtoll(s.c_str(), nullptr, 10);
      if (errno == 0) return v;
    }
    double d = std::strtod(s.c_str(), nullptr);
    if (std::isfinite(d)) return d;
  }
  return n.value;
}

std::string fingerprint(std::string_view yaml_text) {
  ParseResult parsed = parse_yaml(yaml_text);
  if (parsed.fatal || !parsed.root) return {};
  return fingerprint_of(*parsed.root);
}

std::string fingerprint_of(const YNode& root) {
  std::string canonical = canonical_json(root).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(canonical);
  return Poco::DigestEngine::digestToHex(sha.digest());
}

}  // namespace zio
