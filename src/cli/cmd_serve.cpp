// zio serve [DIR]: the local web workspace until Ctrl-C or SIGTERM.
#include <Poco/Exception.h>
#include <Poco/Process.h>

#include <csignal>
#include <optional>
#include <iostream>

#include "cli/commands.h"
#include "serve/server.h"

namespace zio::cli {

int serve(const Global& g, const ServeArgs& a) {
  // Ctrl-C and SIGTERM are taken by sigwait below, not by a handler: blocked
  // here, before the server's threads start, so every thread inherits it.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);  // a browser closing a connection mid-answer

  serve::Options opt;
  opt.dir = a.dir;
  opt.port = a.port;
  opt.lang = g.lang;
  std::optional<serve::Server> server;
  try {
    server.emplace(opt);
  } catch (const serve::ServeError& e) {
    error(g, e.message);
    return 2;
  }
  std::cout << server->url() << std::endl;
  if (a.open) {
    try {
      Poco::Process::launch("xdg-open", Poco::Process::Args{server->url()});
    } catch (const Poco::Exception& e) {
      error(g, Text{"kan de browser niet starten (xdg-open): ", "cannot start the browser (xdg-open): "} + e.displayText());
    }
  }
  int sig = 0;
  sigwait(&stop_signals, &sig);
  server->stop();  // waits for a save in progress: never half a file
  return 0;
}

}  // namespace zio::cli
