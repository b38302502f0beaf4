// zio serve over real HTTP: a server started on a free port, Poco's HTTP
// client as the browser. Every endpoint, the token, Host and Origin checks,
// traversal attempts and a symlink out of the folder, oversized bodies,
// hostile YAML, racing saves, a save after an outside edit, the history.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <signal.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "render/pdf.h"
#include "serve/folder.h"
#include "serve/server.h"
#include "support.h"

using namespace zio::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Reply {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;
  json j() const { return json::parse(body, nullptr, false); }
};

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

void write(const fs::path& p, const std::string& s) {
  std::ofstream(p, std::ios::binary) << s;
}

// A folder with the examples in it, beside a secret outside it, and a
// server on it. The client sends our Host, cookie and Origin unless told.
struct Fixture {
  fs::path root = temp_dir();
  fs::path dir = root / "regios";
  std::unique_ptr<zio::serve::Server> server;
  const std::string secret = "geheim: dit mag de server nooit tonen\n";

  Fixture() {
    fs::create_directories(dir);
    for (const char* f : {"concept-met-gaten.yaml", "hart-van-brabant.yaml", "landelijk.yaml"})
      fs::copy_file(source_path(std::string("examples/") + f), dir / f);
    write(dir / "kapot.yaml", "regio: [niet gesloten\n");
    write(root / "secret.yaml", secret);
    zio::serve::Options opt;
    opt.dir = dir.string();
    opt.token = "0123456789abcdef0123456789abcdef";
    server = std::make_unique<zio::serve::Server>(opt);
  }
  ~Fixture() {
    server.reset();
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  std::string host() const { return "127.0.0.1:" + std::to_string(server->port()); }
  std::string origin() const { return "http://" + host(); }
  std::string cookie() const { return "zio_" + std::to_string(server->port()) + "=" + server->token(); }

  // `raw_uri` goes on the request line exactly as given.
  Reply request(const std::string& method, const std::string& raw_uri, const std::string& body = "",
                std::map<std::string, std::string> headers = {}, bool with_cookie = true) const {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(server->port()));
    session.setTimeout(Poco::Timespan(120, 0));
    Poco::Net::HTTPRequest req(method, raw_uri, Poco::Net::HTTPMessage::HTTP_1_1);
    req.setHost(host());
    if (with_cookie) req.set("Cookie", cookie());
    if (method == "POST" || method == "PUT" || method == "DELETE") req.set("Origin", origin());
    for (const auto& [k, v] : headers) {
      if (v.empty())
        req.erase(k);
      else
        req.set(k, v);
    }
    if (!body.empty() || method == "POST") req.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(req) << body;
    Poco::Net::HTTPResponse res;
    std::istream& in = session.receiveResponse(res);
    Reply r;
    r.status = res.getStatus();
    Poco::StreamCopier::copyToString(in, r.body);
    for (const auto& [k, v] : res) r.headers[k] = v;
    return r;
  }
  Reply get(const std::string& uri) const { return request("GET", uri); }
  Reply post(const std::string& uri, const std::string& body) const { return request("POST", uri, body); }
  Reply save(const std::string& name, const std::string& text, const std::string& base) const {
    return post("/api/save/" + name, json{{"tekst", text}, {"basis", base}}.dump());
  }
};

