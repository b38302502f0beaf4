#include "serve/server.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>

#include <filesystem>
#include <istream>
#include <mutex>

#include "draft/starter.h"
#include "load/refdata.h"
#include "load/resources.h"
#include "render/emit.h"
#include "serve/access.h"
#include "serve/folder.h"
#include "serve/workspace.h"

namespace zio::serve {

using nlohmann::json;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace {

// The pages load only our own script and style; the region's data never
// becomes script. Inline style stays allowed for the HTML writer's own
// <style> in the preview (shown in a sandboxed frame without scripts).
const char* const page_csp =
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";
// A rendered document (the report in its frame): no script at all.
const char* const document_csp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'self'; sandbox";
// A download: the same, but a sandbox without allow-downloads would block it.
const char* const download_csp = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const std::string api_file = "/api/file/", api_check = "/api/check/", api_save = "/api/save/",
                  api_download = "/api/download/";

bool starts_with(const std::string& s, const std::string& head) { return s.compare(0, head.size(), head) == 0; }

struct Request {
  HTTPServerRequest& req;
  HTTPServerResponse& res;
  std::string path;  // decoded
  Poco::URI::QueryParameters query;
  std::string param(const std::string& key, const std::string& fallback = "") const {
    for (const auto& [k, v] : query)
      if (k == key) return v;
    return fallback;
  }
};

struct Shared {
  Access access;
  Folder folder;
  Workspace workspace;
  Lang lang;
  Shared(int port, const Options& opt) : access(port, opt.token), folder(opt.dir), workspace(folder, opt.lang), lang(opt.lang) {}
};

void headers(HTTPServerResponse& res, const char* csp) {
  res.set("Content-Security-Policy", csp);
  res.set("X-Content-Type-Options", "nosniff");
  res.set("Referrer-Policy", "no-referrer");  // the first URL carries the token
  res.set("Cache-Control", "no-store");
  res.set("Cross-Origin-Resource-Policy", "same-origin");
}

void send(HTTPServerResponse& res, HTTPResponse::HTTPStatus status, const std::string& type, const std::string& body,
          const char* csp = page_csp) {
  res.setStatusAndReason(status);
  headers(res, csp);
  res.setContentType(type);
  res.setContentLength(static_cast<std::streamsize>(body.size()));
  res.sendBuffer(body.data(), body.size());
}

void send_json(HTTPServerResponse& res, const json& j, HTTPResponse::HTTPStatus status = HTTPResponse::HTTP_OK) {
  send(res, status, "application/json; charset=utf-8", j.dump(-1, ' ', false, json::error_handler_t::replace));
}

void fail(HTTPServerResponse& res, int status, const Text& msg, Lang lang) {
  send_json(res, json{{"fout", msg.in(lang)}}, static_cast<HTTPResponse::HTTPStatus>(status));
}

// The body, at most max_file_bytes; false when larger.
bool read_body(HTTPServerRequest& req, std::string& body) {
  auto declared = req.getContentLength64();
  if (declared != HTTPServerRequest::UNKNOWN_CONTENT_LENGTH && declared > static_cast<Poco::Int64>(max_file_bytes))
    return false;
  std::istream& in = req.stream();
  char buf[65536];
  while (in) {
    in.read(buf, sizeof buf);
    body.append(buf, static_cast<size_t>(in.gcount()));
    if (body.size() > max_file_bytes) return false;
  }
  return true;
}

// contract | checklist, from ?doc=.
bool doc_param(const Request& r, std::string& what) {
  what = r.param("doc", "contract");
  return what == "contract" || what == "checklist";
}

Format format_param(const Request& r, const std::string& fallback) {
  std::string f = r.param("format", fallback);
  for (const FormatInfo& info : output_formats())
    if (f == info.name) return info.format;
  return Format::unknown;
}

std::string content_type(Format f) {
  switch (f) {
    case Format::markdown: return "text/markdown; charset=utf-8";
    case Format::html: return "text/html; charset=utf-8";
    case Format::odt: return "application/vnd.oasis.opendocument.text";
    case Format::docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case Format::pdf: return "application/pdf";
    default: return "application/octet-stream";
  }
}

std::string shell(Lang lang) {
  std::string page(resource("web/index.html"));
  const std::string mark = "__LANG__";
  for (size_t at; (at = page.find(mark)) != std::string::npos;) page.replace(at, mark.size(), lang == Lang::en ? "en" : "nl");
  return page;
}

const Text bad_doc{"onbekend document; gebruik doc=contract of doc=checklist",
                   "unknown document; use doc=contract or doc=checklist"};
const Text bad_format{"onbekend formaat; gebruik md, html, odt, docx of pdf", "unknown format; use md, html, odt, docx or pdf"};
const Text too_large{"het verzoek is groter dan 16 MB", "the request is larger than 16 MB"};

void route(Shared& s, Request& r) {
  const std::string& p = r.path;
  const std::string method = r.req.getMethod();
  const Lang lang = s.lang;
  const bool get = method == "GET" || method == "HEAD";
  if (get && (p == "/" || p == "/rapport" || starts_with(p, "/bestand/")))
    return send(r.res, HTTPResponse::HTTP_OK, "text/html; charset=utf-8", shell(lang));
  if (get && p == "/static/app.js")
    return send(r.res, HTTPResponse::HTTP_OK, "text/javascript; charset=utf-8", std::string(resource("web/app.js")));
  if (get && p == "/static/app.css")
    return send(r.res, HTTPResponse::HTTP_OK, "text/css; charset=utf-8", std::string(resource("web/app.css")));
  if (get && p == "/api/strings") return send_json(r.res, ui_strings(lang));
  if (get && p == "/api/overview") return send_json(r.res, s.workspace.overview());
  if (get && p == "/api/versions") return send_json(r.res, s.workspace.versions());
  if (get && starts_with(p, api_file)) {
    std::string what;
    if (!doc_param(r, what)) return fail(r.res, 400, bad_doc, lang);
    Failure f;
    json j = s.workspace.open(p.substr(api_file.size()), what, f);
    if (f.status) return fail(r.res, f.status, f.message, lang);
    return send_json(r.res, j);
  }
  if (get && starts_with(p, api_download)) {
    std::string what, bytes, filename;
    if (!doc_param(r, what)) return fail(r.res, 400, bad_doc, lang);
    Format format = format_param(r, "odt");
    if (format == Format::unknown) return fail(r.res, 400, bad_format, lang);
    Failure f;
    if (!s.workspace.download(p.substr(api_download.size()), what, format, bytes, filename, f))
      return fail(r.res, f.status, f.message, lang);
    r.res.set("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    return send(r.res, HTTPResponse::HTTP_OK, content_type(format), bytes, download_csp);
  }
  if (get && p == "/api/report") {
    Format format = format_param(r, "html");
    if (format == Format::unknown) return fail(r.res, 400, bad_format, lang);
    std::string bytes;
    Failure f;
    if (!s.workspace.report(format, bytes, f)) return fail(r.res, f.status, f.message, lang);
    if (format == Format::html) return send(r.res, HTTPResponse::HTTP_OK, content_type(format), bytes, document_csp);
    std::string ext = format_info(format)->extensions.front();
    r.res.set("Content-Disposition", std::string("attachment; filename=\"") + (lang == Lang::en ? "report." : "rapportage.") + ext + "\"");
    return send(r.res, HTTPResponse::HTTP_OK, content_type(format), bytes, download_csp);
  }
  if (method == "POST" && starts_with(p, api_check)) {
    std::string what, body;
    if (!doc_param(r, what)) return fail(r.res, 400, bad_doc, lang);
    if (!read_body(r.req, body)) return fail(r.res, 413, too_large, lang);
    std::string name = p.substr(api_check.size());
    Text why;
    if (s.folder.path_of(name, why).empty()) return fail(r.res, 400, why, lang);
    return send_json(r.res, s.workspace.check(name, body, what));
  }
  if (get && p == "/api/jeugdregios") {
    json list = json::array();
    for (const auto& [code, naam] : RefData::for_year(2026).jeugdregios) list.push_back({{"code", code}, {"naam", naam}});
    return send_json(r.res, list);
  }
  if (method == "POST" && p == "/api/new") {
    // A new region file from the reference data: the same file as
    // `zio init --jeugdregio CODE`, never over an existing one.
    std::string body;
    if (!read_body(r.req, body)) return fail(r.res, 413, too_large, lang);
    json in = json::parse(body, nullptr, false);
    if (in.is_discarded() || !in.is_object() || !in.contains("jeugdregio") || !in["jeugdregio"].is_string() ||
        !in.contains("bestand") || !in["bestand"].is_string())
      return fail(r.res, 400, {"verwacht JSON met \"jeugdregio\" en \"bestand\"", "expected JSON with \"jeugdregio\" and \"bestand\""}, lang);
    std::string name = in["bestand"], text;
    try {
      text = starter_yaml(in["jeugdregio"].get<std::string>(), lang);
    } catch (const UnknownRegion& e) {
      return fail(r.res, 400, {e.what(), e.what()}, lang);
    }
    std::string version, disk_text, disk_version;
    Text why;
    switch (s.folder.save(name, text, "", version, disk_text, disk_version, why)) {
      case SaveResult::saved: return send_json(r.res, json{{"bestand", name}, {"versie", version}});
      case SaveResult::conflict:
        return fail(r.res, 409, Text{"er is al een bestand " + name + "; kies een andere naam", "there already is a file " + name + "; choose another name"}, lang);
      case SaveResult::failed: return fail(r.res, 400, why, lang);
    }
  }
  if (method == "POST" && starts_with(p, api_save)) {
    std::string body;
    if (!read_body(r.req, body)) return fail(r.res, 413, too_large, lang);
    json in = json::parse(body, nullptr, false);
    if (in.is_discarded() || !in.is_object() || !in.contains("tekst") || !in["tekst"].is_string() ||
        !in.contains("basis") || !in["basis"].is_string())
      return fail(r.res, 400, {"verwacht JSON met \"tekst\" en \"basis\"", "expected JSON with \"tekst\" and \"basis\""}, lang);
    std::string version, disk_text, disk_version;
    Text why;
    switch (s.folder.save(p.substr(api_save.size()), in["tekst"].get<std::string>(), in["basis"].get<std::string>(), version,
                          disk_text, disk_version, why)) {
      case SaveResult::saved: return send_json(r.res, json{{"versie", version}});
      case SaveResult::conflict:
        return send_json(r.res,
                         json{{"fout", Text{"Het bestand is op schijf veranderd sinds u het opende; er is niets opgeslagen. "
                                            "Vergelijk beide versies en kies.",
                                            "The file changed on disk since you opened it; nothing was saved. "
                                            "Compare both versions and choose."}
                                           .in(lang)},
                              {"schijf_tekst", disk_text},
                              {"schijf_versie", disk_version}},
                         HTTPResponse::HTTP_CONFLICT);
      case SaveResult::failed: return fail(r.res, 400, why, lang);
    }
  }
  if (!get && method != "POST")
    return fail(r.res, 405, {"deze methode wordt niet ondersteund", "this method is not supported"}, lang);
  return fail(r.res, 404, Text{"niet gevonden: ", "not found: "} + p, lang);
}

class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit Handler(Shared& s) : s_(s) {}
  void handleRequest(HTTPServerRequest& req, HTTPServerResponse& res) override {
    const Lang lang = s_.lang;
    // Header and body leave in separate writes: without this, Nagle's
    // algorithm holds the second until the client acknowledges the first.
    if (auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&req)) impl->socket().setNoDelay(true);
    try {
      // DNS rebinding: a page on another name must not reach us.
      if (!s_.access.host_allowed(req.getHost()))
        return fail(res, 403, {"onbekende Host; open het adres dat zio serve toont", "unknown Host; open the address zio serve printed"}, lang);
      Poco::URI uri;
      try {
        uri = Poco::URI(req.getURI());
      } catch (const Poco::Exception&) {
        return fail(res, 400, {"ongeldig adres", "invalid address"}, lang);
      }
      Request r{req, res, uri.getPath(), uri.getQueryParameters()};
      std::string given = r.param("token");
      if (!given.empty()) {
        if (!s_.access.token_matches(given))
          return fail(res, 403, {"ongeldige toegangscode", "invalid access token"}, lang);
        res.set("Set-Cookie", s_.access.set_cookie());
        if (req.getMethod() == "GET" && !starts_with(r.path, "/api/")) {
          // Drop the token from the address bar (and from history).
          res.setStatusAndReason(HTTPResponse::HTTP_SEE_OTHER);
          headers(res, page_csp);
          res.set("Location", r.path);
          res.setContentLength(0);
          res.send();
          return;
        }
      } else {
        Poco::Net::NameValueCollection cookies;
        req.getCookies(cookies);
        if (!s_.access.token_matches(cookies.get(s_.access.cookie_name(), "")))
          return fail(res, 403, {"geen toegang: open het adres met de toegangscode dat zio serve toont",
                                 "no access: open the address with the token that zio serve printed"}, lang);
      }
      const std::string& m = req.getMethod();
      if (m != "GET" && m != "HEAD" && !s_.access.origin_allowed(req.get("Origin", "")))
        return fail(res, 403, {"dit verzoek komt niet van de pagina van zio serve", "this request does not come from zio serve's page"}, lang);
      route(s_, r);
    } catch (const std::exception& e) {
      // A bug, not bad input: answer instead of dropping the connection.
      if (!res.sent()) fail(res, 500, Text{"interne fout: ", "internal error: "} + e.what(), lang);
    }
  }

 private:
  Shared& s_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit Factory(Shared& s) : s_(s) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override { return new Handler(s_); }

 private:
  Shared& s_;
};

}  // namespace

