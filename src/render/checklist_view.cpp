// The checklist's view: the points of the NJi Leidraad and the 2026 letter,
// each with its status from the findings -> the Mustache data of
// templates/checklist.{nl,en}.md.mustache -> Markdown.
#include "render/view.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include "render/format.h"
#include "render/mustache_glue.h"
#include "render/view_util.h"
#include "rules/context.h"
#include "rules/rule.h"

namespace zio {

namespace mu = kainjow::mustache;
using view::str;
using view::tr;

namespace {

enum Group { partijen, reikwijdte, financiering, pgb, ouders, geschillen, looptijd, gegevens, overig, group_count };

const char* const group_nl[group_count] = {"Partijen",
                                           "Reikwijdte",
                                           "Financiering per wet",
                                           "Pgb",
                                           "Ouders en zorg thuis",
                                           "Geschillen en doorzettingsmacht",
                                           "Looptijd en ondertekening",
                                           "Gegevens",
                                           "Overige punten"};
const char* const group_en[group_count] = {"Parties",
                                           "Scope",
                                           "Funding per law",
                                           "Personal budget (pgb)",
                                           "Parents and care at home",
                                           "Disputes and deadlocks",
                                           "Term and signing",
                                           "Data",
                                           "Other points"};

// The leidraad points in the order a meeting goes through them; "D" stands
// for all data integrity rules as one point.
const std::pair<const char*, Group> checklist_points[] = {
    {"W01", partijen},     {"L03", partijen},     {"W03", reikwijdte},  {"W07", reikwijdte},   {"L02", reikwijdte},
    {"W05", financiering}, {"W06", financiering}, {"L09", financiering}, {"W08", financiering}, {"W09", financiering},
    {"W04", pgb},          {"L01", ouders},       {"L04", ouders},      {"L05", ouders},       {"W02", geschillen},
    {"L07", geschillen},   {"L06", looptijd},     {"W10", looptijd},    {"L08", gegevens},     {"D", gegevens},
};

class ChecklistView {
 public:
  ChecklistView(const Document* doc, const RenderOptions& opt, bool blank)
      : doc_(doc), opt_(opt), lang_(opt.lang), blank_(blank) {}
  mu::data build();

 private:
  std::string t(const char* nl, const char* en) const { return tr(lang_, nl, en); }
  // Why a rule cannot apply to this file; empty when it can.
  std::string not_applicable(const std::string& id, const Context& c) const;
  mu::data point(const std::string& id, const std::vector<const Rule*>& rules, const Context* c);

