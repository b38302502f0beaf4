// D01 yaml: the file can be read and parsed. Applied by the loader
// (load/yaml_tree.cpp), which knows the line and column of the failure.
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

extern const Rule D01 = {
    {"D01", "yaml", Severity::fout,
     {"Het bestand is leesbare YAML", "The file is readable YAML"},
     sources::format,
     {"Een regiobestand is YAML-tekst in UTF-8. Een bestand dat niet te lezen is, kan niet worden "
      "gecontroleerd: zio meldt de regel en kolom waar het misgaat. Ook wat YAML-lezers stilzwijgend "
      "toelaten wordt hier geweigerd: dubbele sleutels (welke telt?), aliassen die naar zichzelf "
      "verwijzen of exploderen, stuurtekens die niet in een document kunnen, tabs als inspringing.",
      "A region file is YAML text in UTF-8. A file that cannot be read cannot be checked: zio reports "
      "the line and column where it fails. What YAML readers let through silently is refused here too: "
      "duplicate keys (which one counts?), aliases that refer to themselves or explode, control "
      "characters a document cannot carry, tabs as indentation."},
     {"Herstel de YAML op de genoemde plek: spring in met spaties, sluit aanhalingstekens en haken, "
      "en sla het bestand op als UTF-8.",
      "Repair the YAML at the reported place: indent with spaces, close quotes and brackets, and save "
      "the file as UTF-8."}},
    nullptr};

}  // namespace zio::rules