size_t files_in(const fs::path& d) {
  std::error_code ec;
  if (!fs::is_directory(d, ec)) return 0;
  return static_cast<size_t>(std::distance(fs::directory_iterator(d), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("serve: without the token nothing is served or read", "[serve]") {
  Fixture f;
  for (const char* uri : {"/", "/api/overview", "/api/file/concept-met-gaten.yaml", "/static/app.js", "/api/report"}) {
    Reply r = f.request("GET", uri, "", {}, false);
    CHECK(r.status == 403);
    CHECK_FALSE(has(r.body, "regio:"));
  }
  CHECK(f.request("GET", "/?token=wrong", "", {}, false).status == 403);
  CHECK(f.request("GET", "/api/overview", "", {{"Cookie", "zio_" + std::to_string(f.server->port()) + "=00"}}, false).status == 403);
  // A save without the token writes nothing.
  std::string before = slurp((f.dir / "hart-van-brabant.yaml").string());
  Reply s = f.request("POST", "/api/save/hart-van-brabant.yaml", json{{"tekst", "x"}, {"basis", ""}}.dump(), {}, false);
  CHECK(s.status == 403);
  CHECK(slurp((f.dir / "hart-van-brabant.yaml").string()) == before);
}

TEST_CASE("serve: the token in the URL becomes an HttpOnly SameSite=Strict cookie", "[serve]") {
  Fixture f;
  Reply r = f.request("GET", "/?token=" + f.server->token(), "", {}, false);
  CHECK(r.status == 303);
  CHECK(r.headers["Location"] == "/");
  const std::string& c = r.headers["Set-Cookie"];
  CHECK(has(c, f.cookie()));
  CHECK(has(c, "HttpOnly"));
  CHECK(has(c, "SameSite=Strict"));
  CHECK(has(f.server->url(), "http://127.0.0.1:" + std::to_string(f.server->port()) + "/?token=" + f.server->token()));
  // A random token when none is given: 32 hex digits, different each time.
  zio::serve::Options opt;
  opt.dir = f.dir.string();
  zio::serve::Server a(opt), b(opt);
  CHECK(a.token().size() == 32);
  CHECK(a.token() != b.token());
  CHECK(a.port() != b.port());
}

TEST_CASE("serve: Host must be 127.0.0.1:PORT or localhost:PORT", "[serve]") {
  Fixture f;
  const std::string port = std::to_string(f.server->port());
  CHECK(f.request("GET", "/api/overview", "", {{"Host", "localhost:" + port}}).status == 200);
  CHECK(f.request("GET", "/api/overview", "", {{"Host", "127.0.0.1:" + port}}).status == 200);
  for (std::string host : std::vector<std::string>{"evil.example:" + port, "127.0.0.1", "localhost", "127.0.0.1:1", "evil.example",
                           "127.0.0.1:" + port + ".evil.example"}) {
    Reply r = f.request("GET", "/api/overview", "", {{"Host", host}});
    INFO(host);
    CHECK(r.status == 403);
    CHECK_FALSE(has(r.body, "hart-van-brabant"));
  }
}

TEST_CASE("serve: a request that changes something must come from our Origin", "[serve]") {
  Fixture f;
  const std::string text = slurp((f.dir / "hart-van-brabant.yaml").string());
  Reply open = f.get("/api/file/hart-van-brabant.yaml");
  REQUIRE(open.status == 200);
  std::string body = json{{"tekst", "regio: {}\n"}, {"basis", open.j()["versie"]}}.dump();
  for (std::string origin : {std::string(), std::string("http://evil.example"), std::string("null"),
                             "http://127.0.0.1:" + std::to_string(f.server->port() + 1), "https://" + f.host()}) {
    std::map<std::string, std::string> h{{"Origin", origin}};
    INFO(origin);
    CHECK(f.request("POST", "/api/save/hart-van-brabant.yaml", body, h).status == 403);
    CHECK(f.request("POST", "/api/check/hart-van-brabant.yaml", "regio: {}\n", h).status == 403);
  }
  CHECK(slurp((f.dir / "hart-van-brabant.yaml").string()) == text);
  CHECK(f.request("POST", "/api/check/hart-van-brabant.yaml", text,
                  {{"Origin", "http://localhost:" + std::to_string(f.server->port())}}).status == 200);
}

TEST_CASE("serve: only files directly in the folder: no traversal, no absolute paths, no symlink out", "[serve]") {
  Fixture f;
  fs::create_symlink(f.root / "secret.yaml", f.dir / "link.yaml");
  fs::create_symlink(f.dir / "hart-van-brabant.yaml", f.dir / "binnen.yaml");  // inside: allowed
  for (const char* uri :
       {"/api/file/../secret.yaml", "/api/file/..%2Fsecret.yaml", "/api/file/%2e%2e%2fsecret.yaml", "/api/file/%2E%2E/secret.yaml",
        "/api/file/..%5Csecret.yaml", "/api/file/%2Ftmp%2Fsecret.yaml", "/api/file//etc/passwd", "/api/file/link.yaml",
        "/api/file/.zio", "/api/file/%00.yaml", "/api/download/..%2fsecret.yaml?format=md",
        "/api/download/link.yaml?format=md", "/api/file/secret.txt", "/static/../../secret.yaml",
        "/api/file/" }) {
    Reply r = f.get(uri);
    INFO(uri);
    CHECK(r.status >= 400);
    CHECK(r.status < 500);
    CHECK_FALSE(has(r.body, "geheim"));
  }
  {
    std::string abs = (f.root / "secret.yaml").string();
    Reply r = f.get("/api/file/" + abs);
    CHECK(r.status >= 400);
    CHECK_FALSE(has(r.body, "geheim"));
  }
  // Writing through the symlink or out of the folder is refused; the secret is untouched.
  for (const char* name : {"link.yaml", "..%2Fsecret.yaml", "%2e%2e%2fsecret.yaml"}) {
    Reply r = f.save(name, "overschreven\n", zio::serve::version_of(f.secret));
    INFO(name);
    CHECK(r.status == 400);
  }
  CHECK(slurp((f.root / "secret.yaml").string()) == f.secret);
  CHECK(f.post("/api/check/..%2Fsecret.yaml", "regio: {}\n").status == 400);
  // The overview lists neither the link out nor anything outside.
  Reply o = f.get("/api/overview");
  CHECK_FALSE(has(o.body, "link.yaml"));
  CHECK_FALSE(has(o.body, "secret"));
  CHECK(has(o.body, "binnen.yaml"));
  CHECK(f.get("/api/file/binnen.yaml").status == 200);
}

TEST_CASE("serve: request bodies are capped at 16 MB", "[serve]") {
  Fixture f;
  const std::string before = slurp((f.dir / "hart-van-brabant.yaml").string());
  // Declared too large: refused before anything is read.
  for (const char* uri : {"/api/check/hart-van-brabant.yaml", "/api/save/hart-van-brabant.yaml"}) {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(f.server->port()));
    Poco::Net::HTTPRequest req("POST", uri, Poco::Net::HTTPMessage::HTTP_1_1);
    req.setHost(f.host());
    req.set("Cookie", f.cookie());
    req.set("Origin", f.origin());
    req.setContentLength64((16 << 20) + 1);
    session.sendRequest(req);
    Poco::Net::HTTPResponse res;
    std::string body;
    Poco::StreamCopier::copyToString(session.receiveResponse(res), body);
    CHECK(res.getStatus() == 413);
    CHECK(has(body, "16 MB"));
  }
  // Sent without a length (chunked): refused once the cap is passed.
  {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(f.server->port()));
    Poco::Net::HTTPRequest req("POST", "/api/save/hart-van-brabant.yaml", Poco::Net::HTTPMessage::HTTP_1_1);
    req.setHost(f.host());
    req.set("Cookie", f.cookie());
    req.set("Origin", f.origin());
    req.setChunkedTransferEncoding(true);
    std::string big((16u << 20) + 1, 'a');
    session.sendRequest(req) << big;
    Poco::Net::HTTPResponse res;
    std::string body;
    Poco::StreamCopier::copyToString(session.receiveResponse(res), body);
    CHECK(res.getStatus() == 413);
  }
  CHECK(slurp((f.dir / "hart-van-brabant.yaml").string()) == before);
  // Exactly at the cap is read (and is bad YAML, so findings, not a crash).
  CHECK(f.post("/api/check/hart-van-brabant.yaml", std::string(16u << 20, '#')).status == 200);
}

TEST_CASE("serve: hostile YAML gets findings, never a crash, and is escaped in the preview", "[serve]") {
  Fixture f;
  std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'k'; ++c)
    laughs += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" +
              char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
  const std::vector<std::string> hostile = {
      laughs, std::string(100000, '[') , "\xff\xfe\x00\x01 niet utf-8", "regio: !!binary aGFsbG8=\n", "", "---\n---\n---\n",
      "regio:\n  naam: \"x\" \n  naam: dubbel\n", std::string("regio: \"\0\"\n", 12)};
  for (const std::string& y : hostile) {
    Reply r = f.post("/api/check/hart-van-brabant.yaml?doc=contract", y);
    REQUIRE(r.status == 200);
    json j = r.j();
    CHECK(j["bevindingen"].is_array());
    CHECK(j["voorbeeld"].is_string());
  }
  std::string text = slurp((f.dir / "hart-van-brabant.yaml").string());
  auto at = text.find("naam:");
  REQUIRE(at != std::string::npos);
  auto eol = text.find('\n', at);
  std::string evil = text.substr(0, at) + "naam: \"<script>alert(1)</script><img src=x onerror=alert(2)>\"" + text.substr(eol);
  for (const char* doc : {"contract", "checklist"}) {
    Reply r = f.post(std::string("/api/check/hart-van-brabant.yaml?doc=") + doc, evil);
    REQUIRE(r.status == 200);
    std::string html = r.j()["voorbeeld"];
    CHECK(has(html, "&lt;script&gt;"));
    CHECK_FALSE(has(html, "<script"));
    CHECK_FALSE(has(html, "<img src=x"));
  }
}

