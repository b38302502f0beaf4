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
#include "util/terminal.h"

namespace zio::cli {

void error(const Global& g, const Text& msg, std::ostream& out) {
  // Colour only on a terminal: stderr, not a batch's collected messages.
  write_error(out, msg, g.lang, &out == &std::cerr && use_colour(2));
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

int validate(const Global& g, const ValidateArgs& a) {
  const std::vector<std::string>& files = a.files;
  const std::string& format = a.format;
  SarifOptions sarif{a.sarif_root, a.sarif_base_url.empty() ? std::string(ZIO_DOCS_BASE_URL) : a.sarif_base_url};
  if (!sarif.base_url.empty() && !is_absolute_uri(sarif.base_url)) {
    error(g, Text{"--sarif-base-url moet een absolute URL zijn (https://...), niet '", "--sarif-base-url must be an absolute URL (https://...), not '"} +
                 sarif.base_url + "'");
    return 2;
  }
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
        // SARIF keeps the text for key paths and regions within the file.
        if (!text) {
          if (format != "sarif") doc.text = std::string();
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
  const bool colour = use_colour(1);
  for (size_t i = 0; i < n; ++i) {
    std::unique_lock<std::mutex> lock(m);
    ready.wait(lock, [&] { return slots[i].has_value() || finished; });
    if (!slots[i]) break;  // a worker failed; rethrown below
    Document doc = std::move(*slots[i]);
    slots[i].reset();
    lock.unlock();
    tally.add(doc);
    if (text)
      write_text_findings(std::cout, doc, g.lang, colour);
    else
      done.push_back(std::move(doc));
  }
  runner.join();
  if (failure) std::rethrow_exception(failure);

  if (format == "json")
    write_json(std::cout, done, g.lang);
  else if (format == "sarif")
    write_sarif(std::cout, done, g.lang, sarif);
  else
    write_text_summary(std::cout, tally, n, g.lang);
  if (!finish_output(g)) return 2;
  return tally.exit_code();
}

}  // namespace zio::cli
