#pragma once
// The starter region file of `zio init`: every key with a comment on each.
// Its placeholder values come from starter_texts() (placeholders.h), so rule
// D08 recognises each of them. Kept in the library (not cli/) so that other
// front ends (a web form) can offer the same starter.
#include <stdexcept>
#include <string>

#include "model/text.h"

namespace zio {

// A jeugdregio code the CBS lists do not know; what() is in the language
// asked for.
struct UnknownRegion : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

// The starter file in `lang`. With a jeugdregio code ("JZ14"), the region's
// name, every gemeente of that jeugdregio (CBS code, and the name the
// gemeente uses: "Gemeente Hengelo" for CBS "Hengelo (O.)") and the
// zorgkantoor region(s) of those gemeenten are filled in from the compiled-in
// CBS data of `year`; only the real questions stay open. Without one, a
// generic file with placeholder parties. Throws UnknownRegion for an unknown
// code, std::runtime_error when the template resource is broken.
std::string starter_yaml(const std::string& jeugdregio, Lang lang, int year = 2026);

}  // namespace zio
