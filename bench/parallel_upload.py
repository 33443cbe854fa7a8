#!/usr/bin/env python3
"""Many small files, side by side with the way people script it today, against the sandbox.

Uploads 200 files of 100 KiB with `heygen asset upload --jobs 8` and, in the same run, with a
shell loop of `curl -F` (one process per file); also one large file with `--jobs 8` against
`--jobs 1`, to show that parallelism costs nothing when there is one file. Medians of --runs.

Then a mixed batch: one large file first, many small ones after, `--jobs 3`, against storage
slowed to --storage-mb-s (the sandbox's put-throttle fault). The small files should be done long
before the large one: when each was stored is read from the sandbox's request log.

    python3 bench/parallel_upload.py [--files 200] [--size-kib 100] [--runs 3]
"""

import argparse
import os
import statistics
import subprocess
import tempfile
import threading
import time

from common import HEYGEN, PNG_HEADER, build, measure, sandbox, write_file


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--size-kib", type=int, default=100)
    parser.add_argument("--large-mib", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mixed-large-mib", type=int, default=40)
    parser.add_argument("--mixed-small", type=int, default=30)
    parser.add_argument("--storage-mb-s", type=int, default=8)
    args = parser.parse_args()
    build()
    mixed = mixed_batch(args)

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

    small_done, large_done, wall = (statistics.median(c) for c in zip(*mixed))
    print(f"\nMixed batch: one file of {args.mixed_large_mib} MiB first, then {args.mixed_small} of "
          f"{args.size_kib} KiB, `--jobs 3`, storage at {args.storage_mb_s} MB/s; median of "
          f"{args.runs} runs; seconds from the start\n")
    print("| event | s | share of the large file's time |")
    print("|---|---|---|")
    print(f"| last small file stored | {small_done:.2f} | {small_done / large_done:.2f} |")
    print(f"| large file stored | {large_done:.2f} | 1.00 |")
    print(f"| heygen exits | {wall:.2f} | {wall / large_done:.2f} |")


def mixed_batch(args):
    """Runs the mixed batch --runs times; returns (last small stored, large stored, exit) each,
    in seconds from heygen's start, from the sandbox's one log line per answered request."""
    results = []
    with tempfile.TemporaryDirectory() as work:
        large = os.path.join(work, "large.mp4")
        write_file(large, args.mixed_large_mib << 20)
        small = []
        for i in range(args.mixed_small):
            small.append(os.path.join(work, f"small{i:03}.png"))
            write_file(small[-1], args.size_kib << 10, PNG_HEADER)
        env = dict(os.environ, HOME=work, XDG_STATE_HOME=os.path.join(work, "state"))
        server = subprocess.Popen(
            [HEYGEN, "sandbox", "--verbose", "--listen", "127.0.0.1:0", "--fault",
             f"put-throttle={args.storage_mb_s * 1_000_000}"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            for _ in range(2):
                name, value = server.stdout.readline().strip().removeprefix("export ").split("=", 1)
                env[name] = value
            log = []
            threading.Thread(target=lambda: [log.append((time.monotonic(), line))
                                             for line in server.stderr], daemon=True).start()
            for _ in range(args.runs):
                log.clear()
                start = time.monotonic()
                subprocess.run([HEYGEN, "--quiet", "asset", "upload", "--jobs", "3", large, *small],
                               env=env, stdout=subprocess.DEVNULL, check=True)
                wall = time.monotonic() - start
                time.sleep(0.2)  # the last log lines
                simple = [t for t, line in log if "POST /v3/assets 200" in line]
                puts = [t for t, line in log if line.startswith("sandbox: PUT ")]
                assert len(simple) == args.mixed_small and len(puts) == 1, log
                results.append((max(simple) - start, puts[0] - start, wall))
        finally:
            server.terminate()
            server.wait()
    return results


if __name__ == "__main__":
    main()
