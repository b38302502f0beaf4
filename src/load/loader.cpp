#include "load/loader.h"

#include "load/canonical.h"

namespace zio {

namespace values {
const std::vector<std::string> status = {"concept", "ter_ondertekening", "ondertekend"};
const std::vector<std::string> partij_soort = {"gemeente",      "samenwerkingsverband", "zorgkantoor",
                                               "schoolbestuur", "zorgaanbieder",        "zorgverzekeraar"};
const std::vector<std::string> sector = {"po", "vo"};
const std::vector<std::string> school_soort = {"so", "vso", "so-vso"};
const std::vector<std::string> clusters = {"1", "2", "3", "4"};
const std::vector<std::string> jeugdhulp_vorm = {"vrij_toegankelijk", "collectief_ingekocht", "individueel"};
const std::vector<std::string> wlz_vorm = {"collectief_natura", "individueel_natura"};
const std::vector<std::string> wlz_prestatie = {"begeleiding", "experiment_zio"};
const std::vector<std::string> geschil_vorm = {"mediation", "bindend_advies", "arbitrage", "geschillencommissie"};
const std::vector<std::string> actie_status = {"gepland", "in_uitvoering", "afgerond", "vertraagd", "gestopt"};
const std::vector<std::string> motie_status = {"afgedaan", "in_behandeling"};
}  // namespace values

namespace {

void read_region(Obj& root, Region& r) {
  root.integer("zio", r.zio, Req::required);
  root.object("regio", r.regio, [&](Obj& o) {
    o.str("naam", r.regio.naam, Req::required);
    o.str("jeugdregio", r.regio.jeugdregio);
    o.date("peildatum", r.regio.peildatum, Req::required);
    o.choice("status", r.regio.status, values::status);
  }, Req::required);
  root.objects<Partij>("partijen", r.partijen, [](Obj& o, Partij& p) {
    o.id("id", p.id, Req::required);
    o.choice("soort", p.soort, values::partij_soort, Req::required);
    o.str("naam", p.naam, Req::required);
    o.str("code", p.code);
    o.choice("sector", p.sector, values::sector);
    o.str("rol", p.rol);
    o.object("ondertekenaar", p.ondertekenaar, [&](Obj& s) {
      s.str("naam", p.ondertekenaar.naam, Req::required);
      s.str("functie", p.ondertekenaar.functie);
      s.date("datum", p.ondertekenaar.datum);
    });
  }, Req::required);
  root.objects<School>("scholen", r.scholen, [](Obj& o, School& s) {
    o.id("id", s.id, Req::required);
    o.str("naam", s.naam, Req::required);
    o.str("brin", s.brin);
    o.str("vestiging", s.vestiging);
    o.int_list("clusters", s.clusters, values::clusters, Req::required);
    o.choice("soort", s.soort, values::school_soort);
    o.str("schoolbestuur", s.schoolbestuur);
    o.id_list("samenwerkingsverbanden", s.samenwerkingsverbanden);
    o.integer("leerlingen", s.leerlingen);
    o.objects<Herkomst>("herkomst", s.herkomst, [](Obj& h, Herkomst& x) {
      h.str("gemeente", x.gemeente, Req::required);
      h.integer("leerlingen", x.leerlingen, Req::required);
    });
    o.id_list("zorgaanbieders", s.zorgaanbieders);
  }, Req::required);
  Afspraken& a = r.afspraken;
  root.object("afspraken", a, [&](Obj& o) {
    o.id_list("scholen", a.scholen);
    o.object("onderwijsondersteuning", a.onderwijsondersteuning, [&](Obj& x) {
      x.id_list("financiers", a.onderwijsondersteuning.financiers);
      x.str("omschrijving", a.onderwijsondersteuning.omschrijving);
      x.str("niet_van_toepassing", a.onderwijsondersteuning.niet_van_toepassing);
    });
    o.object("jeugdhulp", a.jeugdhulp, [&](Obj& x) {
      x.choice("vorm", a.jeugdhulp.vorm, values::jeugdhulp_vorm);
      x.id_list("financiers", a.jeugdhulp.financiers);
      x.str("inkoper", a.jeugdhulp.inkoper);
      x.id_list("aanbieders", a.jeugdhulp.aanbieders);
      x.number("budget_per_jaar", a.jeugdhulp.budget_per_jaar);
      x.str("omschrijving", a.jeugdhulp.omschrijving);
      x.str("niet_van_toepassing", a.jeugdhulp.niet_van_toepassing);
    });
    o.object("wlz", a.wlz, [&](Obj& x) {
      x.choice("vorm", a.wlz.vorm, values::wlz_vorm);
      x.str("financier", a.wlz.financier);
      x.id_list("aanbieders", a.wlz.aanbieders);
      x.choice("prestatie", a.wlz.prestatie, values::wlz_prestatie);
      x.str("omschrijving", a.wlz.omschrijving);
      x.str("niet_van_toepassing", a.wlz.niet_van_toepassing);
    });
    o.object("zvw", a.zvw, [&](Obj& x) {
      x.str("financier", a.zvw.financier);
      x.id_list("financiers", a.zvw.financiers);
      x.str("omschrijving", a.zvw.omschrijving);
    });
    o.object("pgb", a.pgb, [&](Obj& x) {
      x.boolean("maatwerk_mogelijk", a.pgb.maatwerk_mogelijk);
      x.str("voorwaarden", a.pgb.voorwaarden);
    });
    o.object("geschillenregeling", a.geschillenregeling, [&](Obj& x) {
      x.choice("vorm", a.geschillenregeling.vorm, values::geschil_vorm);
      x.str("instantie", a.geschillenregeling.instantie);
      x.integer("termijn_weken", a.geschillenregeling.termijn_weken);
      x.str("omschrijving", a.geschillenregeling.omschrijving);
    });
    o.object("doorzettingsmacht", a.doorzettingsmacht,
             [&](Obj& x) { x.str("belegd_bij", a.doorzettingsmacht.belegd_bij); });
    o.object("ouders", a.ouders, [&](Obj& x) {
      x.str("aanspreekpunt", a.ouders.aanspreekpunt);
      x.boolean("inspraak_aanbieder", a.ouders.inspraak_aanbieder);
    });
    o.str("zorg_thuis", a.zorg_thuis);
    o.str("gegevensuitwisseling", a.gegevensuitwisseling);
    o.str("buiten_regio", a.buiten_regio);
    o.object("looptijd", a.looptijd, [&](Obj& x) {
      x.date("ingang", a.looptijd.ingang);
      x.date("einde", a.looptijd.einde);
    });
    o.object("evaluatie", a.evaluatie, [&](Obj& x) { x.date("datum", a.evaluatie.datum); });
    o.object("emb", a.emb, [&](Obj& x) {
      x.integer("leerlingen", a.emb.leerlingen);
      x.number("bedrag_per_leerling", a.emb.bedrag_per_leerling);
      x.str("schooljaar", a.emb.schooljaar);
    });
    o.objects<Fase>("fasering", a.fasering, [](Obj& x, Fase& f) {
      x.str("school", f.school, Req::required);
      x.date("vanaf", f.vanaf, Req::required);
    });
    o.objects<Artikel>("overige_artikelen", a.overige_artikelen, [](Obj& x, Artikel& t) {
      x.str("titel", t.titel, Req::required);
      x.str("tekst", t.tekst, Req::required);
    });
  }, Req::required);
}

void read_national(Obj& root, National& n) {
  root.integer("zio", n.zio, Req::required);
  root.object("rapportage", n.rapportage, [&](Obj& o) {
    o.str("titel", n.rapportage.titel, Req::required);
    o.date("peildatum", n.rapportage.peildatum, Req::required);
    o.str("kenmerk", n.rapportage.kenmerk);
  }, Req::required);
  root.objects<Actie>("acties", n.acties, [](Obj& o, Actie& a) {
    o.integer("nummer", a.nummer, Req::required);
    o.str("titel", a.titel, Req::required);
    o.choice("status", a.status, values::actie_status, Req::required);
    o.str("toelichting", a.toelichting);
  });
  root.objects<Motie>("moties", n.moties, [](Obj& o, Motie& m) {
    o.str("kamerstuk", m.kamerstuk, Req::required);
    o.id_list("indieners", m.indieners);
    o.str("onderwerp", m.onderwerp);
    o.choice("status", m.status, values::motie_status, Req::required);
    o.str("toelichting", m.toelichting);
  });
}

void check_version(Reader& r, const Int& zio) {
  if (zio.set && zio.v != 1)
    r.schema_error(zio.pos, Text{"formaatversie ", "format version "} + std::to_string(zio.v) +
                                Text{" wordt niet ondersteund; deze zio leest versie 1",
                                     " is not supported; this zio reads version 1"});
}

// `alle-gemeenten` in a financiers list stands for every gemeente party:
// replaced here by their ids (at the reference's position), so rules and
// documents see the parties themselves.
void expand_alle_gemeenten(Region& r) {
  auto expand = [&](IdList& list) {
    std::vector<Str> out;
    for (const Str& s : list.v) {
      if (!(s.set && s.v == alle_gemeenten)) {
        out.push_back(s);
        continue;
      }
      for (const Partij& p : r.partijen.v)
        if (p.soort.set && p.soort.v == "gemeente" && filled(p.id)) out.push_back(Str{p.id.v, s.pos, true});
    }
    list.v = std::move(out);
  };
  expand(r.afspraken.onderwijsondersteuning.financiers);
  expand(r.afspraken.jeugdhulp.financiers);
  expand(r.afspraken.zvw.financiers);
}

void collect_leaves(const YNode& n, const std::string& path, const std::string& where, std::vector<Leaf>& out) {
  if (n.is_scalar()) {
    out.push_back(Leaf{path, n.value, n.pos, where});
  } else if (n.is_seq()) {
    for (size_t i = 0; i < n.items.size(); ++i)
      collect_leaves(n.items[i], path + "[]", where + "[" + std::to_string(i) + "]", out);
  } else if (n.is_map()) {
    for (size_t i = 0; i < n.keys.size(); ++i)
      collect_leaves(n.items[i], path.empty() ? n.keys[i] : path + "." + n.keys[i],
                     where.empty() ? n.keys[i] : where + "." + n.keys[i], out);
  }
}

}  // namespace

std::string Document::line(int n) const {
  if (n < 1) return {};
  if (indexed_size_ != text.size()) {  // first use, or the text was replaced
    line_starts_.assign(1, 0);
    for (size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1)) line_starts_.push_back(i + 1);
    indexed_size_ = text.size();
  }
  if (static_cast<size_t>(n) > line_starts_.size()) return {};
  size_t start = line_starts_[static_cast<size_t>(n) - 1];
  if (start > text.size()) return {};
  size_t end = text.find('\n', start);
  std::string l = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!l.empty() && l.back() == '\r') l.pop_back();
  return l;
}

