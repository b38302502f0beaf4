#include <iostream>

#include "cli/commands.h"
#include "load/canonical.h"
#include "load/resources.h"
#include "render/emit.h"
#include "render/view.h"
#include "rules/output.h"
#include "rules/validate.h"

namespace zio::cli {

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

}  // namespace

int render(const Global& g, const RenderArgs& a) {
  if (!a.templates.empty()) set_template_dir(a.templates);
  if (format_of(a.out) == Format::unknown) {
    error(g, Text{"onbekende uitvoersoort van '", "unknown output type of '"} + a.out +
                 Text{"'; gebruik .md, .html, .odt, .docx of .pdf", "'; use .md, .html, .odt, .docx or .pdf"});
    return 2;
  }
  RenderOptions opt;
  opt.lang = g.lang;
  opt.concept = a.concept;

  if (a.what == "checklist" && a.leeg) {
    Text err;
    if (!emit_document(checklist_markdown(nullptr, opt, true), meta_for(g, nullptr, a.what, false), a.out, err)) {
      error(g, err);
      return 2;
    }
    return 0;
  }
  if (a.file.empty()) {
    error(g, {"geef een regiobestand op", "name a region file"});
    return 2;
  }
  Document doc = validate_file(a.file, true);
  Tally tally;
  tally.add(doc);
  if (doc.fatal || doc.kind != FileKind::region) {
    write_text(std::cerr, {doc}, g.lang);
    if (!doc.fatal)
      error(g, {"dit is geen regiobestand (regio, partijen, scholen, afspraken)",
                "this is not a region file (regio, partijen, scholen, afspraken)"});
    return 2;
  }
  // Sign-off guard: no signable contract while a statutory requirement or
  // the data itself is wrong; --concept makes a marked draft instead.
  if (a.what == "contract" && tally.fouten > 0 && !a.concept) {
    write_text(std::cerr, {doc}, g.lang);
    error(g, Text{"het contract wordt niet gemaakt: er zijn ", "the contract is not rendered: there are "} +
                 std::to_string(tally.fouten) +
                 Text{" fouten. Los ze op, of maak een concept met --concept.",
                      " errors. Fix them, or make a draft with --concept."});
    return 1;
  }
  std::string md = a.what == "contract" ? contract_markdown(doc, opt) : checklist_markdown(&doc, opt, false);
  Text err;
  if (!emit_document(md, meta_for(g, &doc, a.what, a.what == "contract" && a.concept), a.out, err)) {
    error(g, err);
    return 2;
  }
  return 0;
}

}  // namespace zio::cli
