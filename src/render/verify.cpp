#include "render/verify.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "load/yaml_tree.h"
#include "render/emit.h"
#include "render/pdf.h"
#include "render/job.h"
#include "render/provenance.h"
#include "render/xml_read.h"
#include "render/zip.h"
#include "rules/validate.h"
#include "util/read_file.h"

namespace zio {

namespace {

const char* const kOdtMime = "application/vnd.oasis.opendocument.text";

// The fingerprint of a file the guard refused (prepare leaves no metadata).
std::string fingerprint_of(const std::string& file) { return validate_file(file, true).fingerprint; }

Verdict unreadable(const std::string& path, const Text& why) { return {2, path + ": " + why}; }

// A short, printable quote of a paragraph for a message.
std::string quote(const std::string& s) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < s.size() && chars < 80; ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      out += ' ';
    } else {
      out += static_cast<char>(c);
    }
    if ((c & 0xC0) != 0x80) ++chars;
  }
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();  // keep UTF-8 whole
  if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  if (out.size() < s.size()) out += "…";
  return "'" + out + "'";
}

// Where two versions of one part differ: the first paragraph whose text
// differs, or that only the markup does.
Text part_difference(const std::string& name, const std::string& got, const std::string& want, bool html) {
  Text head = Text{"onderdeel ", "part "} + name + Text{" verschilt", " differs"};
  std::vector<std::string> a, b;
  if (!paragraph_texts(got, html, a) || !paragraph_texts(want, html, b))
    return head + Text{" (het is geen leesbare XML)", " (it is not readable XML)"};
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i])
      return head + Text{"; eerste verschil in alinea ", "; first difference in paragraph "} + std::to_string(i + 1) +
             Text{": het document heeft ", ": the document has "} + quote(a[i]) +
             Text{", de gegevens geven ", ", the data give "} + quote(b[i]);
  if (a.size() > n)
    return head + Text{"; het document heeft een extra alinea ", "; the document has an extra paragraph "} +
           std::to_string(n + 1) + ": " + quote(a[n]);
  if (b.size() > n)
    return head + Text{"; het document mist alinea ", "; the document lacks paragraph "} + std::to_string(n + 1) + ": " +
           quote(b[n]);
  return head + Text{" (alleen in de opmaak, niet in de tekst)", " (in the markup only, not in the text)"};
}

// Part by part; empty when every part is equal.
Text compare_zip(const std::vector<ZipEntry>& got, const std::vector<ZipEntry>& want) {
  std::map<std::string, const ZipEntry*> wanted;
  for (const ZipEntry& e : want) wanted[e.path] = &e;
  std::map<std::string, const ZipEntry*> have;
  for (const ZipEntry& e : got) have[e.path] = &e;
  for (const ZipEntry& e : got)
    if (!wanted.count(e.path))
      return Text{"onderdeel ", "part "} + e.path +
             Text{" hoort niet in het document dat de gegevens geven", " is not in the document the data give"};
  for (const ZipEntry& e : want) {
    auto it = have.find(e.path);
    if (it == have.end()) return Text{"onderdeel ", "part "} + e.path + Text{" ontbreekt", " is missing"};
    if (it->second->data != e.data) {
      bool xml = e.path.size() > 4 && (e.path.compare(e.path.size() - 4, 4, ".xml") == 0 ||
                                       e.path.compare(e.path.size() - 5, 5, ".rels") == 0);
      if (!xml) return Text{"onderdeel ", "part "} + e.path + Text{" verschilt", " differs"};
      return part_difference(e.path, it->second->data, e.data, false);
    }
  }
  for (size_t i = 0; i < got.size() && i < want.size(); ++i)
    if (got[i].path != want[i].path)
      return Text{"de onderdelen staan in een andere volgorde (", "the parts are in another order ("} + got[i].path +
             Text{" waar ", " where "} + want[i].path + Text{" hoort)", " belongs)"};
  return {};
}

// HTML's two parts: the head (metadata, style) and the body.
std::pair<std::string, std::string> html_parts(const std::string& html) {
  size_t at = html.find("<body");
  if (at == std::string::npos) return {html, {}};
  return {html.substr(0, at), html.substr(at)};
}

std::string squeeze(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

Text text_difference(const std::string& got, const std::string& want) {
  size_t i = 0;
  while (i < got.size() && i < want.size() && got[i] == want[i]) ++i;
  // From the start of the word that differs.
  size_t from = got.rfind(' ', i);
  from = from == std::string::npos ? 0 : from + 1;
  return Text{"de tekst verschilt vanaf ", "the text differs from "} + quote(got.substr(from, 60)) +
         Text{" (de gegevens geven ", " (the data give "} + quote(want.substr(from, 60)) + ")";
}

}  // namespace

