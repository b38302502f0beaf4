#!/usr/bin/env python3
"""Benchmark case: duplicate keys, the path that was quadratic.

A region file with N distinct keys, each given twice (N findings), is
validated by build/zio for N = 25k, 50k, 100k and 500k (13 MB, under the 16 MB
cap). Prints the time per key at every size; linear work keeps it flat,
quadratic work doubles it with every doubling. Exits 1 when the largest
size costs more than 3x per key what the smallest does.

    python3 bench/keys.py [--zio build/zio] [--sizes 25000,50000,100000,500000]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--zio", default="build/zio")
    ap.add_argument("--sizes", default="25000,50000,100000,500000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    per_key = []
    with tempfile.TemporaryDirectory() as d:
        for n in sizes:
            path = os.path.join(d, f"keys-{n}.yaml")
            with open(path, "w") as f:
                f.write("zio: 1\n")
                for _ in range(2):
                    for i in range(n):
                        f.write(f"k{i}: {i}\n")
            t0 = time.perf_counter()
            r = subprocess.run([args.zio, "validate", "--format", "json", path], stdout=subprocess.DEVNULL)
            t = time.perf_counter() - t0
            if r.returncode not in (1, 2):
                sys.exit(f"zio validate exited {r.returncode} for {n} keys")
            per_key.append(t / n)
            print(f"{n:>9} keys  {os.path.getsize(path) / 1e6:6.1f} MB  {t:7.2f} s  {t / n * 1e6:6.2f} us/key")
    ratio = per_key[-1] / per_key[0]
    print(f"per-key cost, largest / smallest: {ratio:.2f} (linear ~1, quadratic ~{sizes[-1] / sizes[0]:.0f})")
    sys.exit(0 if ratio < 3 else 1)


if __name__ == "__main__":
    main()
