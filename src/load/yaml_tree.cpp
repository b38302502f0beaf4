#include "load/yaml_tree.h"

#include "util/read_file.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>
#include <sstream>

namespace zio {

const YNode* YNode::get(std::string_view key) const {
  if (kind != Kind::map) return nullptr;
  for (size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == key) return &items[i];
  return nullptr;
}

namespace {

Finding d01(Pos pos, Text msg, Text hint = {}) {
  return Finding{"D01", Severity::fout, pos, std::move(msg), std::move(hint), {}};
}

std::string hex_cp(unsigned cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", cp);
  return buf;
}

// Decodes one UTF-8 sequence at s[i]; returns its length, 0 when invalid.
size_t utf8_decode(std::string_view s, size_t i, unsigned& cp) {
  auto b = static_cast<unsigned char>(s[i]);
  size_t len;
  if (b < 0x80) { cp = b; return 1; }
  if (b >= 0xC2 && b <= 0xDF) { len = 2; cp = b & 0x1F; }
  else if (b >= 0xE0 && b <= 0xEF) { len = 3; cp = b & 0x0F; }
  else if (b >= 0xF0 && b <= 0xF4) { len = 4; cp = b & 0x07; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

// Characters that XML 1.0 (and so ODT/DOCX) cannot carry, and that have no
// business in a contract: C0 controls but tab/LF/CR, DEL, C1, U+FFFE/U+FFFF.
bool forbidden_cp(unsigned cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F) ||
         cp == 0xFFFE || cp == 0xFFFF;
}

// Characters that change how text is shown without being seen: bidi
// embeddings, overrides and isolates, zero-width characters, a BOM inside
// the text. In a contract they can make a name read differently from what
// it is ("Trojan Source"), so they are a waarschuwing, shown by code point.
bool invisible_cp(unsigned cp) {
  return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x061C || cp == 0x00AD;
}

// Checks the raw bytes: NUL means a binary file, then UTF-8 validity.
// Columns count characters, as yaml-cpp's marks do.
bool check_encoding(std::string_view text, Findings& out) {
  int line = 1, col = 1;
  size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // byte order mark
  while (i < text.size()) {
    if (text[i] == '\0') {
      out.push_back(d01({line, col},
                        {"dit is geen tekstbestand (het bevat een NUL-byte); een regiobestand is YAML-tekst in UTF-8",
                         "this is not a text file (it contains a NUL byte); a region file is YAML text in UTF-8"}));
      return false;
    }
    unsigned cp = 0;
    size_t len = utf8_decode(text, i, cp);
    if (len == 0) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned char>(text[i]));
      out.push_back(d01({line, col},
                        Text{"ongeldige UTF-8 (byte ", "invalid UTF-8 (byte "} + buf +
                            Text{"); sla het bestand op als UTF-8", "); save the file as UTF-8"}));
      return false;
    }
    if (cp == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) {
      // yaml-cpp reads a lone CR as no line break at all: a file saved with
      // old Mac line endings would be one line, and "empty".
      out.push_back(d01({line, col},
                        {"het bestand gebruikt alleen CR als regeleinde (oude Mac-opmaak); YAML kent alleen LF of CR+LF",
                         "the file uses a lone CR as line ending (old Mac style); YAML knows only LF or CR+LF"},
                        {"sla het bestand op met Unix- (LF) of Windows-regeleinden (CR+LF)",
                         "save the file with Unix (LF) or Windows (CR+LF) line endings"}));
      return false;
    }
    if (cp == '\n') { ++line; col = 1; } else { ++col; }
    i += len;
  }
  return true;
}

// Our own exceptions from inside the event handler; yaml-cpp unwinds them.
struct Stop {
  Finding finding;
};

// Builds the tree from yaml-cpp's events, enforcing what yaml-cpp does not:
// depth, alias cycles and the number of nodes aliases may copy.
class Builder : public YAML::EventHandler {
 public:
  Builder(std::string_view text, const ParseLimits& limits, Findings& findings)
      : text_(text), limits_(limits), findings_(findings) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  // yaml-cpp counts columns in bytes; people (and editors, and SARIF's
  // default columnKind) count characters.
  Pos to_pos(const YAML::Mark& m) const {
    if (m.line < 0 || static_cast<size_t>(m.line) >= line_starts_.size()) return {m.line + 1, m.column + 1};
    size_t start = line_starts_[static_cast<size_t>(m.line)];
    size_t end = std::min(text_.size(), start + static_cast<size_t>(std::max(m.column, 0)));
    int chars = 0;
    for (size_t i = start; i < end; ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++chars;
    return {m.line + 1, chars + 1};
  }

  std::unique_ptr<YNode> take() { return std::move(root_); }
  bool has_document() const { return documents_ > 0; }

  void OnDocumentStart(const YAML::Mark&) override {
    if (++documents_ > 1)
      throw Stop{d01(pos_of_next_, {"het bestand bevat meer dan één YAML-document (---); zet elke regio in een eigen bestand",
                                    "the file holds more than one YAML document (---); put each region in its own file"})};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YNode n;
    n.kind = YNode::Kind::null;
    n.pos = to_pos(mark);
    finish(std::move(n), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Pos pos = to_pos(mark);
    if (open_anchors_.count(anchor))
      throw Stop{d01(pos, {"een alias verwijst naar het blok waar hij zelf in staat (kringverwijzing)",
                           "an alias refers to the block it stands in (a cycle)"},
                     {"schrijf de waarde uit in plaats van een alias (*naam) te gebruiken",
                      "write the value out instead of using an alias (*name)"})};
    auto it = anchors_.find(anchor);
    if (it == anchors_.end())
      throw Stop{d01(pos, {"alias naar een onbekend anker", "alias to an unknown anchor"})};
    alias_nodes_ += count_nodes(it->second);
    if (alias_nodes_ > limits_.max_alias_nodes)
      throw Stop{d01(pos, Text{"de aliassen in dit bestand zouden meer dan ", "the aliases in this file would expand to more than "} +
                              std::to_string(limits_.max_alias_nodes) +
                              Text{" knopen opleveren (een 'alias-bom'); het bestand wordt niet verwerkt",
                                   " nodes (an 'alias bomb'); the file is not processed"},
                     {"schrijf de waarden uit in plaats van aliassen (*naam) te nesten",
                      "write the values out instead of nesting aliases (*name)"})};
    YNode copy = it->second;
    reposition(copy, pos);
    finish(std::move(copy), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YNode n;
    n.kind = YNode::Kind::scalar;
    n.pos = to_pos(mark);
    n.value = value;
    check_closed_quote(mark, n.pos);
    // yaml-cpp tags plain scalars "?" and quoted/block ones "!".
    n.quoted = tag != "?";
    check_tag(tag, n.pos);
    if (!n.quoted && (value == "~" || value == "null" || value == "Null" || value == "NULL"))
      n.kind = YNode::Kind::null;
    check_characters(n);
    finish(std::move(n), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    check_tag(tag, to_pos(mark));
    open(YNode::Kind::seq, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    check_tag(tag, to_pos(mark));
    open(YNode::Kind::map, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YNode node;
    YAML::anchor_t anchor = 0;
    bool want_key = true;     // maps: next event is a key
    bool skip_value = false;  // maps: the key was a duplicate, drop its value
    std::unordered_map<std::string, size_t> key_index;  // maps: key -> its index in node.keys
  };


  static size_t count_nodes(const YNode& n) {
    size_t c = 1;
    for (const YNode& k : n.items) c += count_nodes(k);
    return c;
  }

  // An alias copy is reported where the alias stands, not where its anchor is.
  static void reposition(YNode& n, Pos pos) {
    n.pos = pos;
    for (Pos& k : n.key_pos) k = pos;
    for (YNode& k : n.items) reposition(k, pos);
  }

  // The format uses no YAML tags. yaml-cpp reports "?" (plain) and "!"
  // (quoted, or the bare non-specific tag); anything else (!!binary,
  // !!str, !eigen) would be silently dropped, so the text read would not be
  // what the tag says.
  void check_tag(const std::string& tag, Pos pos) {
    if (tag.empty() || tag == "?" || tag == "!") return;
    std::string shown = tag.rfind("tag:yaml.org,2002:", 0) == 0 ? "!!" + tag.substr(18) : tag;
    findings_.push_back(d01(pos, Text{"de YAML-tag '", "the YAML tag '"} + shown +
                                     Text{"' hoort niet in een regiobestand; zio leest de waarde als gewone tekst",
                                          "' does not belong in a region file; zio would read the value as plain text"},
                            {"verwijder de tag en schrijf de waarde zelf uit", "remove the tag and write the value out"}));
  }

  // yaml-cpp accepts a quoted scalar that runs to the end of the file; a
  // forgotten closing quote would then swallow the rest of the file.
  void check_closed_quote(const YAML::Mark& m, Pos pos) const {
    if (m.line < 0 || static_cast<size_t>(m.line) >= line_starts_.size()) return;
    size_t i = line_starts_[static_cast<size_t>(m.line)] + static_cast<size_t>(std::max(m.column, 0));
    if (i >= text_.size() || (text_[i] != '"' && text_[i] != '\'')) return;
    char q = text_[i];
    for (++i; i < text_.size(); ++i) {
      if (q == '"' && text_[i] == '\\') { ++i; continue; }
      if (text_[i] != q) continue;
      if (q == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') { ++i; continue; }
      return;
    }
    throw Stop{d01(pos, {"het aanhalingsteken wordt nergens afgesloten; de rest van het bestand zou tekst worden",
                         "the quote is never closed; the rest of the file would become text"},
                   {"sluit de tekst af met hetzelfde aanhalingsteken", "close the text with the same quote"})};
  }

  void check_characters(const YNode& n) {
    std::string_view v = n.value;
    bool warned_invisible = false;
    for (size_t i = 0; i < v.size();) {
      unsigned cp = 0;
      size_t len = utf8_decode(v, i, cp);
      if (len == 0) { len = 1; cp = static_cast<unsigned char>(v[i]); }
      if (invisible_cp(cp) && !warned_invisible) {
        warned_invisible = true;
        Finding f = d01(n.pos, Text{"de tekst bevat het onzichtbare teken ", "the text contains the invisible character "} +
                                   hex_cp(cp) +
                                   Text{", dat de tekst anders kan laten lezen dan hij is (leesrichting, breedte nul)",
                                        ", which can make the text read differently from what it is (direction, zero width)"},
                        {"verwijder het teken, tenzij het echt nodig is", "remove the character unless it is really needed"});
        f.severity = Severity::waarschuwing;
        findings_.push_back(std::move(f));
      }
      if (forbidden_cp(cp)) {
        findings_.push_back(d01(n.pos, Text{"de tekst bevat het stuurteken ", "the text contains the control character "} +
                                           hex_cp(cp) +
                                           Text{", dat niet in een document (XML) kan staan",
                                                ", which a document (XML) cannot carry"},
                                {"verwijder het teken (vaak meegekomen bij kopiëren uit een ander programma)",
                                 "remove the character (often carried along when copying from another program)"}));
        return;
      }
      i += len;
    }
  }

  void open(YNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth)
      throw Stop{d01(to_pos(mark), Text{"het bestand is dieper genest dan ", "the file is nested deeper than "} +
                                       std::to_string(limits_.max_depth) +
                                       Text{" niveaus; een regiobestand heeft er hooguit zes",
                                            " levels; a region file has six at most"})};
    Frame f;
    f.node.kind = kind;
    f.node.pos = to_pos(mark);
    f.anchor = anchor;
    if (anchor) open_anchors_.insert(anchor);
    stack_.push_back(std::move(f));
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    if (f.anchor) open_anchors_.erase(f.anchor);
    finish(std::move(f.node), f.anchor);
  }

  // A complete node: remember its anchor, then hand it to its parent.
  void finish(YNode n, YAML::anchor_t anchor) {
    if (anchor) anchors_[anchor] = n;
    if (stack_.empty()) {
      root_ = std::make_unique<YNode>(std::move(n));
      return;
    }
    Frame& top = stack_.back();
    if (top.node.kind == YNode::Kind::seq) {
      top.node.items.push_back(std::move(n));
      return;
    }
    if (top.want_key) {
      top.want_key = false;
      if (n.kind == YNode::Kind::map || n.kind == YNode::Kind::seq)
        throw Stop{d01(n.pos, {"een sleutel moet een gewone naam zijn, geen lijst of blok",
                               "a key must be a plain name, not a list or block"})};
      // A hash of the keys so far: linear in the number of keys, where a
      // scan of the earlier keys was quadratic (1M keys took ~20 minutes).
      auto [it, fresh] = top.key_index.emplace(n.value, top.node.keys.size());
      if (!fresh) {
        findings_.push_back(d01(n.pos, Text{"dubbele sleutel '", "duplicate key '"} + n.value +
                                           Text{"' (staat al op regel ", "' (already on line "} +
                                           std::to_string(top.node.key_pos[it->second].line) +
                                           Text{"); alleen de eerste telt", "); only the first counts"},
                                {"voeg de twee samen of verwijder er één", "merge the two or remove one"}));
        top.skip_value = true;
        return;
      }
      top.node.keys.push_back(n.value);
      top.node.key_pos.push_back(n.pos);
      return;
    }
    top.want_key = true;
    if (top.skip_value) {
      top.skip_value = false;
      return;
    }
    top.node.items.push_back(std::move(n));
  }

  std::string_view text_;
  std::vector<size_t> line_starts_;
  const ParseLimits& limits_;
  Findings& findings_;
  std::vector<Frame> stack_;
  std::unique_ptr<YNode> root_;
  std::map<YAML::anchor_t, YNode> anchors_;
  std::set<YAML::anchor_t> open_anchors_;
  size_t alias_nodes_ = 0;
  int documents_ = 0;
  Pos pos_of_next_{1, 1};
};

// yaml-cpp's messages, in Dutch; the English one is yaml-cpp's own.
Text translate(const std::string& msg) {
  static const std::pair<const char*, const char*> table[] = {
      {YAML::ErrorMsg::END_OF_MAP, "einde van de mapping niet gevonden (klopt de inspringing?)"},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, "sluitende } ontbreekt"},
      {YAML::ErrorMsg::END_OF_SEQ, "einde van de lijst niet gevonden (klopt de inspringing?)"},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW, "sluitende ] ontbreekt"},
      {YAML::ErrorMsg::MAP_VALUE, "onverwachte ':' (staat de sleutel op de goede plek, of moet de tekst tussen aanhalingstekens?)"},
      {YAML::ErrorMsg::MAP_KEY, "onverwachte sleutel"},
      {YAML::ErrorMsg::BLOCK_ENTRY, "onverwachte '-' (klopt de inspringing van de lijst?)"},
      {YAML::ErrorMsg::EOF_IN_SCALAR, "het bestand eindigt midden in een tekst (ontbreekt een afsluitend aanhalingsteken?)"},
      {YAML::ErrorMsg::CHAR_IN_SCALAR, "ongeldig teken in tekst"},
      {YAML::ErrorMsg::FLOW_END, "onverwachte ] of }"},
      {YAML::ErrorMsg::UNKNOWN_TOKEN, "onbekend teken"},
      {YAML::ErrorMsg::TAB_IN_INDENTATION, "tab gebruikt voor inspringing; YAML staat alleen spaties toe"},
      {YAML::ErrorMsg::UNKNOWN_ANCHOR, "alias naar een onbekend anker"},
      {YAML::ErrorMsg::INVALID_ESCAPE, "onbekende escape-reeks in tekst tussen dubbele aanhalingstekens"},
      {YAML::ErrorMsg::CHAR_IN_BLOCK, "onverwacht teken in tekstblok"},
  };
  for (const auto& [en, nl] : table)
    if (msg.rfind(en, 0) == 0) return {nl, msg};
  return {"ongeldige YAML: " + msg, "invalid YAML: " + msg};
}

// The first line at or before `upto` whose indentation holds a tab.
Pos find_indent_tab(std::string_view text, int upto) {
  int line = 1;
  size_t i = 0;
  while (i < text.size() && line <= upto) {
    int col = 1;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
      if (text[i] == '\t') return {line, col};
      ++i, ++col;
    }
    while (i < text.size() && text[i] != '\n') ++i;
    ++i, ++line;
  }
  return {};
}

}  // namespace

ParseResult parse_yaml(std::string_view text, const ParseLimits& limits) {
  ParseResult r;
  if (!check_encoding(text, r.findings)) {
    r.fatal = true;
    return r;
  }
  try {
    std::istringstream in{std::string(text)};
    YAML::Parser parser(in);
    Builder b(text, limits, r.findings);
    while (parser.HandleNextDocument(b)) {
    }
    r.root = b.take();
    if (!b.has_document() || !r.root) {
      r.findings.push_back(d01({1, 1}, {"het bestand is leeg", "the file is empty"},
                               {"begin met 'zio init' voor een ingevuld voorbeeld", "start with 'zio init' for a filled-in example"}));
      r.fatal = true;
    }
  } catch (const Stop& s) {
    r.findings.push_back(s.finding);
    r.fatal = true;
  } catch (const YAML::DeepRecursion& e) {
    r.findings.push_back(d01({e.mark.line + 1, e.mark.column + 1},
                             {"het bestand is te diep genest; een regiobestand heeft hooguit zes niveaus",
                              "the file is nested too deeply; a region file has six levels at most"}));
    r.fatal = true;
  } catch (const YAML::Exception& e) {
    Pos pos{e.mark.line + 1, e.mark.column + 1};
    if (e.mark.is_null()) pos = {1, 1};
    Pos tab = find_indent_tab(text, pos.line);
    if (tab.known())
      r.findings.push_back(d01(tab, {"tab gebruikt voor inspringing; YAML staat alleen spaties toe",
                                     "tab used for indentation; YAML allows spaces only"},
                               {"vervang de tab door spaties", "replace the tab with spaces"}));
    else
      r.findings.push_back(d01(pos, translate(e.msg)));
    r.fatal = true;
  }
  if (r.fatal) r.root.reset();
  return r;
}

Text read_error_message(const ReadStatus& s, size_t max_bytes, const Text& too_large_note) {
  switch (s.error) {
    case ReadError::none: return {};
    case ReadError::not_found:
      return {"bestand niet gevonden; controleer het pad", "file not found; check the path"};
    case ReadError::is_directory: return {"dit is een map, geen bestand", "this is a directory, not a file"};
    case ReadError::not_regular:
      return {"dit is geen gewoon bestand (maar een apparaat, pipe of socket); geef een bestand op",
              "this is not a regular file (but a device, pipe or socket); name a file"};
    case ReadError::permission:
      return {"geen toestemming om het bestand te lezen; controleer de rechten",
              "no permission to read the file; check its permissions"};
    case ReadError::loop:
      return {"de symbolische koppeling verwijst (via andere koppelingen) naar zichzelf",
              "the symbolic link refers (through other links) to itself"};
    case ReadError::io:
      return {"het bestand kan niet worden gelezen: invoer-/uitvoerfout van de schijf of het bestandssysteem",
              "the file cannot be read: input/output error of the disk or file system"};
    case ReadError::too_large:
      return Text{"het bestand is te groot (", "the file is too large ("} + std::to_string(s.size >> 20) +
             Text{" MB; hooguit ", " MB; at most "} + std::to_string(max_bytes >> 20) + " MB)" + too_large_note;
    case ReadError::other: break;
  }
  return Text{"kan het bestand niet lezen: ", "cannot read the file: "} + std::strerror(s.err);
}

bool read_file(const std::string& path, std::string& out, Finding& error, size_t max_bytes) {
  ReadStatus s = read_regular_file(path, out, max_bytes);
  if (s) return true;
  Text hint;
  if (s.error == ReadError::is_directory)
    hint = {"geef de YAML-bestanden in de map op, bijvoorbeeld map/*.yaml", "name the YAML files in it, e.g. dir/*.yaml"};
  error = d01({}, read_error_message(s, max_bytes, {"; een regiobestand is enkele tientallen kB",
                                                     "; a region file is some tens of kB"}),
              hint);
  return false;
}

}  // namespace zio
