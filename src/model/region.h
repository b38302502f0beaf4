#pragma once
// Plain structs of the domain, one per object of format v1
// (docs/format.md). Every value remembers where it was written,
// so any rule can point at the line that matters.
#include <string>
#include <vector>

#include "model/date.h"
#include "model/pos.h"

namespace zio {

// A value from the file: `set` is false when the key was absent (or had the
// wrong type, which the loader reported already); `pos` is the value's place,
// or of the key when the value is empty.
template <class T>
struct Val {
  T v{};
  Pos pos;
  bool set = false;
  const T& operator*() const { return v; }
  const T* operator->() const { return &v; }
};

using Str = Val<std::string>;
using Int = Val<long long>;
using Num = Val<double>;
using Bool = Val<bool>;
using DateVal = Val<Date>;
using IdList = Val<std::vector<Str>>;

// True when the key is present with a non-blank text.
bool filled(const Str& s);

// An optional sub-object of the file: `set` when the key was present.
struct Section {
  Pos pos;
  bool set = false;
};

struct Ondertekenaar : Section {
  Str naam, functie;
  DateVal datum;
};

struct Partij : Section {
  Str id, soort, naam, code, sector, rol;
  Ondertekenaar ondertekenaar;
};

struct Herkomst : Section {
  Str gemeente;
  Int leerlingen;
};

struct School : Section {
  Str id, naam, brin, vestiging, soort, schoolbestuur;
  Val<std::vector<Int>> clusters;
  IdList samenwerkingsverbanden, zorgaanbieders;
  Int leerlingen;
  Val<std::vector<Herkomst>> herkomst;

  bool has_cluster(long long c) const;
};

// `niet_van_toepassing` (onderwijsondersteuning, jeugdhulp, wlz): the
// reason this law has nothing to arrange here (a cluster-4 school without
// Wlz pupils); it satisfies W05 and the contract prints it.
struct Onderwijsondersteuning : Section {
  IdList financiers;
  Str omschrijving, niet_van_toepassing;
};

struct Jeugdhulp : Section {
  Str vorm;
  IdList financiers;
  Str inkoper;
  IdList aanbieders;
  Num budget_per_jaar;
  Str omschrijving, niet_van_toepassing;
};

struct Wlz : Section {
  Str vorm, financier;
  IdList aanbieders;
  Str prestatie, omschrijving, niet_van_toepassing;
};

// One insurer (`financier`) or several (`financiers`); rules read both.
struct Zvw : Section {
  Str financier, omschrijving;
  IdList financiers;
};

// A cluster 3/4 school that joins the agreement later (phased coverage).
struct Fase : Section {
  Str school;
  DateVal vanaf;
};

// A clause of the region's own, printed as an article of the contract.
struct Artikel : Section {
  Str titel, tekst;
};

struct Pgb : Section {
  Bool maatwerk_mogelijk;
  Str voorwaarden;
};

struct Geschillenregeling : Section {
  Str vorm, instantie;
  Int termijn_weken;
  Str omschrijving;
};

struct Doorzettingsmacht : Section {
  Str belegd_bij;
};

struct Ouders : Section {
  Str aanspreekpunt;
  Bool inspraak_aanbieder;
};

struct Looptijd : Section {
  DateVal ingang, einde;
};

struct Evaluatie : Section {
  DateVal datum;
};

struct Emb : Section {
  Int leerlingen;
  Num bedrag_per_leerling;
  Str schooljaar;
};

struct Afspraken : Section {
  IdList scholen;
  Onderwijsondersteuning onderwijsondersteuning;
  Jeugdhulp jeugdhulp;
  Wlz wlz;
  Zvw zvw;
  Pgb pgb;
  Geschillenregeling geschillenregeling;
  Doorzettingsmacht doorzettingsmacht;
  Ouders ouders;
  Str zorg_thuis, gegevensuitwisseling, buiten_regio;
  Looptijd looptijd;
  Evaluatie evaluatie;
  Emb emb;
  Val<std::vector<Fase>> fasering;
  Val<std::vector<Artikel>> overige_artikelen;
};

// Whether a law's part of the agreement is arranged: present and not
// declared niet_van_toepassing.
template <class Part>
bool arranged(const Part& p) {
  return p.set && !filled(p.niet_van_toepassing);
}

struct Regio : Section {
  Str naam, jeugdregio, status;
  DateVal peildatum;
};

// One region file: one agreement of one region.
struct Region {
  Pos root;  // the document's first node
  Int zio;
  Regio regio;
  Val<std::vector<Partij>> partijen;
  Val<std::vector<School>> scholen;
  Afspraken afspraken;
};

struct Actie : Section {
  Int nummer;
  Str titel, status, toelichting;
};

struct Motie : Section {
  Str kamerstuk;
  IdList indieners;
  Str onderwerp, status, toelichting;
};

struct Rapportage : Section {
  Str titel, kenmerk;
  DateVal peildatum;
};

// The national file (landelijk.yaml) for the progress summary.
struct National {
  Pos root;
  Int zio;
  Rapportage rapportage;
  Val<std::vector<Actie>> acties;
  Val<std::vector<Motie>> moties;
};

}  // namespace zio
