#pragma once
// The documents the rules rest on, cited once here (seeds/README.md).
#include "model/text.h"

namespace zio::sources {

inline const Text brief2026{
    "Kamerbrief verbeteraanpak Zorg in Onderwijstijd (2026, kenmerk 4334791-1084544-J)",
    "Letter to Parliament on the Zorg in Onderwijstijd improvement plan (2026, ref. 4334791-1084544-J)"};
inline const Text brief2021{
    "Kamerbrief samenwerking onderwijs en (jeugd)zorg (2021)",
    "Letter to Parliament on cooperation between education and (youth) care (2021)"};
inline const Text brief2019{
    "Kamerbrief onderwijs en zorg (2019)",
    "Letter to Parliament on education and care (2019)"};
inline const Text leidraad{
    "NJi Leidraad Zorg in Onderwijstijd (oktober 2025)",
    "NJi guide Zorg in Onderwijstijd (October 2025)"};
inline const Text format{
    "zio invoerformaat v1",
    "zio input format v1"};
inline const Text cbs{
    "CBS-gemeentelijst en regio-indelingen (data/README.md)",
    "CBS list of municipalities and regional divisions (data/README.md)"};

}  // namespace zio::sources
