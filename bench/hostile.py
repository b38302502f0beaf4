#!/usr/bin/env python3
"""Scaling of zio on hostile sizes: linear paths stay linear.

    bench/hostile.py [--zio PATH] [--runs N]

For a value of N characters (a region name), times
  zio render contract FILE -o x.md --concept
for N = 0.5M, 1M, 2M and 4M characters and prints the time per million
characters of each size beside the 0.5M figure (the peer is zio itself at the
smallest size, measured in the same run). Linear work keeps the ratio near
1.0; the quadratic Markdown escape that this guards against (it copied its
output for every character) gave ratios of 2, 4 and 8 (0.4M characters took
2 s, 8M would take about 20 minutes).
Exit status: 0 when every ratio is at most 1.5, else 1.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXAMPLE = os.path.join(ROOT, "examples", "hart-van-brabant.yaml")
SIZES = [500_000, 1_000_000, 2_000_000, 4_000_000]
MAX_RATIO = 1.5


def region_with_name(n, folder):
    text = open(EXAMPLE, encoding="utf-8").read()
    name = ("Zorg* & [co] 12. " * (n // 17 + 1))[:n]
    text = text.replace("  naam: Hart van Brabant\n", "  naam: '" + name.replace("'", "''") + "'\n", 1)
    path = os.path.join(folder, "naam-%d.yaml" % n)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zio", default=os.path.join(ROOT, "build", "zio"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        files = {n: region_with_name(n, tmp) for n in SIZES}
        times = {n: [] for n in SIZES}
        for _ in range(args.runs):  # interleaved: machine load hits every size alike
            for n in SIZES:
                t0 = time.perf_counter()
                p = subprocess.run([args.zio, "render", "contract", files[n], "-o", os.path.join(tmp, "x.md"),
                                    "--concept"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                times[n].append(time.perf_counter() - t0)
                if p.returncode != 0:
                    sys.exit("hostile.py: zio failed on %d characters: %s" % (n, p.stderr.decode()[-500:]))
    base = statistics.median(times[SIZES[0]]) / (SIZES[0] / 1e6)
    ok = True
    print("%10s %10s %14s %8s" % ("characters", "median s", "s per million", "ratio"))
    for n in SIZES:
        med = statistics.median(times[n])
        per = med / (n / 1e6)
        ratio = per / base
        ok = ok and ratio <= MAX_RATIO
        print("%10d %10.3f %14.3f %8.2f" % (n, med, per, ratio))
    print("linear (every ratio <= %.1f): %s" % (MAX_RATIO, "yes" if ok else "NO"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
