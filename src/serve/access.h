#pragma once
// Who may talk to `zio serve`: a local server is still a server. Any page
// the user visits can send requests to 127.0.0.1, and a DNS-rebinding page
// can even read the answers, so every request must show the random token
// (from the printed URL, then a cookie), name our own Host, and a request
// that changes something must come from our own Origin.
#include <string>

namespace zio::serve {

class Access {
 public:
  // `token` empty: a fresh random one (128 bits from the system's source).
  explicit Access(int port, std::string token = {});
  const std::string& token() const { return token_; }
  int port() const { return port_; }

  // Host is exactly 127.0.0.1:PORT or localhost:PORT.
  bool host_allowed(const std::string& host) const;
  // Origin is exactly http://127.0.0.1:PORT or http://localhost:PORT.
  bool origin_allowed(const std::string& origin) const;
  // `given` equals the token (compared in constant time).
  bool token_matches(const std::string& given) const;

  // The cookie's name: per port, since browsers do not separate cookies
  // by port and two servers may run side by side.
  std::string cookie_name() const;
  // The Set-Cookie value: HttpOnly, SameSite=Strict, the whole site.
  std::string set_cookie() const;

 private:
  int port_;
  std::string token_;
};

// A fresh random token: 32 lower-case hex digits.
std::string random_token();

}  // namespace zio::serve
