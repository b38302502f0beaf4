#include "serve/workspace.h"

#include <sstream>

#include "render/emit.h"
#include "render/job.h"
#include "render/pdf.h"
#include "report/aggregate.h"
#include "report/report_view.h"
#include "rules/rule.h"
#include "rules/validate.h"

namespace zio::serve {

using nlohmann::json;

namespace {

const char* kind_name(FileKind k) {
  return k == FileKind::region ? "regio" : k == FileKind::national ? "landelijk" : "onbekend";
}

json findings_json(const Document& doc, Lang lang) {
  json out = json::array();
  for (const Finding& f : doc.findings) {
    const Rule* rule = find_rule(f.rule);
    const Text& hint = f.hint.empty() && rule ? rule->info.fix : f.hint;
    out.push_back({{"regel", f.rule},
                   {"naam", rule ? rule->info.name : ""},
                   {"titel", rule ? rule->info.title.in(lang) : ""},
                   {"ernst", severity_name(f.severity, Lang::nl)},
                   {"ernst_tekst", severity_name(f.severity, lang)},
                   {"bericht", f.message.in(lang)},
                   {"bron", rule ? rule->info.source.in(lang) : ""},
                   {"oplossing", hint.in(lang)},
                   {"regelnummer", f.pos.line},
                   {"kolom", f.pos.col}});
  }
  return out;
}

void add_counts(json& j, const Document& doc) {
  Tally t;
  t.add(doc);
  j["fouten"] = t.fouten;
  j["waarschuwingen"] = t.waarschuwingen;
  j["info"] = t.info;
  j["leesbaar"] = !doc.fatal;
  j["soort"] = kind_name(doc.kind);
  j["ondertekenbaar"] = !doc.fatal && doc.kind == FileKind::region && t.fouten == 0;
}

// The text of a preview that cannot be made (not a region file, unreadable).
std::string message_page(const Text& msg, Lang lang) {
  std::ostringstream s;
  std::string escaped;
  for (char c : msg.in(lang)) {
    switch (c) {
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '&': escaped += "&amp;"; break;
      case '"': escaped += "&quot;"; break;
      default: escaped += c;
    }
  }
  s << "<!DOCTYPE html><html lang=\"" << (lang == Lang::en ? "en" : "nl") << "\"><head><meta charset=\"utf-8\"><title>"
    << escaped << "</title></head><body><p>" << escaped << "</p></body></html>";
  return s.str();
}

RenderJob job_for(const std::string& what, Lang lang, const Document& doc) {
  Tally t;
  t.add(doc);
  // As the command line decides: no signable contract while there are
  // fouten, only the draft --concept makes.
  return RenderJob{what, lang, what == "contract" && t.fouten > 0};
}

}  // namespace

json Workspace::overview() {
  json files = json::array();
  for (const Entry& e : folder_.list()) {
    {
      std::lock_guard<std::mutex> lock(cache_mutex_);
      auto it = cache_.find(e.name);
      if (it != cache_.end() && it->second.first == e.version && !e.version.empty()) {
        files.push_back(it->second.second);
        continue;
      }
    }
    json row{{"bestand", e.name}, {"versie", e.version}};
    std::string text, version;
    Text why;
    if (!folder_.read(e.name, text, version, why)) {
      row["leesbaar"] = false;
      row["soort"] = "onbekend";
      row["reden"] = why.in(lang_);
      files.push_back(row);
      continue;
    }
    row["versie"] = version;
    Document doc = load_text(e.name, text);
    run_rules(doc);
    add_counts(row, doc);
    if (doc.kind == FileKind::region) {
      const Regio& r = doc.region.regio;
      row["naam"] = r.naam.set ? r.naam.v : "";
      row["status"] = r.status.set ? r.status.v : "";
      row["peildatum"] = r.peildatum.set ? r.peildatum->text : "";
    } else if (doc.kind == FileKind::national) {
      row["naam"] = lang_ == Lang::en ? "national actions and motions" : "landelijke acties en moties";
      row["peildatum"] = doc.national.rapportage.peildatum.set ? doc.national.rapportage.peildatum->text : "";
    }
    if (doc.fatal || doc.kind == FileKind::unknown) {
      Reason r = unreadable_reason(doc, std::nullopt);
      row["reden"] = r.text.in(lang_);
      row["regelnummer"] = r.pos.line;
      row["kolom"] = r.pos.col;
      row["leesbaar"] = false;
    }
    {
      std::lock_guard<std::mutex> lock(cache_mutex_);
      cache_[e.name] = {version, row};
    }
    files.push_back(std::move(row));
  }
  return json{{"map", folder_.dir()}, {"bestanden", std::move(files)}};
}

json Workspace::versions() const {
  json out = json::object();
  for (const Entry& e : folder_.list()) out[e.name] = e.version;
  return out;
}

json Workspace::open(const std::string& name, const std::string& what, Failure& fail) {
  std::string text, version;
  Text why;
  if (!folder_.read(name, text, version, why)) {
    fail = {404, why};
    return {};
  }
  json j = check(name, text, what);
  j["tekst"] = text;
  j["versie"] = version;
  // PDF is LibreOffice's export: the page says so up front instead of
  // offering a download that can only fail.
  j["pdf"] = !find_soffice().empty();
  return j;
}

json Workspace::check(const std::string& name, const std::string& text, const std::string& what) {
  Document doc = load_text(name, text, nullptr, true);
  run_rules(doc);
  json j{{"bestand", name}};
  add_counts(j, doc);
  j["bevindingen"] = findings_json(doc, lang_);
  RenderJob job = job_for(what, lang_, doc);
  j["concept"] = job.concept;
  std::ostringstream err;
  Prepared p = prepare_validated(job, doc, err);
  std::string html;
  Text build_err;
  if (p.code == 0 && build_document(p.markdown, p.meta, Format::html, html, build_err)) {
    j["voorbeeld"] = std::move(html);
  } else {
    Text msg = doc.kind == FileKind::region ? build_err
                                            : Text{"Geen voorbeeld: dit is geen leesbaar regiobestand.",
                                                   "No preview: this is not a readable region file."};
    j["voorbeeld"] = message_page(msg, lang_);
  }
  return j;
}

bool Workspace::download(const std::string& name, const std::string& what, Format format, std::string& bytes,
                         std::string& filename, Failure& fail) {
  std::string text, version;
  Text why;
  if (!folder_.read(name, text, version, why)) {
    fail = {404, why};
    return false;
  }
  Document doc = load_text(name, text, nullptr, true);
  run_rules(doc);
  RenderJob job = job_for(what, lang_, doc);
  std::ostringstream err;
  Prepared p = prepare_validated(job, doc, err);
  if (p.code != 0) {
    fail = {422, Text{"dit bestand is geen leesbaar regiobestand; zie de bevindingen",
                      "this file is not a readable region file; see the findings"}};
    return false;
  }
  Text build_err;
  if (!build_document(p.markdown, p.meta, format, bytes, build_err)) {
    fail = {503, build_err};
    return false;
  }
  std::string stem = name.substr(0, name.find_last_of('.'));
  const FormatInfo* info = format_info(format);
  filename = stem + "-" + what + (job.concept ? "-concept" : "") + "." + info->extensions.front();
  return true;
}

bool Workspace::report(Format format, std::string& bytes, Failure& fail) {
  ReportInput in;
  try {
    in = read_report_dir(folder_.dir());
  } catch (const ReportDirError& e) {
    fail = {500, e.message};
    return false;
  }
  if (in.regions.empty()) {
    fail = {404, {"geen leesbare regiobestanden (*.yaml, *.yml) in deze map",
                  "no readable region files (*.yaml, *.yml) in this folder"}};
    return false;
  }
  Summary now = summarize(in);
  ReportDetails details = report_details(in, now);
  ReportOptions opt;
  opt.lang = lang_;
  const FormatInfo* info = format_info(format);
  opt.images = info->needs_png   ? ReportOptions::Images::svg_and_png
               : info->needs_svg ? ReportOptions::Images::svg
                                 : ReportOptions::Images::none;
  ReportDocument doc = report_document(now, details, nullptr, opt);
  Text err;
  if (!build_document(doc.markdown, doc.meta, format, bytes, err)) {
    fail = {503, err};
    return false;
  }
  return true;
}

}  // namespace zio::serve
