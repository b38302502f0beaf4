// D02 schema: required keys, types, enum values, unknown keys. Applied by
// the loader (load/reader.cpp) while it reads the file into the model.
#include "rules/rule.h"
#include "rules/sources.h"

namespace zio::rules {

extern const Rule D02 = {
    {"D02", "schema", Severity::fout,
     {"Verplichte sleutels, soorten waarden en toegestane waarden kloppen", "Required keys, value types and allowed values are right"},
     sources::format,
     {"De sleutels en waarden van het regiobestand liggen vast in het invoerformaat (schemas/regio.schema.json). "
      "Een verkeerd gespelde sleutel wordt anders stilzwijgend genegeerd, en een afspraak die de gebruiker "
      "dacht te maken staat dan niet in het contract.",
      "The keys and values of a region file are fixed by the input format (schemas/regio.schema.json). "
      "A misspelt key would otherwise be ignored silently, and an arrangement the user meant to make "
      "would be missing from the contract."},
     {"Gebruik de sleutels en waarden uit het formaat; zio noemt bij een onbekende sleutel de bedoelde. "
      "Met de schemaregel bovenaan (# yaml-language-server: $schema=...) helpt de editor al tijdens het typen.",
      "Use the keys and values of the format; for an unknown key zio names the intended one. With the "
      "schema line at the top (# yaml-language-server: $schema=...) the editor helps while typing."}},
    nullptr};

}  // namespace zio::rules
