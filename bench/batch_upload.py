#!/usr/bin/env python3
"""A media library under HeyGen's rate limit: batches against one request per file.

Uploads 500 files of 50 KiB with `heygen asset upload --jobs 16` against a sandbox that lets
10 requests a second through (burst 10) and refuses the rest with 429 and Retry-After, in one
run: by default (HeyGen's batch direct upload, one request presigns 100 files), with
`--batch never` (one request per file), and by default again split over 4 processes sharing
the key. Prints, side by side, wall time, API requests, refused share and failed files, and
the batches' wall time as a share of one-by-one's.

    python3 bench/batch_upload.py [--files 500] [--size-kib 50] [--rate 10] [--jobs 16]
"""

import argparse
import json
import os
import subprocess
import tempfile
import time

from common import HEYGEN, PNG_HEADER, api_requests, build, sandbox, write_file


def run_case(work, shots, rate, jobs, extra, processes):
    """One sandbox, `processes` heygen runs sharing its key over `shots`; (wall s, API
    requests, refused, failed, distinct ids)."""
    log_path = os.path.join(work, "sandbox.log")
    with open(log_path, "w") as log, sandbox(
            work, "--fault", f"rate-limit={rate}/{rate}", log=log) as env:
        parts = [shots[i::processes] for i in range(processes)]
        started = time.monotonic()
        runs = [subprocess.Popen(
            [HEYGEN, "--json", "--progress", "none", "asset", "upload", "--jobs", str(jobs),
             *extra, *part],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for part in parts]
        outputs = [run.communicate() for run in runs]
        wall = time.monotonic() - started
    results = [json.loads(line) for out, _ in outputs for line in out.splitlines()]
    ids = {r["data"]["asset_id"] for r in results if "data" in r}
    failed = sum(1 for r in results if "error" in r) + (len(shots) - len(results))
    seen = api_requests(log_path)
    refused = sum(1 for _, _, status, _ in seen if status == "429")
    return wall, len(seen), refused, failed, len(ids)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--size-kib", type=int, default=50)
    parser.add_argument("--rate", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=16)
    args = parser.parse_args()
    build()

    rows = []
    for name, extra, processes in [
        ("batches (default)", [], 1),
        ("--batch never", ["--batch", "never"], 1),
        ("batches, 4 processes sharing the key", [], 4),
    ]:
        with tempfile.TemporaryDirectory() as work:
            folder = os.path.join(work, "shots")
            os.mkdir(folder)
            for i in range(args.files):
                write_file(os.path.join(folder, f"shot{i:04}.png"), args.size_kib << 10,
                           PNG_HEADER)
            shots = sorted(os.path.join(folder, f) for f in os.listdir(folder))
            rows.append((name, *run_case(work, shots, args.rate, args.jobs, extra, processes)))

    print(f"{args.files} files of {args.size_kib} KiB, heygen asset upload --jobs {args.jobs}, "
          f"sandbox rate-limit={args.rate}/{args.rate} on 127.0.0.1\n")
    print("| run | wall s | API requests | refused (429) | refused share | failed | ids |")
    print("|---|---|---|---|---|---|---|")
    for name, wall, requests, refused, failed, ids in rows:
        print(f"| {name} | {wall:.1f} | {requests} | {refused} | "
              f"{refused / max(requests, 1):.1%} | {failed} | {ids} |")
    print(f"\nbatches / one by one, wall time: {rows[0][1] / rows[1][1]:.3f}")


if __name__ == "__main__":
    main()