Document load_text(std::string path, std::string text, KeyCatalog* catalog, bool want_fingerprint) {
  Document doc;
  doc.path = std::move(path);
  doc.text = std::move(text);
  ParseResult parsed = parse_yaml(doc.text);
  doc.findings = std::move(parsed.findings);
  if (parsed.fatal) {
    doc.fatal = true;
    return doc;
  }
  const YNode& root = *parsed.root;
  if (want_fingerprint) doc.fingerprint = fingerprint_of(root);
  Reader reader(doc.findings, catalog);
  if (!root.is_map()) {
    reader.schema_error(root.pos,
                        {"het bestand moet een blok met sleutels zijn (zio, regio, partijen, scholen, afspraken), "
                         "geen lijst of losse waarde",
                         "the file must be a block of keys (zio, regio, partijen, scholen, afspraken), "
                         "not a list or a single value"},
                        {"begin met 'zio init' voor een ingevuld voorbeeld", "start with 'zio init' for a filled-in example"});
    return doc;
  }
  bool national = root.get("rapportage") && !root.get("regio");
  doc.kind = national ? FileKind::national : FileKind::region;
  Obj obj(reader, &root, "", root.pos);
  if (national) {
    doc.national.root = root.pos;
    read_national(obj, doc.national);
    check_version(reader, doc.national.zio);
  } else {
    doc.region.root = root.pos;
    read_region(obj, doc.region);
    expand_alle_gemeenten(doc.region);
    collect_leaves(root, "", "", doc.leaves);
    check_version(reader, doc.region.zio);
  }
  return doc;
}

Document load_file(const std::string& path, KeyCatalog* catalog, bool want_fingerprint) {
  std::string text;
  Finding error;
  if (!read_file(path, text, error, ParseLimits{}.max_bytes)) {
    Document doc;
    doc.path = path;
    doc.fatal = true;
    doc.findings.push_back(error);
    return doc;
  }
  return load_text(path, std::move(text), catalog, want_fingerprint);
}

}  // namespace zio
