#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/commands.h"
#include "load/canonical.h"
#include "load/resources.h"
#include "render/emit.h"
#include "render/pdf.h"
#include "render/view.h"
#include "render/xml.h"
#include "rules/output.h"
#include "rules/validate.h"
#include "util/atomic_file.h"
#include "util/parallel.h"
#include "util/scratch_dir.h"

namespace zio::cli {

namespace fs = std::filesystem;

namespace {

DocMeta meta_for(const Global& g, const Document* doc, const std::string& what, bool concept) {
  DocMeta m;
  bool en = g.lang == Lang::en;
  m.kind = what;
  m.lang = g.lang;
  m.concept = concept;
  m.generator = std::string("zio ") + ZIO_VERSION;
  if (what == "contract")
    m.title = en ? "Cooperation agreement Zorg in Onderwijstijd" : "Samenwerkingsovereenkomst Zorg in Onderwijstijd";
  else
    m.title = en ? "Checklist Zorg in Onderwijstijd (leidraad)" : "Checklist Zorg in Onderwijstijd (leidraad)";
  if (doc) {
    const Region& r = doc->region;
    if (r.regio.naam.set) m.subtitle = r.regio.naam.v;
    if (r.regio.peildatum.set) m.date = r.regio.peildatum->text;
    m.fingerprint = doc->fingerprint;
  }
  return m;
}

// A region file made ready for the writers: its Markdown and metadata, or
// the exit code (1 refused by the sign-off guard, 2 unreadable) with the
// reasons written to `err`.
struct Prepared {
  int code = 0;
  std::string markdown;
  DocMeta meta;
};

Prepared prepare(const Global& g, const RenderArgs& a, const std::string& file, std::ostream& err) {
  Prepared p;
  RenderOptions opt;
  opt.lang = g.lang;
  opt.concept = a.concept;
  Document doc = validate_file(file, true);
  Tally tally;
  tally.add(doc);
  if (doc.fatal || doc.kind != FileKind::region) {
    write_text(err, {doc}, g.lang);
    if (!doc.fatal)
      error(g,
            file + Text{": dit is geen regiobestand (regio, partijen, scholen, afspraken)",
                        ": this is not a region file (regio, partijen, scholen, afspraken)"}, err);
    p.code = 2;
    return p;
  }
  // Sign-off guard (contract_kind): no signable contract while a statutory
  // requirement or the data itself is wrong; --concept makes a marked draft
  // instead, and a file with status concept is always one.
  ContractKind kind = contract_kind(doc, a.concept);
  if (a.what == "contract" && kind == ContractKind::refused) {
    write_text(err, {doc}, g.lang);
    error(g, Text{file + ": het contract wordt niet gemaakt: er zijn ",
                  file + ": the contract is not rendered: there are "} +
                 std::to_string(tally.fouten) +
                 Text{" fouten. Los ze op, of maak een concept met --concept.",
                      " errors. Fix them, or make a draft with --concept."}, err);
    p.code = 1;
    return p;
  }
  bool draft = a.what == "contract" && kind == ContractKind::draft;
  if (a.what == "contract") opt.concept = draft;
  p.markdown = a.what == "contract" ? contract_markdown(doc, opt) : checklist_markdown(&doc, opt, false);
  p.meta = meta_for(g, &doc, a.what, draft);
  return p;
}

bool is_dir_target(const std::string& out) {
  std::error_code ec;
  return !out.empty() && (out.back() == '/' || fs::is_directory(out, ec));
}

// The formats of --to ("odt,pdf"), or false with a message.
bool parse_formats(const std::string& to, std::vector<std::pair<Format, std::string>>& formats, Text& error) {
  std::stringstream ss(to);
  for (std::string ext; std::getline(ss, ext, ',');) {
    ext = trim(ext);
    if (!ext.empty() && ext.front() == '.') ext.erase(0, 1);
    Format f = format_of("x." + ext);
    if (f == Format::unknown) {
      error = Text{"onbekend formaat '", "unknown format '"} + ext +
              Text{"' in --to; kies uit md, html, odt, docx en pdf", "' in --to; choose from md, html, odt, docx and pdf"};
      return false;
    }
    bool seen = std::any_of(formats.begin(), formats.end(), [&](const auto& x) { return x.first == f; });
    if (!seen) formats.emplace_back(f, ext == "markdown" ? "md" : ext == "htm" ? "html" : ext);
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
int render_batch(const Global& g, const RenderArgs& a) {
  std::vector<std::pair<Format, std::string>> formats;
  Text err;
  if (a.to.empty()) {
    error(g, {"geef met --to de formaten voor de map " + a.out + " op, bijvoorbeeld --to odt,pdf",
              "name the formats for the folder " + a.out + " with --to, for example --to odt,pdf"});
    return 2;
  }
  if (!parse_formats(a.to, formats, err)) {
    error(g, err);
    return 2;
  }
  if (a.out == "-") {
    error(g, {"meerdere bestanden kunnen niet naar standaarduitvoer; geef een map met -o",
              "several files cannot go to standard output; name a folder with -o"});
    return 2;
  }
  // Two inputs with one name would overwrite each other's documents.
  std::vector<std::string> stems;  // file i becomes DIR/stems[i].<ext>
  std::map<std::string, std::string> by_stem;
  for (const std::string& f : a.files) {
    const std::string& stem = stems.emplace_back(fs::path(f).stem().string());
    auto [it, fresh] = by_stem.emplace(stem, f);
    if (!fresh) {
      error(g, it->second + Text{" en ", " and "} + f +
                   Text{" zouden dezelfde documenten " + stem + ".* maken; hernoem er een",
                        " would make the same documents " + stem + ".*; rename one"});
      return 2;
    }
  }
  std::error_code ec;
  fs::create_directories(a.out, ec);
  if (!fs::is_directory(a.out, ec)) {
    error(g, Text{"kan de map " + a.out + " niet maken", "cannot create the folder " + a.out});
    return 2;
  }
  const bool pdf = std::any_of(formats.begin(), formats.end(), [](const auto& x) { return x.first == Format::pdf; });
  std::unique_ptr<ScratchDir> scratch;
  if (pdf) scratch = std::make_unique<ScratchDir>("zio-render-");

  const size_t n = a.files.size();
  std::vector<std::string> messages(n);
  std::vector<int> codes(n, 0);
  std::vector<std::string> odt_for_pdf(n);  // scratch ODT of file i, waiting for LibreOffice
  init_xml_for_threads();
  parallel_for(n, [&](size_t i) {
    std::ostringstream msg;
    const std::string& file = a.files[i];
    Prepared p = prepare(g, a, file, msg);
    codes[i] = p.code;
    const std::string& stem = stems[i];
    for (size_t k = 0; p.code == 0 && k < formats.size(); ++k) {
      auto [format, ext] = formats[k];
      Format build = format == Format::pdf ? Format::odt : format;
      std::string bytes;
      Text e;
      if (!build_document(p.markdown, p.meta, build, bytes, e)) {
        error(g, file + ": " + e, msg);
        codes[i] = 2;
        break;
      }
      std::string target = format == Format::pdf ? (scratch->path / (stem + ".odt")).string()
                                                 : (fs::path(a.out) / (stem + "." + ext)).string();
      std::string werr;
      if (!write_file_atomic(target, bytes, werr)) {
        error(g, Text{"kan " + target + " niet schrijven: ", "cannot write " + target + ": "} + werr, msg);
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
      std::string target = (fs::path(a.out) / (stem + ".pdf")).string();
      std::ostringstream msg;
      if (!ran || !read_pdf((pdfdir / (stem + ".pdf")).string(), bytes, fe)) {
        error(g, a.files[i] + ": " + fe, msg);
        codes[i] = 2;
      } else if (!write_file_atomic(target, bytes, werr)) {
        error(g, Text{"kan " + target + " niet schrijven: ", "cannot write " + target + ": "} + werr, msg);
        codes[i] = 2;
      }
      messages[i] += msg.str();
    }
  }
  int code = 0;
  for (size_t i = 0; i < n; ++i) {
    std::cerr << messages[i];
    code = std::max(code, codes[i]);
  }
  return code;
}

}  // namespace

int render(const Global& g, const RenderArgs& a) {
  if (!a.templates.empty()) set_template_dir(a.templates);
  if (a.what == "checklist" && a.leeg) {
    Text err;
    if (!emit_document(checklist_markdown(nullptr, {g.lang, false}, true), meta_for(g, nullptr, a.what, false), a.out,
                       err)) {
      error(g, err);
      return 2;
    }
    return 0;
  }
  if (a.files.empty()) {
    error(g, {"geef een regiobestand op", "name a region file"});
    return 2;
  }
  if (a.files.size() > 1 || !a.to.empty() || is_dir_target(a.out)) return render_batch(g, a);
  if (format_of(a.out) == Format::unknown) {  // before the file is read: no findings for nothing
    error(g, unknown_format_message(a.out));
    return 2;
  }
  Prepared p = prepare(g, a, a.files.front(), std::cerr);
  if (p.code != 0) return p.code;
  Text err;
  if (!emit_document(p.markdown, p.meta, a.out, err)) {
    error(g, err);
    return 2;
  }
  return 0;
}

}  // namespace zio::cli
