#include "serve/access.h"

#include <random>

namespace zio::serve {

std::string random_token() {
  std::random_device rd;  // /dev/urandom on Linux
  static const char* hex = "0123456789abcdef";
  std::string t;
  for (int i = 0; i < 4; ++i) {  // 4 x 32 bits
    unsigned v = rd();
    for (int j = 0; j < 4; ++j) {
      t += hex[(v >> (j * 8)) & 15];
      t += hex[(v >> (j * 8 + 4)) & 15];
    }
  }
  return t;
}

Access::Access(int port, std::string token) : port_(port), token_(token.empty() ? random_token() : std::move(token)) {}

bool Access::host_allowed(const std::string& host) const {
  const std::string p = ":" + std::to_string(port_);
  return host == "127.0.0.1" + p || host == "localhost" + p;
}

bool Access::origin_allowed(const std::string& origin) const {
  const std::string p = ":" + std::to_string(port_);
  return origin == "http://127.0.0.1" + p || origin == "http://localhost" + p;
}

bool Access::token_matches(const std::string& given) const {
  if (given.size() != token_.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < given.size(); ++i) diff |= static_cast<unsigned char>(given[i] ^ token_[i]);
  return diff == 0;
}

std::string Access::cookie_name() const { return "zio_" + std::to_string(port_); }

std::string Access::set_cookie() const {
  return cookie_name() + "=" + token_ + "; Path=/; HttpOnly; SameSite=Strict";
}

}  // namespace zio::serve
