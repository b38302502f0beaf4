#include "render/formats.h"

#include <algorithm>
#include <cctype>

#include "render/pdf.h"
#include "util/text.h"

namespace zio {

namespace {
std::string pdf_fingerprint(std::string_view file) { return read_fingerprint_pdf(std::string(file)); }
}  // namespace

const std::vector<FormatInfo>& output_formats() {
  static const std::vector<FormatInfo> table = {
      {Format::markdown, "md", {"md", "markdown"}, nullptr, false, false, nullptr, Format::unknown, nullptr},
      {Format::html, "html", {"html", "htm"}, "templates/html/style.css", true, false, write_html, Format::unknown,
       read_fingerprint_html},
      {Format::odt, "odt", {"odt"}, "templates/odt/styles.xml", true, false, write_odt, Format::unknown,
       read_fingerprint_odt},
      {Format::docx, "docx", {"docx"}, "templates/docx/styles.xml", true, true, write_docx, Format::unknown,
       read_fingerprint_docx},
      {Format::pdf, "pdf", {"pdf"}, nullptr, true, false, nullptr, Format::odt, pdf_fingerprint},
  };
  return table;
}

const FormatInfo* format_info(Format f) {
  for (const FormatInfo& info : output_formats())
    if (info.format == f) return &info;
  return nullptr;
}

Format format_of_extension(std::string ext) {
  if (!ext.empty() && ext.front() == '.') ext.erase(0, 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const FormatInfo& info : output_formats())
    for (const char* e : info.extensions)
      if (ext == e) return info.format;
  return Format::unknown;
}

std::string extension_list(Lang lang) {
  std::vector<std::string> items;
  for (const FormatInfo& info : output_formats()) items.push_back(std::string(".") + info.extensions.front());
  return join(items, ", ", lang == Lang::en ? " or " : " of ");
}

std::string format_name_list(Lang lang) {
  std::vector<std::string> items;
  for (const FormatInfo& info : output_formats()) items.push_back(info.name);
  return join(items, ", ", lang == Lang::en ? " and " : " en ");
}

}  // namespace zio
