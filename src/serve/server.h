#pragma once
// `zio serve`: a local web workspace over one folder of region files,
// served by Poco::Net's HTTPServer on 127.0.0.1 only. Every request passes
// the checks of access.h before anything is read; the routes map onto
// Workspace (pages' data) and Folder (reading and saving files).
#include <memory>
#include <stdexcept>
#include <string>

#include "model/text.h"

namespace zio::serve {

struct Options {
  std::string dir = ".";
  int port = 0;       // 0: any free port
  Lang lang = Lang::nl;
  std::string token;  // empty: a random one (tests may fix it)
};

// The folder is not usable or the port cannot be bound.
struct ServeError : std::runtime_error {
  Text message;
  explicit ServeError(Text m) : std::runtime_error(m.nl), message(std::move(m)) {}
};

class Server {
 public:
  // Binds 127.0.0.1:port and starts serving in background threads. Throws
  // ServeError when DIR is not a folder or the port cannot be bound.
  explicit Server(const Options& opt);
  ~Server();  // stop()
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int port() const;
  const std::string& token() const;
  // http://127.0.0.1:PORT/?token=TOKEN: the URL to open first.
  std::string url() const;
  // Waits for a save in progress, then stops accepting and closes every
  // connection. Idempotent.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace zio::serve
