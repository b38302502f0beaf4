// Every text of the page of `zio serve`, Dutch and English: the page takes
// them from /api/strings, so no user-facing string lives in JavaScript.
// {name} marks a value the page fills in.
#include <utility>
#include <vector>

#include "serve/workspace.h"

namespace zio::serve {

namespace {

const std::vector<std::pair<const char*, Text>> strings = {
    {"skip", {"Naar de inhoud", "Skip to content"}},
    {"nav", {"Hoofdmenu", "Main menu"}},
    {"nav_overview", {"Overzicht", "Overview"}},
    {"nav_report", {"Rapportage", "Report"}},
    {"overview_heading", {"Regiobestanden in deze map", "Region files in this folder"}},
    {"overview_caption", {"Elke regio met haar status en bevindingen; kies een bestand om het te bekijken en te bewerken.",
                          "Each region with its status and findings; choose a file to view and edit it."}},
    {"overview_empty", {"Er staan geen regiobestanden (*.yaml, *.yml) in deze map.",
                        "There are no region files (*.yaml, *.yml) in this folder."}},
    {"col_file", {"Bestand", "File"}},
    {"col_name", {"Regio", "Region"}},
    {"col_status", {"Status", "Status"}},
    {"col_peildatum", {"Peildatum", "Reference date"}},
    {"col_fouten", {"Fouten", "Errors"}},
    {"col_waarschuwingen", {"Waarschuwingen", "Warnings"}},
    {"col_info", {"Info", "Info"}},
    {"col_signable", {"Contract te ondertekenen", "Contract signable"}},
    {"yes", {"ja", "yes"}},
    {"no", {"nee (eerst de fouten oplossen)", "no (fix the errors first)"}},
    {"not_region", {"geen regiobestand", "not a region file"}},
    {"new_heading", {"Nieuwe regio uit de CBS-gegevens", "New region from the CBS data"}},
    {"new_intro", {"Maakt hetzelfde bestand als zio init --jeugdregio: de gemeenten en zorgkantoorregio's ingevuld, de rest nog te beantwoorden.",
                   "Makes the same file as zio init --jeugdregio: the gemeenten and zorgkantoorregio's filled in, the rest still to answer."}},
    {"new_jeugdregio", {"Jeugdregio", "Youth care region (jeugdregio)"}},
    {"new_name", {"Bestandsnaam", "File name"}},
    {"new_submit", {"Maak het bestand", "Make the file"}},
    {"unreadable_heading", {"Onleesbare bestanden", "Unreadable files"}},
    {"counts", {"{f} fouten, {w} waarschuwingen, {i} info", "{f} errors, {w} warnings, {i} info"}},
    {"signable", {"het contract kan ter ondertekening worden gemaakt", "the contract can be made for signing"}},
    {"not_signable", {"het contract kan alleen als CONCEPT worden gemaakt", "the contract can only be made as a DRAFT (CONCEPT)"}},
    {"editor_heading", {"Bestand", "File"}},
    {"editor_label", {"YAML van het regiobestand", "YAML of the region file"}},
    {"save", {"Opslaan", "Save"}},
    {"saved", {"Opgeslagen; de vorige versie staat in .zio/geschiedenis.", "Saved; the previous version is in .zio/geschiedenis."}},
    {"saved_state", {"Alles opgeslagen.", "All saved."}},
    {"unsaved", {"Niet opgeslagen wijzigingen.", "Unsaved changes."}},
    {"conflict_heading", {"Het bestand is intussen veranderd", "The file has changed in the meantime"}},
    {"conflict_mine", {"Uw versie (niet opgeslagen)", "Your version (not saved)"}},
    {"conflict_disk", {"De versie op schijf", "The version on disk"}},
    {"take_disk", {"Neem de versie op schijf", "Take the version on disk"}},
    {"keep_mine", {"Sla toch mijn versie op", "Save my version anyway"}},
    {"changed_outside", {"Het bestand is buiten deze pagina gewijzigd; de nieuwe versie is geladen.",
                         "The file was changed outside this page; the new version is loaded."}},
    {"changed_outside_dirty", {"Het bestand is buiten deze pagina gewijzigd, en u hebt wijzigingen die niet zijn opgeslagen. "
                               "Bij opslaan ziet u beide versies.",
                               "The file was changed outside this page, and you have unsaved changes. "
                               "When you save you will see both versions."}},
    {"findings_heading", {"Bevindingen", "Findings"}},
    {"no_findings", {"Geen bevindingen.", "No findings."}},
    {"line", {"regel {n}:", "line {n}:"}},
    {"no_line", {"bestand:", "file:"}},
    {"source", {"Bron: {s}", "Source: {s}"}},
    {"fix", {"Oplossing: {s}", "Fix: {s}"}},
    {"preview_heading", {"Voorbeeld", "Preview"}},
    {"preview_frame", {"Voorbeeld van het document", "Preview of the document"}},
    {"doc_label", {"Document", "Document"}},
    {"doc_contract", {"Samenwerkingsovereenkomst", "Cooperation agreement"}},
    {"doc_checklist", {"Checklist (leidraad)", "Checklist (leidraad)"}},
    {"concept_note", {"Er zijn fouten: dit is een CONCEPT, zoals zio render --concept het maakt.",
                      "There are errors: this is a draft (CONCEPT), as zio render --concept makes it."}},
    {"downloads_heading", {"Downloaden", "Download"}},
    {"downloads_note", {"Van de opgeslagen versie. Met fouten is het contract alleen een CONCEPT; PDF vraagt LibreOffice.",
                        "Of the saved version. With errors the contract is only a draft (CONCEPT); PDF needs LibreOffice."}},
    {"download_odt", {"OpenDocument (.odt)", "OpenDocument (.odt)"}},
    {"download_docx", {"Word (.docx)", "Word (.docx)"}},
    {"download_pdf", {"PDF (.pdf)", "PDF (.pdf)"}},
    {"download_md", {"Markdown (.md)", "Markdown (.md)"}},
    {"pdf_missing", {"PDF kan hier niet gemaakt worden: LibreOffice is niet geïnstalleerd (Debian-pakket libreoffice-writer-nogui).",
                     "PDF cannot be made here: LibreOffice is not installed (Debian package libreoffice-writer-nogui)."}},
    {"no_downloads", {"Geen documenten: het opgeslagen bestand is geen leesbaar regiobestand.",
                      "No documents: the saved file is not a readable region file."}},
    {"report_heading", {"Voortgangsrapportage", "Progress report"}},
    {"report_frame", {"De voortgangsrapportage over deze map", "The progress report over this folder"}},
    {"error", {"Fout: {m}", "Error: {m}"}},
};

}  // namespace

nlohmann::json ui_strings(Lang lang) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [key, text] : strings) j[key] = text.in(lang);
  return j;
}

}  // namespace zio::serve
