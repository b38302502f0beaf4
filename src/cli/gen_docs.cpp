// Writes the man pages and shell completions from the help table at build
// time: gen_docs OUTDIR -> OUTDIR/man/zio.1, OUTDIR/man/en/zio.1,
// OUTDIR/completions/zio (bash), OUTDIR/completions/_zio (zsh).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/help.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc != 2) {
    std::cerr << "usage: zio_gen_docs OUTDIR\n";
    return 2;
  }
  fs::path out = argv[1];
  using namespace zio::cli::help;
  struct File {
    fs::path path;
    std::string text;
  } files[] = {{out / "man" / "zio.1", man_page(zio::Lang::nl)},
               {out / "man" / "en" / "zio.1", man_page(zio::Lang::en)},
               {out / "completions" / "zio", bash_completion()},
               {out / "completions" / "_zio", zsh_completion()}};
  for (const File& f : files) {
    fs::create_directories(f.path.parent_path());
    std::ofstream o(f.path, std::ios::binary);
    o << f.text;
    if (!o) {
      std::cerr << "zio_gen_docs: cannot write " << f.path << "\n";
      return 2;
    }
  }
  return 0;
}