struct Server::Impl {
  Poco::Net::ServerSocket socket;
  std::unique_ptr<Shared> shared;
  std::unique_ptr<Poco::Net::HTTPServer> http;
  std::once_flag stopped;
};

Server::Server(const Options& opt) : impl_(std::make_unique<Impl>()) {
  std::error_code ec;
  if (!std::filesystem::is_directory(opt.dir, ec))
    throw ServeError(Text{"'", "'"} + opt.dir + Text{"' is geen map", "' is not a directory"});
  try {
    impl_->socket.bind(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(opt.port)), false);
    impl_->socket.listen(64);
  } catch (const Poco::Exception& e) {
    throw ServeError(Text{"kan poort " + std::to_string(opt.port) + " op 127.0.0.1 niet gebruiken: ",
                          "cannot use port " + std::to_string(opt.port) + " on 127.0.0.1: "} +
                     e.displayText());
  }
  impl_->shared = std::make_unique<Shared>(impl_->socket.address().port(), opt);
  auto* params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(8);
  params->setMaxQueued(64);
  params->setKeepAlive(true);
  params->setTimeout(Poco::Timespan(10, 0));
  impl_->http = std::make_unique<Poco::Net::HTTPServer>(new Factory(*impl_->shared), impl_->socket, params);
  impl_->http->start();
}

Server::~Server() { stop(); }

int Server::port() const { return impl_->shared->access.port(); }
const std::string& Server::token() const { return impl_->shared->access.token(); }
std::string Server::url() const {
  return "http://127.0.0.1:" + std::to_string(port()) + "/?token=" + token();
}

void Server::stop() {
  std::call_once(impl_->stopped, [this] {
    impl_->shared->folder.close();
    impl_->http->stopAll(true);
  });
}

}  // namespace zio::serve