  const Document* doc_;
  RenderOptions opt_;
  Lang lang_;
  bool blank_;
  int done_ = 0, open_ = 0, na_ = 0, fout_ = 0, total_ = 0;
};

std::string ChecklistView::not_applicable(const std::string& id, const Context& c) const {
  const Afspraken& a = c.region.afspraken;
  if (id == "W07") {
    for (const School* s : c.covered())
      if (s->has_cluster(1) || s->has_cluster(2)) return {};
    return t("Er valt geen school van cluster 1 of 2 onder de afspraken.",
             "No school of cluster 1 or 2 is covered by the agreement.");
  }
  if (id == "W08" && str(a.wlz.prestatie) != "experiment_zio")
    return t("De Wlz-zorg wordt niet bekostigd via het NZa-experiment.",
             "Wlz care is not funded through the NZa experiment.");
  if (id == "W09" && !a.emb.set)
    return t("Er zijn geen afspraken over EMB-leerlingen.", "There are no arrangements for EMB pupils.");
  if (id == "L09" && str(a.jeugdhulp.vorm) != "individueel")
    return t("Jeugdhulp wordt niet per individuele beschikking ingezet.",
             "Youth care is not provided by individual decisions.");
  if (id == "W10") {
    std::string status = str(c.region.regio.status);
    if (status != "ter_ondertekening" && status != "ondertekend")
      return t("De afspraken zijn nog een concept; ondertekening is nog niet aan de orde.",
               "The agreement is still a draft; signing is not yet at issue.");
  }
  if (id == "W04") {
    std::string jv = str(a.jeugdhulp.vorm), wv = str(a.wlz.vorm);
    if (jv == "individueel" && wv == "individueel_natura" && !a.pgb.set)
      return t("Jeugdhulp en Wlz-zorg worden niet collectief geregeld en er is geen pgb-afspraak.",
               "Youth care and Wlz care are not arranged collectively and there is no pgb arrangement.");
  }
  if (id == "L03" && !filled(a.buiten_regio)) {
    for (const School* s : c.covered())
      if (!s->herkomst.v.empty()) return {};
    return t("Er is geen herkomst van leerlingen opgegeven.", "No pupils' home municipalities are given.");
  }
  return {};
}

mu::data ChecklistView::point(const std::string& id, const std::vector<const Rule*>& rules, const Context* c) {
  mu::data p;
  ++total_;
  const bool data_point = id == "D";
  std::string title, source;
  if (data_point) {
    title = t("De gegevens in het bestand kloppen", "The data in the file is correct");
    if (!rules.empty())
      title += " (" + std::string(rules.front()->info.id) + "–" + rules.back()->info.id + ")";
    std::vector<std::string> sources;
    for (const Rule* r : rules) {
      std::string s = r->info.source.in(lang_);
      if (std::find(sources.begin(), sources.end(), s) == sources.end()) sources.push_back(s);
    }
    for (size_t i = 0; i < sources.size(); ++i) source += (i ? "; " : "") + sources[i];
  } else {
    const Rule* r = rules.front();
    title = r->info.title.in(lang_) + " (" + r->info.id + " " + r->info.name + ")";
    source = cited_source(r->info).in(lang_);
  }
  p.set("punt", title);
  p.set("bron", source);
  if (blank_) {
    p.set("status", "");
    p.set("is_open", false);
    std::string fix = data_point ? t("Controleer het bestand met zio validate en los elke D-bevinding op.",
                                     "Check the file with zio validate and resolve every D finding.")
                                 : rules.front()->info.fix.in(lang_);
    p.set("toelichting", fix);
    return p;
  }
  std::vector<const Finding*> found;
  for (const Finding& f : doc_->findings) {
    bool mine = data_point ? (!f.rule.empty() && f.rule[0] == 'D') : f.rule == id;
    if (mine) found.push_back(&f);
  }
  std::string status, note;
  bool is_open = false;
  if (!found.empty()) {
    status = t("open", "open");
    is_open = true;
    ++open_;
    bool any_fout = false;
    const size_t max_shown = 10;
    for (size_t i = 0; i < found.size() && i < max_shown; ++i) {
      const Finding& f = *found[i];
      any_fout = any_fout || f.severity == Severity::fout;
      const Rule* r = find_rule(f.rule);
      std::string where = f.pos.known() ? t(", regel ", ", line ") + std::to_string(f.pos.line) : "";
      std::string head = (data_point ? f.rule + " " : std::string()) + severity_name(f.severity, lang_) + where;
      const Text& hint = f.hint.empty() && r ? r->info.fix : f.hint;
      if (!note.empty()) note += " ";
      note += capitalise(head) + ": " + sentences(f.message.in(lang_));
      if (!hint.empty()) note += t(" Aanpak: ", " Fix: ") + capitalise(sentences(hint.in(lang_)));
    }
    for (size_t i = max_shown; i < found.size(); ++i) any_fout = any_fout || found[i]->severity == Severity::fout;
    if (found.size() > max_shown)
      note += t(" En nog ", " And ") + std::to_string(found.size() - max_shown) +
              t(" bevindingen (zie zio validate).", " more findings (see zio validate).");
    if (any_fout) ++fout_;
  } else if (std::string why = c && !data_point ? not_applicable(id, *c) : std::string(); !why.empty()) {
    status = t("n.v.t.", "n/a");
    note = why;
    ++na_;
  } else {
    status = t("gedaan", "done");
    ++done_;
  }
  p.set("status", status);
  p.set("is_open", is_open);
  p.set("toelichting", note);
  return p;
}

mu::data ChecklistView::build() {
  mu::data d;
  d.set("blank", blank_);
  std::optional<Context> ctx;
  if (doc_ && !blank_) ctx.emplace(*doc_, doc_->findings);
  const Region* r = doc_ ? &doc_->region : nullptr;
  std::string naam = r ? clause(str(r->regio.naam)) : "";
  d.set("regio", naam.empty() ? mu::data(false) : mu::data(naam));
  d.set("peildatum", r && r->regio.peildatum.set && !blank_ ? mu::data(format_date(r->regio.peildatum.v, lang_))
                                                            : mu::data(false));
  std::string status = r ? str(r->regio.status) : "";
  std::string status_text = status == "concept"             ? t("concept", "draft")
                            : status == "ter_ondertekening" ? t("ter ondertekening", "for signature")
                            : status == "ondertekend"       ? t("ondertekend", "signed")
                                                            : status;
  d.set("status", status_text.empty() || blank_ ? mu::data(false) : mu::data(status_text));

  // Rules by point; W and L rules the point list does not name go to "Overige punten".
  std::vector<const Rule*> data_rules;
  std::set<std::string> listed;
  for (const auto& [id, g] : checklist_points) listed.insert(id);
  std::vector<std::string> extra;
  for (const Rule* rule : all_rules()) {
    std::string id = rule->info.id;
    if (id[0] == 'D')
      data_rules.push_back(rule);
    else if (!listed.count(id))
      extra.push_back(id);
  }
  std::vector<mu::data> groups(group_count, mu::data(mu::data::type::list));
  const Context* c = ctx ? &*ctx : nullptr;
  for (const auto& [id, g] : checklist_points) {
    if (std::string(id) == "D") {
      groups[g].push_back(point("D", data_rules, c));
      continue;
    }
    const Rule* rule = find_rule(id);
    if (!rule) continue;
    groups[g].push_back(point(id, {rule}, c));
  }
  for (const std::string& id : extra) groups[overig].push_back(point(id, {find_rule(id)}, c));

  mu::data list{mu::data::type::list};
  for (int g = 0; g < group_count; ++g) {
    if (groups[g].is_empty_list()) continue;
    mu::data group;
    group.set("kop", lang_ == Lang::en ? group_en[g] : group_nl[g]);
    group.set("punten", groups[g]);
    list.push_back(group);
  }
  d.set("groepen", list);
  d.set("totaal", std::to_string(total_));
  d.set("gedaan", std::to_string(done_));
  d.set("open", std::to_string(open_));
  d.set("nvt", std::to_string(na_));
  d.set("fouten_een", fout_ == 1);
  d.set("fouten_meer", fout_ > 1 ? mu::data(std::to_string(fout_)) : mu::data(false));
  return d;
}

}  // namespace

std::string checklist_markdown(const Document* doc, const RenderOptions& opt, bool blank) {
  if (!doc && !blank) throw std::invalid_argument("checklist: a filled-in checklist needs a document");
  if (doc) view::check_region(*doc);
  ChecklistView view(doc, opt, blank);
  return render_template(view::template_name("checklist", opt.lang), view.build());
}

}  // namespace zio
