#!/usr/bin/env python3
"""Time zio against the PyYAML + jsonschema peer; called by bench/run.sh.

    run.py [--quick] [--runs N] [--zio PATH] [--out DIR] [--seed S]

Generates the national set (42 regions + landelijk.yaml) and the 10x set,
then measures, interleaved so drift in machine load hits all three alike:
  (a) zio validate --format json over the national set
  (b) the peer over the national set
  (c) zio validate --format json over the 10x set
Each measurement is one fresh process under GNU time: wall time is taken
here around it (GNU time rounds to 10 ms, too coarse for zio), peak RSS is
GNU time's %M. GNU time is a small C program, so unlike a Python wrapper its
own memory does not leak into the child's peak RSS through fork.
Exit status: 0 all targets met, 1 a target missed or a command failed.
"""

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GNU_TIME = "/usr/bin/time"

TARGET_PEER_RATIO = 10.0   # peer / zio on the national set, at least
TARGET_SCALE_RATIO = 11.0  # zio 10x / zio national, at most (linear = 10)
TARGET_RSS_MB = 50.0       # zio peak RSS on the national set, below


def rel(path):
    """Path as the user would type it from the current directory."""
    r = os.path.relpath(path, os.getcwd())
    return path if r.startswith(os.pardir) else r


def generate(out_dir, scale, seed):
    """Fresh set in out_dir (which this script owns); returns its file list."""
    shutil.rmtree(out_dir, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), out_dir,
                    "--scale", str(scale), "--seed", seed], check=True)
    with open(os.path.join(out_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    return [os.path.join(out_dir, name) for name in manifest["files"]], manifest


def measure(cmd):
    """(wall seconds, peak RSS KiB, exit code, stderr tail) of one run of cmd."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        t0 = time.perf_counter()
        p = subprocess.run([GNU_TIME, "-f", "%M", "-o", out.name, "--", *cmd],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - t0
        # GNU time puts "Command exited with non-zero status N" before the
        # format line, so the number is on the last line.
        lines = out.read().split()
    rss = int(lines[-1]) if lines and lines[-1].isdigit() else -1
    return wall, rss, p.returncode, p.stderr.decode(errors="replace")[-2000:]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="2 runs each instead of 5")
    ap.add_argument("--runs", type=int, help="runs per measurement (overrides --quick)")
    ap.add_argument("--zio", default=os.path.join(ROOT, "build", "zio"))
    ap.add_argument("--out", default=os.path.join(HERE, "out"),
                    help="where the generated sets go (default bench/out, gitignored)")
    ap.add_argument("--seed", default="1")
    args = ap.parse_args(argv)
    runs = args.runs or (2 if args.quick else 5)

    if not os.access(GNU_TIME, os.X_OK):
        sys.exit(f"run.py: {GNU_TIME} missing (Debian package 'time'); bench/run.sh installs it")
    zio = os.path.abspath(args.zio)
    if not os.access(zio, os.X_OK):
        sys.exit(f"run.py: {zio} not found; build it with\n"
                 "  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build")
    cache = os.path.join(os.path.dirname(zio), "CMakeCache.txt")
    if os.path.exists(cache):
        with open(cache, encoding="utf-8", errors="replace") as f:
            btype = next((ln.split("=", 1)[1].strip() for ln in f
                          if ln.startswith("CMAKE_BUILD_TYPE:")), "")
        if btype != "Release":
            print(f"run.py: warning: {rel(zio)} is a '{btype}' build, not Release; "
                  "timings will not be representative", file=sys.stderr)

    national, man1 = generate(os.path.join(args.out, "national"), 1, args.seed)
    x10, man10 = generate(os.path.join(args.out, "x10"), 10, args.seed)

    peer = os.path.join(HERE, "peer_validate.py")
    cases = [  # name, command, set description, exit codes that mean "ran fine"
        ("zio national", [zio, "validate", "--format", "json", *national], man1, {0, 1}),
        ("peer national", [sys.executable, peer, *national], man1, {0, 1}),
        ("zio 10x", [zio, "validate", "--format", "json", *x10], man10, {0, 1}),
    ]

    # One untimed round first: page cache and lazy loading settle, and a
    # command that crashes or cannot parse its input stops us before we
    # report meaningless numbers.
    for name, cmd, man, ok in cases:
        _, _, rc, err = measure(cmd)
        if rc not in ok:
            sys.exit(f"run.py: {name} exited {rc}, expected one of {sorted(ok)}:\n{err}")
        if rc == 0 and name.startswith("zio"):
            print(f"run.py: warning: {name} exited 0 although {len(man['gaps'])} files "
                  "have deliberate errors", file=sys.stderr)

    results = {name: [] for name, *_ in cases}
    for i in range(runs):
        for name, cmd, _, ok in cases:
            wall, rss, rc, err = measure(cmd)
            if rc not in ok:
                sys.exit(f"run.py: {name} exited {rc} on run {i + 1}:\n{err}")
            results[name].append((wall, rss, rc))
        print(f"run {i + 1}/{runs}: " + ", ".join(
            f"{n} {results[n][-1][0]:.3f}s" for n in results), file=sys.stderr, flush=True)

    med = {n: statistics.median(w for w, _, _ in r) for n, r in results.items()}
    rss = {n: max(m for _, m, _ in r) / 1024 for n, r in results.items()}

    print()
    print(f"{'command':<15} {'files':>6} {'schools':>8} {'MB in':>6} "
          f"{'median s':>9} {'min s':>7} {'max s':>7} {'peak RSS MiB':>13} {'exit':>5}")
    for name, _, man, _ in cases:
        walls = [w for w, _, _ in results[name]]
        print(f"{name:<15} {len(man['files']):>6} {man['schools']:>8} {man['bytes'] / 1e6:>6.1f} "
              f"{med[name]:>9.3f} {min(walls):>7.3f} {max(walls):>7.3f} {rss[name]:>13.1f} "
              f"{results[name][-1][2]:>5}")
    print(f"({runs} runs each, interleaved, after one warm-up round; "
          f"peak RSS is the maximum over the runs)")

    checks = [
        ("peer / zio, national", med["peer national"] / med["zio national"], ">=", TARGET_PEER_RATIO),
        ("zio 10x / national", med["zio 10x"] / med["zio national"], "<=", TARGET_SCALE_RATIO),
        ("zio national peak RSS MiB", rss["zio national"], "<", TARGET_RSS_MB),
    ]
    print()
    all_ok = True
    for label, value, op, target in checks:
        ok = {">=": value >= target, "<=": value <= target, "<": value < target}[op]
        all_ok &= ok
        print(f"{label:<27} {value:>8.2f}   target {op} {target:g}   {'ok' if ok else 'MISSED'}")

    n1, n10 = rel(os.path.join(args.out, "national")), rel(os.path.join(args.out, "x10"))
    print()
    print("reproduce (from the repository root):")
    print("  " + shlex.join(["bench/run.sh", *(sys.argv[1:] if argv is None else argv)]))
    print("single commands, on the sets generated above:")
    print(f"  {GNU_TIME} -f %M {rel(zio)} validate --format json {n1}/*.yaml >/dev/null")
    print(f"  {GNU_TIME} -f %M python3 bench/peer_validate.py {n1}/*.yaml >/dev/null")
    print(f"  {GNU_TIME} -f %M {rel(zio)} validate --format json {n10}/*.yaml >/dev/null")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