TEST_CASE("serve: every endpoint answers", "[serve]") {
  Fixture f;
  // Pages: one shell in the server's language, with a CSP without inline script.
  for (const char* uri : {"/", "/rapport", "/bestand/hart-van-brabant.yaml"}) {
    Reply r = f.get(uri);
    INFO(uri);
    REQUIRE(r.status == 200);
    CHECK(has(r.body, "<html lang=\"nl\">"));
    CHECK(has(r.body, "/static/app.js"));
    const std::string& csp = r.headers["Content-Security-Policy"];
    CHECK(has(csp, "default-src 'none'"));
    CHECK(has(csp, "script-src 'self';"));
    CHECK(has(csp, "connect-src 'self'"));
    CHECK_FALSE(has(csp, "http"));
    CHECK(r.headers["X-Content-Type-Options"] == "nosniff");
  }
  CHECK(has(f.get("/static/app.js").headers["Content-Type"], "javascript"));
  CHECK(has(f.get("/static/app.css").headers["Content-Type"], "text/css"));
  CHECK(f.get("/api/strings").j()["save"] == "Opslaan");

  json o = f.get("/api/overview").j();
  std::map<std::string, json> rows;
  for (auto& row : o["bestanden"]) rows[row["bestand"]] = row;
  REQUIRE(rows.count("concept-met-gaten.yaml"));
  json& draft = rows["concept-met-gaten.yaml"];
  CHECK(draft["soort"] == "regio");
  CHECK(draft["fouten"].get<int>() > 0);
  CHECK(draft["ondertekenbaar"] == false);
  CHECK(draft["naam"].get<std::string>().size() > 0);
  CHECK(draft["peildatum"].get<std::string>().size() == 10);
  CHECK(rows["hart-van-brabant.yaml"]["fouten"] == 0);
  CHECK(rows["hart-van-brabant.yaml"]["ondertekenbaar"] == true);
  CHECK(rows["landelijk.yaml"]["soort"] == "landelijk");
  CHECK(rows["kapot.yaml"]["leesbaar"] == false);
  CHECK(rows["kapot.yaml"]["reden"].get<std::string>().size() > 0);
  CHECK(rows["kapot.yaml"]["regelnummer"].get<int>() >= 1);

  json v = f.get("/api/versions").j();
  CHECK(v["hart-van-brabant.yaml"] == rows["hart-van-brabant.yaml"]["versie"]);

  json file = f.get("/api/file/concept-met-gaten.yaml?doc=contract").j();
  CHECK(file["tekst"] == slurp((f.dir / "concept-met-gaten.yaml").string()));
  bool w02 = false;
  for (auto& fi : file["bevindingen"])
    if (fi["regel"] == "W02") w02 = fi["regelnummer"].get<int>() > 0 && fi["bron"].get<std::string>().size() > 0;
  CHECK(w02);
  CHECK(file["concept"] == true);  // fouten: the preview is the CONCEPT
  CHECK(has(file["voorbeeld"].get<std::string>(), "CONCEPT"));
  CHECK(file["pdf"] == !zio::find_soffice().empty());
  CHECK(f.get("/api/file/bestaat-niet.yaml").status == 404);
  CHECK(f.get("/api/file/hart-van-brabant.yaml?doc=brief").status == 400);

  json checked = f.post("/api/check/hart-van-brabant.yaml?doc=checklist", slurp((f.dir / "hart-van-brabant.yaml").string())).j();
  CHECK(checked["fouten"] == 0);
  CHECK(has(checked["voorbeeld"].get<std::string>(), "<!DOCTYPE html>"));

  // Downloads as the command line decides: a contract with fouten only as CONCEPT.
  Reply md = f.get("/api/download/concept-met-gaten.yaml?doc=contract&format=md");
  REQUIRE(md.status == 200);
  CHECK(has(md.headers["Content-Disposition"], "concept-met-gaten-contract-concept.md"));
  Run cli = run_zio({"render", "contract", "--concept", (f.dir / "concept-met-gaten.yaml").string(), "-o", "-"});
  CHECK(md.body == cli.out);
  Reply odt = f.get("/api/download/hart-van-brabant.yaml?doc=contract&format=odt");
  REQUIRE(odt.status == 200);
  CHECK(has(odt.headers["Content-Disposition"], "hart-van-brabant-contract.odt"));
  CHECK(odt.body.substr(0, 2) == "PK");
  fs::path ours = f.root / "ours.odt";
  write(ours, odt.body);
  fs::path theirs = f.root / "theirs.odt";
  REQUIRE(run_zio({"render", "contract", (f.dir / "hart-van-brabant.yaml").string(), "-o", theirs.string()}).code == 0);
  CHECK(odt.body == slurp(theirs.string()));  // byte for byte the CLI's document
  CHECK(f.get("/api/download/hart-van-brabant.yaml?doc=checklist&format=docx").body.substr(0, 2) == "PK");
  CHECK(f.get("/api/download/hart-van-brabant.yaml?format=rtf").status == 400);
  Reply pdf = f.get("/api/download/hart-van-brabant.yaml?doc=checklist&format=pdf");
  REQUIRE(pdf.status == 200);  // LibreOffice is a test dependency (scripts/deps.sh)
  CHECK(pdf.body.substr(0, 5) == "%PDF-");
  CHECK(has(pdf.headers["Content-Type"], "application/pdf"));
  CHECK(f.get("/api/download/kapot.yaml?format=md").status == 422);

  Reply rep = f.get("/api/report?format=html");
  REQUIRE(rep.status == 200);
  CHECK(has(rep.body, "<svg"));
  CHECK(has(rep.headers["Content-Security-Policy"], "sandbox"));
  CHECK(f.get("/api/report?format=odt").body.substr(0, 2) == "PK");

  CHECK(f.get("/api/nope").status == 404);
  CHECK(f.request("PUT", "/api/save/hart-van-brabant.yaml", "{}").status == 405);
  CHECK(f.post("/api/save/hart-van-brabant.yaml", "geen json").status == 400);
}