Verdict verify_document(const std::string& document, const std::string& region_file) {
  std::string bytes;
  ReadStatus rs = read_regular_file(document, bytes, kMaxDocumentBytes);
  if (!rs)
    return unreadable(document, read_error_message(rs, kMaxDocumentBytes,
                                                   {"; een document van zio is hooguit enkele MB",
                                                    "; a document made by zio is a few MB at most"}));

  // What the document is, by its content rather than its name.
  enum class Kind { odt, docx, html, pdf } kind;
  std::vector<ZipEntry> parts;
  std::string keywords;
  const Text no_provenance = {
      "het document zegt niet hoe het gemaakt is (geen vingerafdruk en herkomst van zio in de metadata); "
      "is het met zio gemaakt, als .odt, .docx, .html of .pdf?",
      "the document does not say how it was made (no zio fingerprint and provenance in its metadata); "
      "was it made by zio, as .odt, .docx, .html or .pdf?"};
  if (bytes.rfind("%PDF-", 0) == 0) {
    kind = Kind::pdf;
    Text err;
    if (!pdf_keywords(bytes, keywords, err)) return unreadable(document, err);
  } else if (bytes.rfind("PK", 0) == 0) {
    std::string why;
    bool too_large = false;
    if (!read_zip(bytes, parts, why, &too_large)) {
      if (too_large)
        return unreadable(document, Text{"het archief pakt uit tot meer dan zio toelaat (een zip-bom?): ",
                                         "the archive inflates to more than zio allows (a zip bomb?): "} + why);
      return unreadable(document, Text{"het zip-archief is afgekapt of beschadigd: ", "the zip archive is truncated or damaged: "} + why);
    }
    auto find = [&](const char* name) -> const ZipEntry* {
      for (const ZipEntry& e : parts)
        if (e.path == name) return &e;
      return nullptr;
    };
    if (const ZipEntry* m = find("mimetype"); m && m->data == kOdtMime) {
      kind = Kind::odt;
      std::vector<std::string> all;  // one meta:keyword each
      const ZipEntry* meta = find("meta.xml");
      if (meta && !xpath_strings(meta->data, false, "//meta:keyword",
                                 {{"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"}}, all))
        return unreadable(document, {"meta.xml is geen leesbare XML", "meta.xml is not readable XML"});
      for (const std::string& k : all) keywords += (keywords.empty() ? "" : ", ") + k;
    } else if (find("[Content_Types].xml") && find("word/document.xml")) {
      kind = Kind::docx;
      if (const ZipEntry* core = find("docProps/core.xml"))
        if (!xpath_string(core->data, false, "string(//cp:keywords)",
                          {{"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}}, keywords))
          return unreadable(document, {"docProps/core.xml is geen leesbare XML", "docProps/core.xml is not readable XML"});
    } else {
      return unreadable(document, {"dit zip-archief is geen ODT (mimetype) en geen DOCX ([Content_Types].xml en word/document.xml)",
                                   "this zip archive is neither an ODT (mimetype) nor a DOCX ([Content_Types].xml and word/document.xml)"});
    }
  } else {
    kind = Kind::html;
    if (!xpath_string(bytes, true, "string(//meta[@name='keywords']/@content)", {}, keywords))
      return unreadable(document, no_provenance);
  }
  Provenance prov;
  if (!parse_provenance(keywords, prov)) return unreadable(document, no_provenance);

  // Make the document again from the file, as `zio render` would have.
  std::ostringstream findings;  // why a file is unreadable or refused
  Prepared p = prepare_document({prov.kind, prov.lang, prov.concept}, region_file, findings);
  if (p.code == 2)
    return unreadable(region_file, Text{"het regiobestand is onleesbaar:\n", "the region file is unreadable:\n"} +
                                       trim_space(findings.str()));
  const std::string& actual = p.code == 0 ? p.meta.fingerprint : fingerprint_of(region_file);
  Text no = Text{"VERSCHIL: ", "MISMATCH: "} + document +
            Text{" is NIET gemaakt uit de gegevens in ", " was NOT rendered from the data in "} + region_file;
  if (prov.fingerprint != actual)
    return {1, no + Text{"\n  document:      ", "\n  document: "} + prov.fingerprint +
                   Text{"\n  gegevens:      ", "\n  data:     "} + actual};
  if (p.code == 1)
    return {1, no + Text{": de vingerafdruk klopt, maar de gegevens hebben fouten en zio maakt er geen definitief contract van",
                         ": the fingerprint matches, but the data have errors and zio makes no final contract from them"}};

  Format format = kind == Kind::odt ? Format::odt : kind == Kind::docx ? Format::docx : kind == Kind::html ? Format::html : Format::pdf;
  std::string again;
  Text err;
  if (!build_document(p.markdown, p.meta, format, again, err)) return unreadable(document, err);

  Text ok = Text{"OK: ", "OK: "} + document + Text{" is gemaakt uit de gegevens in ", " was rendered from the data in "} +
            region_file + Text{" (vingerafdruk ", " (fingerprint "} + actual + "): ";
  Text difference;
  if (kind == Kind::pdf) {
    std::string got, want;
    if (!pdf_text(bytes, got, err)) return unreadable(document, err);
    if (!pdf_text(again, want, err)) return unreadable(document, err);
    got = squeeze(got);
    want = squeeze(want);
    if (got == want) return {0, ok + Text{"tekst en vingerafdruk gelijk", "text and fingerprint equal"}};
    difference = text_difference(got, want);
  } else if (kind == Kind::html) {
    if (bytes == again) return {0, ok + Text{"inhoud en vingerafdruk gelijk", "content and fingerprint equal"}};
    auto [gh, gb] = html_parts(bytes);
    auto [wh, wb] = html_parts(again);
    difference = gh != wh ? part_difference("head", gh + "</html>", wh + "</html>", true)
                          : part_difference("body", gh + gb, wh + wb, true);
  } else {
    std::vector<ZipEntry> want;
    std::string why;
    read_zip(again, want, why);
    difference = compare_zip(parts, want);
    if (difference.empty()) {
      if (bytes == again) return {0, ok + Text{"inhoud en vingerafdruk gelijk", "content and fingerprint equal"}};
      difference = {"de onderdelen zijn gelijk, maar het zip-archief eromheen niet (bewerkt of aangevuld)",
                    "the parts are equal, but the zip archive around them is not (edited or extended)"};
    }
  }
  return {1, no + Text{": de vingerafdruk klopt, maar ", ": the fingerprint matches, but "} + difference};
}

}  // namespace zio
