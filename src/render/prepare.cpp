#include "render/prepare.h"

#include "render/view.h"
#include "rules/validate.h"

namespace zio {

DocMeta document_meta(const Document* doc, const DocumentRequest& req) {
  DocMeta m;
  bool en = req.lang == Lang::en;
  m.kind = req.what;
  m.lang = req.lang;
  m.concept = req.what == "contract" && req.concept;
  m.generator = std::string("zio ") + ZIO_VERSION;
  if (req.what == "contract")
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

Prepared prepare_document(const std::string& file, const DocumentRequest& req) {
  Prepared p;
  p.doc = validate_file(file, true);
  Tally tally;
  tally.add(p.doc);
  if (p.doc.fatal || p.doc.kind != FileKind::region) {
    p.code = 2;
    p.show_findings = true;
    if (!p.doc.fatal)
      p.message = file + Text{": dit is geen regiobestand (regio, partijen, scholen, afspraken)",
                              ": this is not a region file (regio, partijen, scholen, afspraken)"};
    return p;
  }
  // Sign-off guard: no signable contract while a statutory requirement or
  // the data itself is wrong; --concept makes a marked draft instead.
  if (req.what == "contract" && tally.fouten > 0 && !req.concept) {
    p.code = 1;
    p.show_findings = true;
    p.message = Text{file + ": het contract wordt niet gemaakt: er zijn ", file + ": the contract is not rendered: there are "} +
                std::to_string(tally.fouten) +
                Text{" fouten. Los ze op, of maak een concept met --concept.",
                     " errors. Fix them, or make a draft with --concept."};
    return p;
  }
  RenderOptions opt;
  opt.lang = req.lang;
  opt.concept = req.concept;
  p.markdown = req.what == "contract" ? contract_markdown(p.doc, opt) : checklist_markdown(&p.doc, opt, false);
  p.meta = document_meta(&p.doc, req);
  return p;
}

}  // namespace zio
