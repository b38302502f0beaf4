#include "render/job.h"

#include "render/view.h"
#include "rules/output.h"
#include "rules/validate.h"

namespace zio {

DocMeta document_meta(const RenderJob& job, const Document* doc) {
  DocMeta m;
  bool en = job.lang == Lang::en;
  m.kind = job.what;
  m.lang = job.lang;
  m.concept = job.what == "contract" && job.concept;
  m.generator = std::string("zio ") + ZIO_VERSION;
  // The same words as the template's "# " line, which the writers then
  // drop, so the title appears once.
  if (job.what == "contract")
    m.title = en ? "Cooperation Agreement on Care during School Time (Zorg in Onderwijstijd)"
                 : "Samenwerkingsovereenkomst Zorg in Onderwijstijd";
  else
    m.title = en ? "Checklist Care during School Time (Zorg in Onderwijstijd)" : "Checklist Zorg in Onderwijstijd";
  if (doc) {
    const Region& r = doc->region;
    if (r.regio.naam.set) m.subtitle = r.regio.naam.v;
    if (r.regio.peildatum.set) m.date = r.regio.peildatum->text;
    m.fingerprint = doc->fingerprint;
  }
  return m;
}

Prepared prepare_document(const RenderJob& job, const std::string& file, std::ostream& err) {
  return prepare_validated(job, validate_file(file, true), err);
}

Prepared prepare_validated(const RenderJob& job, const Document& doc, std::ostream& err) {
  Prepared p;
  RenderOptions opt;
  opt.lang = job.lang;
  opt.concept = job.concept;
  const std::string& file = doc.path;
  Tally tally;
  tally.add(doc);
  if (doc.fatal || doc.kind != FileKind::region) {
    write_text(err, {doc}, job.lang);
    if (!doc.fatal)
      write_error(err,
                  file + Text{": dit is geen regiobestand (regio, partijen, scholen, afspraken)",
                              ": this is not a region file (regio, partijen, scholen, afspraken)"},
                  job.lang);
    p.code = 2;
    return p;
  }
  // Sign-off guard (contract_kind): no signable contract while a statutory
  // requirement or the data itself is wrong; --concept makes a marked draft
  // instead, and a file with status concept is always one.
  ContractKind kind = contract_kind(doc, job.concept);
  if (job.what == "contract" && kind == ContractKind::refused) {
    write_text(err, {doc}, job.lang);
    write_error(err,
                Text{file + ": het contract wordt niet gemaakt: er zijn ",
                     file + ": the contract is not rendered: there are "} +
                    std::to_string(tally.fouten) +
                    Text{" fouten. Los ze op, of maak een concept met --concept.",
                         " errors. Fix them, or make a draft with --concept."},
                job.lang);
    p.code = 1;
    return p;
  }
  bool draft = job.what == "contract" && kind == ContractKind::draft;
  if (job.what == "contract") opt.concept = draft;
  p.markdown = job.what == "contract" ? contract_markdown(doc, opt) : checklist_markdown(&doc, opt, false);
  p.meta = document_meta(job, &doc);
  p.meta.concept = draft;
  return p;
}

}  // namespace zio
