#pragma once
// What the pages of `zio serve` show, as JSON and document bytes, made
// with the same library calls as the commands: validate_file/run_rules for
// findings, prepare_validated + build_document for documents (one
// renderer: the preview is the HTML writer's own output), and the report
// stage for the report. No HTTP here; server.cpp maps requests onto this.
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "model/text.h"
#include "render/formats.h"
#include "serve/folder.h"

namespace zio::serve {

// An answer that is not JSON or a document: an HTTP status and a message.
struct Failure {
  int status = 0;  // 0: none
  Text message;
};

class Workspace {
 public:
  Workspace(Folder& folder, Lang lang) : folder_(folder), lang_(lang) {}
  Lang lang() const { return lang_; }
  Folder& folder() { return folder_; }

  // Every file of the folder: name, version, kind, region name, status,
  // peildatum, counts of fouten / waarschuwingen / info, whether a
  // signable contract can be made, or why it is unreadable. Files are
  // validated again only when their version changed.
  nlohmann::json overview();

  // The versions only (cheap), for following outside edits.
  nlohmann::json versions() const;

  // A file's text and version, and its findings as check() gives them.
  nlohmann::json open(const std::string& name, const std::string& what, Failure& fail);

  // Findings of `text` (as if saved as `name`) and the HTML preview of
  // `what` (contract | checklist): a contract with fouten is previewed as
  // the CONCEPT the command line would make with --concept.
  nlohmann::json check(const std::string& name, const std::string& text, const std::string& what);

  // The document `what` of the saved file `name` in `format`, as the
  // command line makes it: a contract with fouten only as CONCEPT.
  // `filename` is the suggested download name.
  bool download(const std::string& name, const std::string& what, Format format, std::string& bytes,
                std::string& filename, Failure& fail);

  // `zio report DIR` in `format`.
  bool report(Format format, std::string& bytes, Failure& fail);

 private:
  Folder& folder_;
  Lang lang_;
  std::mutex cache_mutex_;
  std::map<std::string, std::pair<std::string, nlohmann::json>> cache_;  // name -> (version, row)
};

// The strings of the page in the server's language (ui_text.cpp).
nlohmann::json ui_strings(Lang lang);

}  // namespace zio::serve
