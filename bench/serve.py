#!/usr/bin/env python3
"""Time the validate + preview round trip of `zio serve` against one `zio` process per request (issue 11).

    bench/serve.py [--zio PATH] [--runs N] [--out DIR] [--seed S]

Copies the examples and the largest region file of the national set
(bench/generate.py, scale 1) into a folder, starts `zio serve` on it, and for
each file sends the page's own request, POST /api/check/NAME?doc=contract
with the YAML as body (validate, then the contract's HTML preview: in
process, templates parsed once, reference data loaded once), N times over
one kept-alive connection. Against it, interleaved: one fresh
`zio render contract --concept FILE -o preview.html` per request (one
process, fewer than validate + render, so the comparison favours the
command line). Reports median and 95th percentile per file.
Targets: p95 under 50 ms for the national set's largest file, and the
server at least 5x faster (median) than a process per request for every file.
Exit status: 0 all targets met, 1 a target missed or a request failed.
"""

import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import ROOT, generate  # noqa: E402

TARGET_P95_MS = 50.0
TARGET_SPEEDUP = 5.0


def p95(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def largest_region(manifest_dir):
    with open(os.path.join(manifest_dir, "manifest.json"), encoding="utf-8") as f:
        files = [os.path.join(manifest_dir, n) for n in json.load(f)["files"]]
    files = [f for f in files if not os.path.basename(f).startswith("landelijk")]
    return max(files, key=os.path.getsize)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zio", default=os.path.join(ROOT, "build", "zio"))
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench-serve"))
    ap.add_argument("--seed", default="zio-2026")
    a = ap.parse_args()

    national = os.path.join(a.out, "national")
    generate(national, 1, a.seed)
    big = largest_region(national)
    work = tempfile.mkdtemp(prefix="zio-bench-serve-")
    try:
        names = []
        for f in sorted(os.listdir(os.path.join(ROOT, "examples"))):
            if f.endswith(".yaml") and not f.startswith("landelijk"):
                shutil.copy(os.path.join(ROOT, "examples", f), os.path.join(work, f))
                names.append(f)
        shutil.copy(big, os.path.join(work, "landelijk-grootste-" + os.path.basename(big)))
        big_name = "landelijk-grootste-" + os.path.basename(big)
        names.append(big_name)

        server = subprocess.Popen([a.zio, "serve", work], stdout=subprocess.PIPE, text=True)
        url = server.stdout.readline().strip()
        host_port = url.split("//")[1].split("/")[0]
        token = url.split("token=")[1]
        port = int(host_port.split(":")[1])
        conn = http.client.HTTPConnection("127.0.0.1", port)
        headers = {"Cookie": "zio_%d=%s" % (port, token), "Origin": "http://" + host_port,
                   "Content-Type": "text/plain; charset=utf-8"}
        failed = False
        rows = []
        try:
            for name in names:
                path = os.path.join(work, name)
                with open(path, "rb") as f:
                    body = f.read()
                serve_ms, cli_ms = [], []
                html = os.path.join(work, "preview.html")
                for i in range(a.runs + 3):
                    t0 = time.perf_counter()
                    conn.request("POST", "/api/check/%s?doc=contract" % name, body=body, headers=headers)
                    r = conn.getresponse()
                    data = r.read()
                    t1 = time.perf_counter()
                    if r.status != 200 or b'"voorbeeld"' not in data:
                        print("zio serve: %s: HTTP %d" % (name, r.status), file=sys.stderr)
                        failed = True
                        break
                    t2 = time.perf_counter()
                    p = subprocess.run([a.zio, "render", "contract", "--concept", path, "-o", html],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    t3 = time.perf_counter()
                    if p.returncode != 0:
                        print("zio render: %s: exit %d" % (name, p.returncode), file=sys.stderr)
                        failed = True
                        break
                    if i >= 3:  # the first requests warm caches on both sides
                        serve_ms.append((t1 - t0) * 1000)
                        cli_ms.append((t3 - t2) * 1000)
                if not serve_ms:
                    continue
                rows.append((name, len(body), statistics.median(serve_ms), p95(serve_ms),
                             statistics.median(cli_ms), p95(cli_ms)))
        finally:
            conn.close()
            server.terminate()
            server.wait()

        print("%-52s %8s %10s %10s %10s %10s %8s" % ("file", "bytes", "serve med", "serve p95", "cli med", "cli p95", "speedup"))
        ok = not failed
        for name, size, sm, sp, cm, cp in rows:
            speed = cm / sm if sm > 0 else float("inf")
            print("%-52s %8d %8.1fms %8.1fms %8.1fms %8.1fms %7.1fx" % (name, size, sm, sp, cm, cp, speed))
            if speed < TARGET_SPEEDUP:
                ok = False
                print("  target missed: at least %.0fx faster than a process per request" % TARGET_SPEEDUP)
            if name == big_name and sp >= TARGET_P95_MS:
                ok = False
                print("  target missed: p95 under %.0f ms for the national set's largest file" % TARGET_P95_MS)
        print("targets (p95 < %.0f ms for the largest file, >= %.0fx): %s" % (TARGET_P95_MS, TARGET_SPEEDUP, "met" if ok else "MISSED"))
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
