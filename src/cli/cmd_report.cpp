// zio report DIR -o OUT: the progress summary over a folder of region files.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "load/resources.h"
#include "render/emit.h"
#include "report/aggregate.h"
#include "report/csv.h"
#include "report/report_view.h"
#include "util/atomic_file.h"

namespace zio::cli {

namespace {

// Reads and summarises one folder; prints the message and returns false
// when the folder cannot be listed or holds no readable region file.
bool read_folder(const Global& g, const std::string& dir, ReportInput& in, Summary& s) {
  try {
    in = read_report_dir(dir);
  } catch (const ReportDirError& e) {
    error(g, e.message);
    return false;
  }
  if (in.regions.empty()) {
    for (const Document& d : in.unreadable) {
      Reason why = unreadable_reason(d, in.national);
      std::string where = why.pos.known() ? ":" + std::to_string(why.pos.line) + ":" + std::to_string(why.pos.col) : "";
      std::cerr << d.path << where << ": " << why.text.in(g.lang) << '\n';
    }
    error(g, Text{"geen leesbare regiobestanden (*.yaml, *.yml) in de map '", "no readable region files (*.yaml, *.yml) in the directory '"} +
                 dir + "'");
    return false;
  }
  for (const auto& [copy, original] : in.duplicates)
    std::cerr << copy << ": " << (g.lang == Lang::en ? "warning: " : "waarschuwing: ")
              << Text{"dezelfde gegevens als " + original + "; de regio telt één keer mee",
                      "the same data as " + original + "; the region is counted once"}.in(g.lang)
              << '\n';
  // A broken national file is an error, not "there is none".
  for (const Document& d : in.unreadable)
    if (std::filesystem::path(d.path).filename() == "landelijk.yaml") {
      Reason why = unreadable_reason(d, in.national);
      std::string where = why.pos.known() ? ":" + std::to_string(why.pos.line) + ":" + std::to_string(why.pos.col) : "";
      std::cerr << d.path << where << ": " << why.text.in(g.lang) << '\n';
      error(g, Text{"het landelijke bestand " + d.path + " is onleesbaar; herstel het of haal het uit de map",
                    "the national file " + d.path + " is unreadable; repair it or remove it from the folder"});
      return false;
    }
  s = summarize(in);
  return true;
}

}  // namespace

int report(const Global& g, const ReportArgs& a) {
  if (!a.templates.empty() && !use_templates(g, a.templates)) return 2;
  if (format_of(a.out) == Format::unknown) {
    error(g, unknown_format_message(a.out));
    return 2;
  }
  if (a.out == "-" && a.csv == "-") {
    error(g, {"het rapport en de CSV kunnen niet allebei naar standaarduitvoer",
              "the report and the CSV cannot both go to standard output"});
    return 2;
  }
  // Neither the report nor the CSV may replace a file of DIR or --vorige.
  for (const std::string& dir : {a.dir, a.vorige}) {
    if (dir.empty()) continue;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
      for (const std::string& out : {a.out, a.csv})
        if (!out.empty() && overwrites_input(g, out, e.path().string())) return 2;
  }
  ReportInput in;
  Summary now;
  if (!read_folder(g, a.dir, in, now)) return 2;

  std::optional<Comparison> cmp;
  if (!a.vorige.empty()) {
    ReportInput then_in;
    Summary then;
    if (!read_folder(g, a.vorige, then_in, then)) return 2;
    cmp = compare(then, now);
  }
  ReportDetails details = report_details(in, now);
  in = ReportInput{};  // the facts of every school are no longer needed

  ReportOptions opt;
  opt.lang = g.lang;
  const FormatInfo* format = format_info(format_of(a.out));
  opt.images = format->needs_png   ? ReportOptions::Images::svg_and_png
               : format->needs_svg ? ReportOptions::Images::svg
                                   : ReportOptions::Images::none;
  ReportDocument doc = report_document(cmp ? cmp->now : now, details, cmp ? &*cmp : nullptr, opt);
  std::string csv = a.csv.empty() ? std::string() : regions_csv(now);

  Text err;
  if (!emit_document(doc.markdown, doc.meta, a.out, err)) {
    error(g, err);
    return 2;
  }
  if (!a.csv.empty()) {
    if (a.csv == "-") {
      std::cout << csv;
      if (!finish_output(g)) return 2;
    } else if (std::string why; !write_file_atomic(a.csv, csv, why)) {
      error(g, Text{"kan " + a.csv + " niet schrijven: ", "cannot write " + a.csv + ": "} + why);
      return 2;
    }
  }
  return 0;
}

}  // namespace zio::cli
