#include "render/batch.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <memory>
#include <sstream>

#include "render/pdf.h"
#include "render/xml.h"
#include "rules/output.h"
#include "util/atomic_file.h"
#include "util/parallel.h"
#include "util/scratch_dir.h"
#include "util/text.h"

namespace zio {

namespace fs = std::filesystem;

// The formats of --to ("odt,pdf"), or false with a message.
bool parse_formats(const std::string& to, std::vector<std::pair<Format, std::string>>& formats, Text& error) {
  std::stringstream ss(to);
  for (std::string ext; std::getline(ss, ext, ',');) {
    ext = trim(ext);
    Format f = format_of_extension(ext);
    if (f == Format::unknown) {
      error = Text{"onbekend formaat '", "unknown format '"} + ext +
              Text{"' in --to; kies uit " + format_name_list(Lang::nl), "' in --to; choose from " + format_name_list(Lang::en)};
      return false;
    }
    bool seen = std::any_of(formats.begin(), formats.end(), [&](const auto& x) { return x.first == f; });
    if (!seen) formats.emplace_back(f, format_info(f)->extensions.front());
  }
  if (formats.empty()) {
    error = {"--to noemt geen formaat; bijvoorbeeld --to odt,pdf", "--to names no format; for example --to odt,pdf"};
    return false;
  }
  return true;
}

// Many region files into one directory, each as DIR/<name>.<ext> for every
// format of --to. Files are independent, so they are rendered on all cores
// (each thread parses a template once); all PDFs come from one LibreOffice
// run. Messages keep the order of the command line; the exit code is the
// worst of the files'.
int render_batch(const RenderJob& job, const std::vector<std::string>& files, const std::string& out_dir,
                 const std::string& to, std::ostream& err) {
  const Lang lang = job.lang;
  auto error = [&](const Text& m, std::ostream& o) { write_error(o, m, lang); };
  std::vector<std::pair<Format, std::string>> formats;
  Text why;
  if (to.empty()) {
    error({"geef met --to de formaten voor de map " + out_dir + " op, bijvoorbeeld --to odt,pdf",
              "name the formats for the folder " + out_dir + " with --to, for example --to odt,pdf"}, err);
    return 2;
  }
  if (!parse_formats(to, formats, why)) {
    error(why, err);
    return 2;
  }
  if (out_dir == "-") {
    error({"meerdere bestanden kunnen niet naar standaarduitvoer; geef een map met -o",
              "several files cannot go to standard output; name a folder with -o"}, err);
    return 2;
  }
  // Two inputs with one name would overwrite each other's documents.
  std::vector<std::string> stems;  // file i becomes DIR/stems[i].<ext>
  std::map<std::string, std::string> by_stem;
  for (const std::string& f : files) {
    const std::string& stem = stems.emplace_back(fs::path(f).stem().string());
    auto [it, fresh] = by_stem.emplace(stem, f);
    if (!fresh) {
      error(it->second + Text{" en ", " and "} + f +
                   Text{" zouden dezelfde documenten " + stem + ".* maken; hernoem er een",
                        " would make the same documents " + stem + ".*; rename one"}, err);
      return 2;
    }
  }
  // No document may replace an input (`-o DIR --to md` over DIR/x.md).
  std::set<std::pair<unsigned long long, unsigned long long>> inputs;
  for (const std::string& f : files)
    if (std::pair<unsigned long long, unsigned long long> id; file_identity(f, id)) inputs.insert(id);
  for (size_t i = 0; i < files.size(); ++i)
    for (const auto& fe : formats) {
      std::string target = (fs::path(out_dir) / (stems[i] + "." + fe.second)).string();
      std::pair<unsigned long long, unsigned long long> id;
      if (!file_identity(target, id) || !inputs.count(id)) continue;
      Text why;
      for (const std::string& f : files)
        if (overwrites_input(target, f, why)) {
          error(why, err);
          return 2;
        }
    }
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (!fs::is_directory(out_dir, ec)) {
    error(Text{"kan de map " + out_dir + " niet maken", "cannot create the folder " + out_dir}, err);
    return 2;
  }
  const bool pdf = std::any_of(formats.begin(), formats.end(), [](const auto& x) { return x.first == Format::pdf; });
  std::unique_ptr<ScratchDir> scratch;
  if (pdf) scratch = std::make_unique<ScratchDir>("zio-render-");

  const size_t n = files.size();
  std::vector<std::string> messages(n);
  std::vector<int> codes(n, 0);
  std::vector<std::string> odt_for_pdf(n);  // scratch ODT of file i, waiting for LibreOffice
  init_xml_for_threads();
  parallel_for(n, [&](size_t i) {
    std::ostringstream msg;
    const std::string& file = files[i];
    Prepared p = prepare_document(job, file, msg);
    codes[i] = p.code;
    const std::string& stem = stems[i];
    for (size_t k = 0; p.code == 0 && k < formats.size(); ++k) {
      auto [format, ext] = formats[k];
      Format build = format == Format::pdf ? Format::odt : format;
      std::string bytes;
      Text e;
      if (!build_document(p.markdown, p.meta, build, bytes, e)) {
        error(file + ": " + e, msg);
        codes[i] = 2;
        break;
      }
      std::string target = format == Format::pdf ? (scratch->path / (stem + ".odt")).string()
                                                 : (fs::path(out_dir) / (stem + "." + ext)).string();
      std::string werr;
      if (!write_file_atomic(target, bytes, werr)) {
        error(Text{"kan " + target + " niet schrijven: ", "cannot write " + target + ": "} + werr, msg);
        codes[i] = 2;
        break;
      }
      if (format == Format::pdf) odt_for_pdf[i] = target;
    }
    messages[i] = msg.str();
  });

  if (pdf) {
    std::vector<std::string> odts;
    for (size_t i = 0; i < n; ++i)
      if (codes[i] == 0 && !odt_for_pdf[i].empty()) odts.push_back(odt_for_pdf[i]);
    fs::path pdfdir = scratch->path / "pdf";
    fs::create_directories(pdfdir, ec);
    Text e;
    bool ran = convert_to_pdf(odts, pdfdir.string(), e);
    for (size_t i = 0; i < n; ++i) {
      if (codes[i] != 0 || odt_for_pdf[i].empty()) continue;
      const std::string& stem = stems[i];
      std::string bytes, werr;
      Text fe = e;
      std::string target = (fs::path(out_dir) / (stem + ".pdf")).string();
      std::ostringstream msg;
      if (!ran || !read_pdf((pdfdir / (stem + ".pdf")).string(), bytes, fe)) {
        error(files[i] + ": " + fe, msg);
        codes[i] = 2;
      } else if (!write_file_atomic(target, bytes, werr)) {
        error(Text{"kan " + target + " niet schrijven: ", "cannot write " + target + ": "} + werr, msg);
        codes[i] = 2;
      }
      messages[i] += msg.str();
    }
  }
  int code = 0;
  for (size_t i = 0; i < n; ++i) {
    err << messages[i];
    code = std::max(code, codes[i]);
  }
  return code;
}

}  // namespace zio
