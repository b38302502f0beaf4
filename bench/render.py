#!/usr/bin/env python3
"""Time `zio render` against pandoc converting the same Markdown (issue 3).

    bench/render.py [--runs N] [--zio PATH] [--batch N] [--scale-files N]

In one run, interleaved so machine load hits both alike:
  (a) zio render contract examples/hart-van-brabant.yaml -o x.odt   (and .docx)
      one document per process: start-up, template parse and all
  (b) zio render contract <N copies of that file> -o DIR --to odt  (and docx)
      N documents in one process; time per document = wall / N
  (c) pandoc x.md -o x.odt   (and .docx), x.md being zio's own Markdown;
      pandoc converts one document per process (it has no batch mode)
(b) is also run on one core (taskset -c 0), so the per-document figure can be
read without zio's use of the second core.
Then scaling: N and 10*N distinct contracts from the generated national set
(with --concept, so regions with fouten render too), each set in one zio run;
time per contract should not grow.
Targets: zio >= 20x faster than pandoc per document (the batch figure; the
one-per-process figure is printed beside it), peak RSS <= 1/5 of pandoc's;
per-contract time of the long run within 1.2x of the short one.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import GNU_TIME, HERE, ROOT, generate, measure, rel  # noqa: E402

EXAMPLE = os.path.join(ROOT, "examples", "hart-van-brabant.yaml")


def copies(src_files, n, folder):
    """n symlinks with distinct names to src_files (cycled); their paths."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    out = []
    for i in range(n):
        src = os.path.abspath(src_files[i % len(src_files)])
        link = os.path.join(folder, "r%05d-%s" % (i, os.path.basename(src)))
        os.symlink(src, link)
        out.append(link)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--zio", default=os.path.join(ROOT, "build", "zio"))
    ap.add_argument("--batch", type=int, default=1000, help="documents per zio run in (b)")
    ap.add_argument("--scale-files", type=int, default=100)
    args = ap.parse_args(argv)
    zio = os.path.abspath(args.zio)
    if not os.access(zio, os.X_OK) or not os.access(GNU_TIME, os.X_OK):
        sys.exit("render.py: needs %s and %s (apt-get install time)" % (zio, GNU_TIME))
    if not shutil.which("pandoc") or not shutil.which("taskset"):
        sys.exit("render.py: needs pandoc and taskset (apt-get install pandoc util-linux)")
    work = tempfile.mkdtemp(prefix="zio-bench-render-")
    md = os.path.join(work, "contract.md")
    subprocess.run([zio, "render", "contract", EXAMPLE, "-o", md], check=True)
    batch_in = copies([EXAMPLE], args.batch, os.path.join(work, "batch-in"))

    cmds, per_doc = {}, {}
    for ext in ("odt", "docx"):
        out_dir = os.path.join(work, "batch-" + ext)
        cmds["zio " + ext] = [zio, "render", "contract", EXAMPLE, "-o", os.path.join(work, "z." + ext)]
        cmds["zio batch " + ext] = [zio, "render", "contract", *batch_in, "-o", out_dir, "--to", ext]
        cmds["zio 1core " + ext] = ["taskset", "-c", "0", *cmds["zio batch " + ext]]
        cmds["pandoc " + ext] = ["pandoc", md, "-o", os.path.join(work, "p." + ext)]
        per_doc["zio batch " + ext] = per_doc["zio 1core " + ext] = args.batch
    times = {k: [] for k in cmds}
    rss = {k: 0 for k in cmds}
    for k, c in cmds.items():  # warm-up
        measure(c)
    for i in range(args.runs):
        for k, c in cmds.items():
            wall, kib, code, err = measure(c)
            if code != 0:
                sys.exit("render.py: %s failed: %s" % (k, err))
            times[k].append(wall / per_doc.get(k, 1))
            rss[k] = max(rss[k], kib)

    print("%-16s %14s %12s %14s" % ("command", "median s/doc", "min s/doc", "peak RSS MiB"))
    for k in cmds:
        print("%-16s %14.5f %12.5f %14.1f" % (k, statistics.median(times[k]), min(times[k]), rss[k] / 1024))
    ok = True
    for ext in ("odt", "docx"):
        pandoc = statistics.median(times["pandoc " + ext])
        ratio = {k: pandoc / statistics.median(times[k % ext]) for k in ("zio %s", "zio batch %s", "zio 1core %s")}
        mem = rss["pandoc " + ext] / max(1, rss["zio batch " + ext])
        mem_single = rss["pandoc " + ext] / max(1, rss["zio " + ext])
        ok &= ratio["zio batch %s"] >= 20 and mem >= 5 and mem_single >= 5
        print("pandoc/zio %-4s per document: batch %5.1fx (target >= 20), batch on one core %5.1fx, "
              "one per process %5.1fx;  memory: batch %4.1fx, one per process %4.1fx (target >= 5)"
              % (ext, ratio["zio batch %s"], ratio["zio 1core %s"], ratio["zio %s"], mem, mem_single))

    # Scaling: N and 10N distinct contracts, each set in one zio run.
    files, _ = generate(os.path.join(HERE, "out", "render-set"), 10, "1")
    files = [f for f in files if not f.endswith("landelijk.yaml")]
    per = {}
    for n in (args.scale_files, 10 * args.scale_files):
        inputs = copies(files, n, os.path.join(work, "scale-in"))
        out_dir = os.path.join(work, "scale-out")
        shutil.rmtree(out_dir, ignore_errors=True)
        t0 = time.perf_counter()
        subprocess.run([zio, "render", "contract", "--concept", *inputs, "-o", out_dir, "--to", "odt"],
                       check=True, stdout=subprocess.DEVNULL)
        per[n] = (time.perf_counter() - t0) / n
        if len(os.listdir(out_dir)) != n:
            sys.exit("render.py: expected %d documents in %s" % (n, out_dir))
        print("%5d contracts to ODT in one run: %.5f s per contract" % (n, per[n]))
    growth = per[10 * args.scale_files] / per[args.scale_files]
    ok &= growth <= 1.2
    print("per-contract time, %d vs %d contracts: %.2fx (target <= 1.2: linear)"
          % (10 * args.scale_files, args.scale_files, growth))
    shutil.rmtree(work, ignore_errors=True)
    print("\nreproduce: python3 %s --zio %s" % (rel(os.path.abspath(__file__)), rel(zio)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
