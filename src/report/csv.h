#pragma once
// `zio report --csv`: one row per region file for those who work in Excel.
//
// Made for Dutch Excel, the spreadsheet the ministries' staff use: Excel
// splits a CSV on the list separator of the Windows regional settings, which
// is ';' for nl-NL (',' is the decimal sign there), and reads a CSV as ANSI
// (Windows-1252) unless it starts with a UTF-8 byte order mark. So: UTF-8
// with BOM, ';' between fields, CRLF after every row, fields quoted as in
// RFC 4180 (only when they hold ';', '"', CR or LF; a quote doubled).
// LibreOffice and pandas (encoding="utf-8-sig", sep=";") read it as well.
//  - header row in Dutch; values of the format (status, financing forms)
//    as written in the files, so filters match the spec's words;
//  - whole numbers without thousands separators; the mean with a decimal
//    comma and two decimals ("1,50"), empty when the region covers no school;
//  - yes/no as "ja"/"nee"; dates ISO (Excel NL reads 2026-03-01 as a date);
//  - a text field starting with = + - @ (or a tab/CR) gets a leading "'" so
//    Excel never runs text from a region file as a formula;
//  - unreadable files follow as rows with status "onleesbaar" and the
//    reason in "opmerking", so nothing is dropped from the sheet either.
#include <string>

#include "report/aggregate.h"

namespace zio {

std::string regions_csv(const Summary& s);

}  // namespace zio
