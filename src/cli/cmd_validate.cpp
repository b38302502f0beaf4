#include <condition_variable>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "cli/commands.h"
#include "rules/output.h"
#include "rules/validate.h"
#include "render/emit.h"
#include "util/parallel.h"

namespace zio::cli {

void error(const Global& g, const Text& msg, std::ostream& out) {
  write_error(out, msg, g.lang);
}

bool finish_output(const Global& g, std::ostream& out) {
  out.flush();
  if (out) return true;
  error(g, {"de uitvoer kan niet worden geschreven (schijf vol, of de ontvanger is gesloten)",
            "the output cannot be written (disk full, or the receiving end is closed)"});
  return false;
}

bool overwrites_input(const Global& g, const std::string& out, const std::string& in) {
  Text why;
  if (!zio::overwrites_input(out, in, why)) return false;
  error(g, why);
  return true;
}

int validate(const Global& g, const std::vector<std::string>& files, const std::string& format) {
  // Files are independent and parsing dominates, so they are checked on all
  // cores; output keeps the order of the command line. Text streams file by
  // file; JSON and SARIF keep only the findings of each file.
  const bool text = format == "text";
  const size_t n = files.size();
  std::vector<std::optional<Document>> slots(n);
  std::mutex m;
  std::condition_variable ready;
  bool finished = false;
  std::exception_ptr failure;
  // The main thread only prints, so every core parses.
  std::thread runner([&] {
    try {
      parallel_for(n, [&](size_t i) {
        Document doc = validate_file(files[i]);
        if (!text) {
          doc.text = std::string();
          doc.region = Region{};
          doc.national = National{};
        }
        std::lock_guard<std::mutex> lock(m);
        slots[i] = std::move(doc);
        ready.notify_all();
      });
    } catch (...) {
      failure = std::current_exception();
    }
    std::lock_guard<std::mutex> lock(m);
    finished = true;
    ready.notify_all();
  });

  Tally tally;
  std::vector<Document> done;
  for (size_t i = 0; i < n; ++i) {
    std::unique_lock<std::mutex> lock(m);
    ready.wait(lock, [&] { return slots[i].has_value() || finished; });
    if (!slots[i]) break;  // a worker failed; rethrown below
    Document doc = std::move(*slots[i]);
    slots[i].reset();
    lock.unlock();
    tally.add(doc);
    if (text)
      write_text_findings(std::cout, doc, g.lang);
    else
      done.push_back(std::move(doc));
  }
  runner.join();
  if (failure) std::rethrow_exception(failure);

  if (format == "json")
    write_json(std::cout, done, g.lang);
  else if (format == "sarif")
    write_sarif(std::cout, done, g.lang);
  else
    write_text_summary(std::cout, tally, n, g.lang);
  if (!finish_output(g)) return 2;
  return tally.exit_code();
}

}  // namespace zio::cli
