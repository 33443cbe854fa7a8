#!/usr/bin/env python3
"""`--reuse`: what a rerun of the same upload costs once the bytes are at HeyGen.

Two cases, each a first run of `heygen asset upload --reuse` (nothing recorded yet: it
uploads) followed by the same command again (every file reused: hashed, then one GET each):

- one 1 GiB video on loopback (the presigned flow);
- 200 files of 400 KiB over a modeled network: the sandbox's `latency=50` delays every API
  request by 50 ms and `assets-throttle`/`put-throttle` read uploads at 2 MB/s. On loopback an
  upload costs what a GET costs, so reuse would show nothing there.

Reports wall time, CPU time and peak RSS, medians of --runs, and the rerun's ratio to the first.

    python3 bench/reuse.py [--large-mib 1024] [--files 200] [--size-kib 400] [--runs 3]
"""

import argparse
import os
import statistics
import subprocess
import tempfile

from common import HEYGEN, PNG_HEADER, build, measure, sandbox, write_file

NETWORK = "latency=50,assets-throttle=2000000,put-throttle=2000000"


def first_and_rerun(argv, env, runs):
    """Medians of (first run, rerun), the records dropped before each first run."""
    firsts, reruns = [], []
    for _ in range(runs):
        subprocess.run([HEYGEN, "--quiet", "asset", "forget", "--all"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        firsts.append(measure(argv, env))
        reruns.append(measure(argv, env))
    median = lambda rows: tuple(statistics.median(c) for c in zip(*rows))
    return median(firsts), median(reruns)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large-mib", type=int, default=1024)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--size-kib", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    build()
    heygen = [HEYGEN, "--quiet", "--progress", "none", "asset", "upload", "--reuse"]
    rows = []

    with tempfile.TemporaryDirectory() as work, sandbox(work, "--max-bytes", str(1 << 40)) as env:
        large = os.path.join(work, "large.mp4")
        write_file(large, args.large_mib << 20)
        rows.append((f"one file of {args.large_mib} MiB, loopback",
                     *first_and_rerun(heygen + [large], env, args.runs)))

    with tempfile.TemporaryDirectory() as work, sandbox(work, "--fault", NETWORK) as env:
        folder = os.path.join(work, "shots")
        os.mkdir(folder)
        for i in range(args.files):
            write_file(os.path.join(folder, f"shot{i:04}.png"), args.size_kib << 10, PNG_HEADER)
        shots = sorted(os.path.join(folder, f) for f in os.listdir(folder))
        rows.append((f"{args.files} files of {args.size_kib} KiB, 50 ms API, 2 MB/s uploads",
                     *first_and_rerun(heygen + shots, env, args.runs)))

    print(f"heygen asset upload --reuse, first run then the same again; median of {args.runs} "
          "runs, sandbox on 127.0.0.1\n")
    print("| case | first wall s | rerun wall s | rerun / first | first CPU s | rerun CPU s "
          "| rerun peak RSS MiB |")
    print("|---|---|---|---|---|---|---|")
    for label, first, rerun in rows:
        print(f"| {label} | {first[0]:.2f} | {rerun[0]:.2f} | {rerun[0] / first[0]:.2f} "
              f"| {first[1]:.2f} | {rerun[1]:.2f} | {rerun[2]:.1f} |")


if __name__ == "__main__":
    main()
