#!/usr/bin/env python3
"""Time `zio render` against pandoc converting the same Markdown (issue 3).

    bench/render.py [--runs N] [--zio PATH] [--scale-files N]

In one run, interleaved so machine load hits both alike:
  (a) zio render contract examples/hart-van-brabant.yaml -o x.odt   (and .docx)
  (b) pandoc x.md -o x.odt   (and .docx), x.md being zio's own Markdown
Then scaling: N and 10*N contracts rendered one after another from the
generated national set (with --concept, so regions with fouten render too);
time per contract should not grow.
Targets: zio >= 20x faster than pandoc per document, peak RSS <= 1/5 of
pandoc's; per-contract time of the long run within 1.2x of the short one.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import GNU_TIME, HERE, ROOT, generate, measure, rel  # noqa: E402

EXAMPLE = os.path.join(ROOT, "examples", "hart-van-brabant.yaml")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--zio", default=os.path.join(ROOT, "build", "zio"))
    ap.add_argument("--scale-files", type=int, default=100)
    args = ap.parse_args(argv)
    zio = os.path.abspath(args.zio)
    if not os.access(zio, os.X_OK) or not os.access(GNU_TIME, os.X_OK):
        sys.exit("render.py: needs %s and %s (apt-get install time)" % (zio, GNU_TIME))
    work = tempfile.mkdtemp(prefix="zio-bench-render-")
    md = os.path.join(work, "contract.md")
    subprocess.run([zio, "render", "contract", EXAMPLE, "-o", md], check=True)

    cmds = {}
    for ext in ("odt", "docx"):
        cmds["zio " + ext] = [zio, "render", "contract", EXAMPLE, "-o", os.path.join(work, "z." + ext)]
        cmds["pandoc " + ext] = ["pandoc", md, "-o", os.path.join(work, "p." + ext)]
    times = {k: [] for k in cmds}
    rss = {k: 0 for k in cmds}
    for k, c in cmds.items():  # warm-up
        measure(c)
    for i in range(args.runs):
        for k, c in cmds.items():
            wall, kib, code, err = measure(c)
            if code != 0:
                sys.exit("render.py: %s failed: %s" % (k, err))
            times[k].append(wall)
            rss[k] = max(rss[k], kib)

    print("%-12s %10s %10s %14s" % ("command", "median s", "min s", "peak RSS MiB"))
    for k in cmds:
        print("%-12s %10.4f %10.4f %14.1f" % (k, statistics.median(times[k]), min(times[k]), rss[k] / 1024))
    ok = True
    for ext in ("odt", "docx"):
        speed = statistics.median(times["pandoc " + ext]) / statistics.median(times["zio " + ext])
        mem = rss["pandoc " + ext] / max(1, rss["zio " + ext])
        ok &= speed >= 20 and mem >= 5
        print("pandoc/zio %-4s time %6.1fx (target >= 20)   memory %5.1fx (target >= 5)" % (ext, speed, mem))

    # Scaling: N and 10N contracts, one zio process each, back to back.
    files, _ = generate(os.path.join(HERE, "out", "render-set"), 10, "1")
    files = [f for f in files if not f.endswith("landelijk.yaml")]
    per = {}
    for n in (args.scale_files, 10 * args.scale_files):
        t0 = time.perf_counter()
        for i in range(n):
            subprocess.run([zio, "render", "contract", "--concept", files[i % len(files)], "-o",
                            os.path.join(work, "s.odt")], check=True, stdout=subprocess.DEVNULL)
        per[n] = (time.perf_counter() - t0) / n
        print("%5d contracts to ODT: %.4f s per contract" % (n, per[n]))
    growth = per[10 * args.scale_files] / per[args.scale_files]
    ok &= growth <= 1.2
    print("per-contract time, %d vs %d contracts: %.2fx (target <= 1.2: linear)"
          % (10 * args.scale_files, args.scale_files, growth))
    print("\nreproduce: python3 %s --zio %s" % (rel(os.path.abspath(__file__)), rel(zio)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