TEST_CASE("serve: saving keeps the previous version in .zio/geschiedenis", "[serve]") {
  Fixture f;
  const fs::path file = f.dir / "concept-met-gaten.yaml";
  const std::string old = slurp(file.string());
  json open = f.get("/api/file/concept-met-gaten.yaml").j();
  const std::string edited = old + "# bewerkt in de browser\n";
  Reply r = f.save("concept-met-gaten.yaml", edited, open["versie"]);
  REQUIRE(r.status == 200);
  CHECK(slurp(file.string()) == edited);
  fs::path hist = f.dir / ".zio" / "geschiedenis";
  REQUIRE(files_in(hist) == 1);
  fs::path copy = fs::directory_iterator(hist)->path();
  std::string n = copy.filename().string();
  // NAME.YYYYMMDDTHHMMSS.yaml
  CHECK(n.size() == std::string("concept-met-gaten.").size() + 15 + 5);
  CHECK(n.rfind("concept-met-gaten.", 0) == 0);
  CHECK(n[std::string("concept-met-gaten.").size() + 8] == 'T');
  CHECK(slurp(copy.string()) == old);
  // The next save from the new version works and keeps a second copy.
  Reply again = f.save("concept-met-gaten.yaml", edited + "# nog eens\n", r.j()["versie"]);
  CHECK(again.status == 200);
  CHECK(files_in(hist) == 2);
  // No temporary file is left behind.
  for (auto& e : fs::directory_iterator(f.dir)) CHECK_FALSE(has(e.path().filename().string(), ".tmp-"));
}

