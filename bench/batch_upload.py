#!/usr/bin/env python3
"""Many small files, side by side with the way people script it today, against the sandbox.

Uploads 200 files of 100 KiB with `heygen asset upload --jobs 8` and, in the same run, with a
shell loop of `curl -F` (one process per file); also one large file with `--jobs 8` against
`--jobs 1`, to show that parallelism costs nothing when there is one file. Medians of --runs.

    python3 bench/batch_upload.py [--files 200] [--size-kib 100] [--runs 3]
"""

import argparse
import os
import statistics
import tempfile

from common import HEYGEN, PNG_HEADER, build, measure, sandbox, write_file


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--size-kib", type=int, default=100)
    parser.add_argument("--large-mib", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    build()

    with tempfile.TemporaryDirectory() as work, sandbox(work, "--max-bytes", str(1 << 40)) as env:
        folder = os.path.join(work, "shots")
        os.mkdir(folder)
        for i in range(args.files):
            write_file(os.path.join(folder, f"shot{i:04}.png"), args.size_kib << 10, PNG_HEADER)
        large = os.path.join(work, "large.mp4")
        write_file(large, args.large_mib << 20)
        curl_loop = (
            'for f in "$1"/*.png; do curl -sS --fail -o /dev/null -H "x-api-key: $HEYGEN_API_KEY"'
            ' -F "file=@$f" "$HEYGEN_API_BASE/v3/assets" || exit 1; done')
        shots = sorted(os.path.join(folder, f) for f in os.listdir(folder))
        heygen = [HEYGEN, "--quiet", "asset", "upload"]
        rows = {name: [] for name in ["curl", "jobs8", "large1", "large8"]}
        for _ in range(args.runs):
            rows["curl"].append(measure(["bash", "-c", curl_loop, "loop", folder], env))
            rows["jobs8"].append(measure(heygen + ["--jobs", "8"] + shots, env))
            rows["large1"].append(measure(heygen + ["--jobs", "1", large], env))
            rows["large8"].append(measure(heygen + ["--jobs", "8", large], env))

    m = {name: tuple(statistics.median(c) for c in zip(*values)) for name, values in rows.items()}
    print(f"{args.files} files of {args.size_kib} KiB, and one of {args.large_mib} MiB; "
          f"median of {args.runs} runs, sandbox on 127.0.0.1\n")
    print("| command | wall s | CPU s | peak RSS MiB | speed-up |")
    print("|---|---|---|---|---|")

    def row(label, name, reference):
        wall, cpu, rss = m[name]
        print(f"| {label} | {wall:.2f} | {cpu:.2f} | {rss:.1f} | {m[reference][0] / wall:.2f}x |")

    row(f"shell loop of curl -F, {args.files} files", "curl", "curl")
    row(f"heygen asset upload --jobs 8, {args.files} files", "jobs8", "curl")
    row("heygen asset upload --jobs 1, one large file", "large1", "large1")
    row("heygen asset upload --jobs 8, one large file", "large8", "large1")


if __name__ == "__main__":
    main()
