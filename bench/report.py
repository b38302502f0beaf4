#!/usr/bin/env python3
"""Time `zio report` over the national, 10x and 100x sets against pandoc (issue 4).

    bench/report.py [--runs N] [--zio PATH] [--out DIR] [--seed S] [--format EXT] [--regenerate]

Generates (or reuses, when seed, scale and generator are unchanged) the sets
with bench/generate.py: the national set (42 regions + landelijk.yaml), 10x
(420) and 100x (4,200). Then measures, interleaved so drift in machine load
hits all alike, one fresh process each under GNU time:
  (a) zio report NATIONAL -o report.odt
  (b) pandoc contract.md -o contract.odt, contract.md being
      `zio render contract examples/hart-van-brabant.yaml -o contract.md`
  (c) zio report 10x -o report.odt   (d) zio report 100x -o report.odt
Targets: the national report in less time than pandoc needs for one
contract (pandoc / zio >= 1); report time at most linear in the number of
regions: time per region of the 10x and 100x sets at most 1.2 times that of
the set ten times smaller (the fixed start-up cost makes the national set
the most expensive per region, so the steps 10x -> 100x and 1x -> 10x are
compared, not 1x -> 100x alone).
Exit status: 0 all targets met, 1 a target missed or a command failed.
"""

import argparse
import hashlib
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import GNU_TIME, HERE, ROOT, generate, measure, rel  # noqa: E402

EXAMPLE = os.path.join(ROOT, "examples", "hart-van-brabant.yaml")
SCALES = (1, 10, 100)
TARGET_PANDOC_RATIO = 1.0   # pandoc one contract / zio national report, at least
TARGET_LINEAR = 1.2         # time per region vs the set ten times smaller, at most


def generator_digest():
    h = hashlib.sha256()
    for name in ("generate.py", "peer_validate.py"):
        with open(os.path.join(HERE, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def ensure_set(out_dir, scale, seed, regenerate):
    """The generated set in out_dir, regenerated unless its stamp matches."""
    stamp_path = os.path.join(out_dir, "stamp.json")
    stamp = {"scale": scale, "seed": seed, "generator": generator_digest()}
    if not regenerate and os.path.exists(stamp_path):
        with open(stamp_path, encoding="utf-8") as f:
            if json.load(f) == stamp:
                with open(os.path.join(out_dir, "manifest.json"), encoding="utf-8") as m:
                    return json.load(m)
    _, manifest = generate(out_dir, scale, seed)
    with open(stamp_path, "w", encoding="utf-8") as f:
        json.dump(stamp, f)
    return manifest


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per measurement (default 5)")
    ap.add_argument("--zio", default=os.path.join(ROOT, "build", "zio"))
    ap.add_argument("--out", default=os.path.join(HERE, "out"),
                    help="where the generated sets go (default bench/out, gitignored)")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--format", default="odt", choices=["odt", "docx", "html", "md"],
                    help="output format of the report (default odt, as pandoc's)")
    ap.add_argument("--regenerate", action="store_true", help="generate the sets even when they are current")
    args = ap.parse_args(argv)

    zio = os.path.abspath(args.zio)
    for tool in (zio, GNU_TIME):
        if not os.access(tool, os.X_OK):
            sys.exit(f"report.py: {tool} not found (zio: cmake --build build; GNU time: apt-get install time)")
    if subprocess.run(["pandoc", "--version"], stdout=subprocess.DEVNULL).returncode != 0:
        sys.exit("report.py: pandoc not found (apt-get install pandoc)")

    sets = {}
    for scale in SCALES:
        out_dir = os.path.join(args.out, f"report-x{scale}")
        manifest = ensure_set(out_dir, scale, args.seed, args.regenerate)
        regions = sum(1 for f in manifest["files"] if f != "landelijk.yaml")
        sets[scale] = (out_dir, regions)

    work = tempfile.mkdtemp(prefix="zio-bench-report-")
    contract_md = os.path.join(work, "contract.md")
    subprocess.run([zio, "render", "contract", EXAMPLE, "-o", contract_md], check=True)
    cmds = {"pandoc contract": ["pandoc", contract_md, "-o", os.path.join(work, "contract.odt")]}
    for scale in SCALES:
        cmds[f"zio report x{scale}"] = [zio, "report", sets[scale][0],
                                        "-o", os.path.join(work, f"report-x{scale}.{args.format}")]

    times = {k: [] for k in cmds}
    rss = {k: 0 for k in cmds}
    for k, c in cmds.items():  # warm-up: page cache and shared libraries
        wall, kib, code, err = measure(c)
        if code != 0:
            sys.exit(f"report.py: {k} failed ({code}): {err}")
    for _ in range(args.runs):
        for k, c in cmds.items():
            wall, kib, code, err = measure(c)
            if code != 0:
                sys.exit(f"report.py: {k} failed ({code}): {err}")
            times[k].append(wall)
            rss[k] = max(rss[k], kib)

    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"{'command':22} {'regions':>8} {'median s':>10} {'min s':>8} {'ms/region':>10} {'peak RSS MiB':>13}")
    for k in cmds:
        regions = sets[int(k.split("x")[-1])][1] if k.startswith("zio") else 0
        per = f"{1000 * med[k] / regions:10.2f}" if regions else f"{'':10}"
        print(f"{k:22} {regions or '':>8} {med[k]:10.3f} {min(times[k]):8.3f} {per} {rss[k] / 1024:13.1f}")

    ok = True
    ratio = med["pandoc contract"] / med["zio report x1"]
    best = min(times["pandoc contract"]) / min(times["zio report x1"])
    print()
    print(f"pandoc one contract / zio national report: {ratio:.2f}x by median, {best:.2f}x by best run "
          f"(target >= {TARGET_PANDOC_RATIO:.1f} by median) {'ok' if ratio >= TARGET_PANDOC_RATIO else 'MISSED'}")
    ok &= ratio >= TARGET_PANDOC_RATIO
    for small, big in ((1, 10), (10, 100)):
        per_small = med[f"zio report x{small}"] / sets[small][1]
        per_big = med[f"zio report x{big}"] / sets[big][1]
        growth = per_big / per_small
        total = med[f"zio report x{big}"] / med[f"zio report x{small}"]
        met = growth <= TARGET_LINEAR
        ok &= met
        print(f"x{big} / x{small}: time {total:.2f}x for {sets[big][1] / sets[small][1]:.0f}x the regions; "
              f"time per region {growth:.2f}x (target <= {TARGET_LINEAR}) {'ok' if met else 'MISSED'}")
    print()
    print(f"cores: {os.cpu_count()}; runs: {args.runs}; zio: {rel(zio)}; format: {args.format}")
    print("reproduce:", shlex.join(["python3", rel(os.path.abspath(__file__)),
                                     "--runs", str(args.runs), "--zio", rel(zio), "--seed", args.seed,
                                     "--format", args.format]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