TEST_CASE("serve: a save after an outside edit is refused and both versions are kept", "[serve]") {
  Fixture f;
  const fs::path file = f.dir / "hart-van-brabant.yaml";
  json open = f.get("/api/file/hart-van-brabant.yaml").j();
  const std::string outside = slurp(file.string()) + "# door een collega\n";
  write(file, outside);
  Reply r = f.save("hart-van-brabant.yaml", "regio: {}\n", open["versie"]);
  REQUIRE(r.status == 409);
  json j = r.j();
  CHECK(j["schijf_tekst"] == outside);
  CHECK(has(j["fout"].get<std::string>(), "niets opgeslagen"));
  CHECK(slurp(file.string()) == outside);
  CHECK(files_in(f.dir / ".zio" / "geschiedenis") == 0);
  CHECK(f.get("/api/versions").j()["hart-van-brabant.yaml"] == j["schijf_versie"]);
  // Saving a new file requires that it does not exist yet.
  CHECK(f.save("nieuw.yaml", "regio: {}\n", "").status == 200);
  CHECK(f.save("nieuw.yaml", "regio: {}\n", "").status == 409);
}

TEST_CASE("serve: of two saves racing from the same version exactly one wins", "[serve]") {
  Fixture f;
  const fs::path file = f.dir / "hart-van-brabant.yaml";
  const std::string base = f.get("/api/file/hart-van-brabant.yaml").j()["versie"];
  const std::string text = slurp(file.string());
  for (int round = 0; round < 5; ++round) {
    const std::string cur = f.get("/api/versions").j()["hart-van-brabant.yaml"];
    std::vector<int> status(4);
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; ++i)
      ts.emplace_back([&, i] { status[i] = f.save("hart-van-brabant.yaml", text + "# " + std::to_string(round * 10 + i) + "\n", cur).status; });
    for (auto& t : ts) t.join();
    CHECK(std::count(status.begin(), status.end(), 200) == 1);
    CHECK(std::count(status.begin(), status.end(), 409) == 3);
  }
  CHECK(base.size() == 64);
  CHECK(files_in(f.dir / ".zio" / "geschiedenis") == 5);
}

