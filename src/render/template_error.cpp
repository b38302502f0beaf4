#include "render/template_error.h"

#include <cstdlib>

namespace zio {

void line_col(const std::string& text, size_t offset, int& line, int& col) {
  line = 1;
  col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++col;
    }
  }
}

Text mustache_problem(const std::string& msg, size_t& offset) {
  offset = std::string::npos;
  std::string head = msg;
  size_t at = msg.rfind(" at ");
  if (at != std::string::npos && at + 4 < msg.size() && msg.find_first_not_of("0123456789", at + 4) == std::string::npos) {
    offset = std::strtoull(msg.c_str() + at + 4, nullptr, 10);
    head = msg.substr(0, at);
  }
  auto quoted = [&](const char* prefix) -> std::string {
    std::string p = prefix;
    if (head.compare(0, p.size(), p) != 0) return {};
    std::string name = head.substr(p.size());
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
    return name.empty() ? std::string(" ") : name;
  };
  if (std::string n = quoted("Unclosed section "); !n.empty())
    return Text{"de sectie '" + n + "' wordt niet gesloten (zet {{/" + n + "}} waar ze eindigt)",
                "the section '" + n + "' is not closed (put {{/" + n + "}} where it ends)"};
  if (std::string n = quoted("Unopened section "); !n.empty())
    return Text{"{{/" + n + "}} sluit een sectie die niet geopend is", "{{/" + n + "}} closes a section that was not opened"};
  if (head == "Unclosed tag") return {"een tag zonder sluitende }}", "a tag without its closing }}"};
  if (head == "Invalid set delimiter tag") return {"ongeldige tag voor scheidingstekens", "invalid set-delimiter tag"};
  return Text{"sjabloon ongeldig: ", "invalid template: "} + msg;
}

}  // namespace zio