TEST_CASE("serve: the history folder must not be a symlink out", "[serve]") {
  Fixture f;
  fs::create_directories(f.root / "elders");
  fs::create_symlink(f.root / "elders", f.dir / ".zio");
  const fs::path file = f.dir / "hart-van-brabant.yaml";
  const std::string text = slurp(file.string());
  Reply r = f.save("hart-van-brabant.yaml", text + "#\n", f.get("/api/file/hart-van-brabant.yaml").j()["versie"]);
  CHECK(r.status == 400);
  CHECK(slurp(file.string()) == text);
  CHECK(files_in(f.root / "elders") == 0);
}

TEST_CASE("serve: English with --lang en", "[serve]") {
  fs::path d = temp_dir();
  fs::copy_file(source_path("examples/concept-met-gaten.yaml"), d / "concept-met-gaten.yaml");
  zio::serve::Options opt;
  opt.dir = d.string();
  opt.lang = zio::Lang::en;
  opt.token = "abc";
  zio::serve::Server s(opt);
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(s.port()));
  Poco::Net::HTTPRequest req("GET", "/api/strings?token=abc", Poco::Net::HTTPMessage::HTTP_1_1);
  session.sendRequest(req);
  Poco::Net::HTTPResponse res;
  std::string body;
  Poco::StreamCopier::copyToString(session.receiveResponse(res), body);
  CHECK(res.getStatus() == 200);
  CHECK(json::parse(body)["save"] == "Save");
  fs::remove_all(d);
}

TEST_CASE("serve: a folder that is not there is refused", "[serve]") {
  zio::serve::Options opt;
  opt.dir = "/nonexistent/zio-serve";
  CHECK_THROWS_AS(zio::serve::Server(opt), zio::serve::ServeError);
}

TEST_CASE("serve: the command prints one line with the URL and stops cleanly on SIGINT and SIGTERM", "[serve]") {
  fs::path d = temp_dir();
  fs::copy_file(source_path("examples/hart-van-brabant.yaml"), d / "hart-van-brabant.yaml");
  for (int sig : {SIGINT, SIGTERM}) {
    Poco::Pipe out;
    Poco::ProcessHandle ph = Poco::Process::launch(ZIO_EXE, {"serve", d.string(), "--port", "0"}, nullptr, &out, nullptr);
    Poco::PipeInputStream in(out);
    std::string url;
    std::getline(in, url);
    INFO(url);
    REQUIRE(url.rfind("http://127.0.0.1:", 0) == 0);
    auto colon = url.find(':', 7), slash = url.find('/', colon);
    int port = std::stoi(url.substr(colon + 1, slash - colon - 1));
    std::string token = url.substr(url.find("token=") + 6);
    CHECK(token.size() == 32);
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
    Poco::Net::HTTPRequest req("GET", "/api/overview?token=" + token, Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(req);
    Poco::Net::HTTPResponse res;
    std::string body;
    Poco::StreamCopier::copyToString(session.receiveResponse(res), body);
    CHECK(res.getStatus() == 200);
    CHECK(has(body, "hart-van-brabant.yaml"));
    ::kill(ph.id(), sig);
    CHECK(ph.wait() == 0);
    std::string rest;
    Poco::StreamCopier::copyToString(in, rest);
    CHECK(rest.empty());  // one line, nothing more
  }
  Run busy = run_zio({"serve", "/nonexistent/zio-serve"});
  CHECK(busy.code == 2);
  CHECK(has(busy.err, "is geen map"));
  fs::remove_all(d);
}

TEST_CASE("serve: a new region from the reference data is the file zio init --jeugdregio makes", "[serve]") {
  Fixture f;
  json regions = f.get("/api/jeugdregios").j();
  REQUIRE(regions.size() == 42);
  CHECK(regions[0]["code"].get<std::string>().rfind("JZ", 0) == 0);
  Reply r = f.post("/api/new", json{{"jeugdregio", "JZ14"}, {"bestand", "twente.yaml"}}.dump());
  REQUIRE(r.status == 200);
  Run cli = run_zio({"init", "--jeugdregio", "JZ14", "-o", "-"});
  REQUIRE(cli.code == 0);
  CHECK(slurp((f.dir / "twente.yaml").string()) == cli.out);
  // Never over an existing file, never outside the folder, never unknown codes.
  CHECK(f.post("/api/new", json{{"jeugdregio", "JZ14"}, {"bestand", "twente.yaml"}}.dump()).status == 409);
  CHECK(f.post("/api/new", json{{"jeugdregio", "JZ14"}, {"bestand", "../twente.yaml"}}.dump()).status == 400);
  CHECK(f.post("/api/new", json{{"jeugdregio", "JZ99"}, {"bestand", "x.yaml"}}.dump()).status == 400);
  CHECK(f.post("/api/new", "{}").status == 400);
  CHECK(f.request("POST", "/api/new", json{{"jeugdregio", "JZ14"}, {"bestand", "y.yaml"}}.dump(), {{"Origin", "http://evil.example"}}).status == 403);
  CHECK_FALSE(fs::exists(f.dir / "y.yaml"));
  CHECK_FALSE(fs::exists(f.root / "twente.yaml"));
}
