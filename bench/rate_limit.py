#!/usr/bin/env python3
"""A big run, one request per file, against HeyGen's rate limit (the sandbox's `rate-limit`).

Uploads 500 files of 50 KiB with `heygen asset upload --batch never --jobs 16` against a sandbox that lets
10 requests a second through, with a burst of 10, and answers the rest 429 with Retry-After.
Prints the failed files, the share of refused requests, the wall time against the ideal
(files / rate) and the bytes of upload request bodies the API received against the bytes of
the files (a refused simple upload has sent its body already).

    python3 bench/rate_limit.py [--files 500] [--size-kib 50] [--rate 10] [--burst 10] [--jobs 16]
"""

import argparse
import json
import os
import subprocess
import tempfile
import time

from common import HEYGEN, PNG_HEADER, api_requests, build, sandbox, write_file


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--size-kib", type=int, default=50)
    parser.add_argument("--rate", type=int, default=10)
    parser.add_argument("--burst", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=16)
    args = parser.parse_args()
    build()

    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "shots")
        os.mkdir(folder)
        for i in range(args.files):
            write_file(os.path.join(folder, f"shot{i:04}.png"), args.size_kib << 10, PNG_HEADER)
        shots = sorted(os.path.join(folder, f) for f in os.listdir(folder))
        file_bytes = sum(os.path.getsize(f) for f in shots)
        log_path = os.path.join(work, "sandbox.log")
        with open(log_path, "w") as log, sandbox(
                work, "--fault", f"rate-limit={args.rate}/{args.burst}", log=log) as env:
            started = time.monotonic()
            run = subprocess.run(
                [HEYGEN, "--json", "--progress", "none", "asset", "upload", "--batch", "never",
                 "--jobs",
                 str(args.jobs)] + shots,
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            wall = time.monotonic() - started
        results = [json.loads(line) for line in run.stdout.splitlines()]
        notes = [line for line in run.stderr.splitlines() if "limit" in line]
        seen = api_requests(log_path)
        requests = len(seen)
        refused = sum(1 for _, _, status, _ in seen if status == "429")
        body_bytes = sum(n for method, path, _, n in seen
                         if method == "POST" and path == "/v3/assets")

    failed = sum(1 for r in results if "error" in r) + (args.files - len(results))
    ideal = args.files / args.rate
    print(f"{args.files} files of {args.size_kib} KiB, heygen asset upload --jobs {args.jobs}, "
          f"sandbox rate-limit={args.rate}/{args.burst} on 127.0.0.1 (exit {run.returncode})\n")
    print("| failed files | API requests | refused (429) | refused share | wall s | ideal s "
          "| wall / ideal | upload body bytes / file bytes |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {failed} | {requests} | {refused} | {refused / max(requests, 1):.1%} | {wall:.1f} "
          f"| {ideal:.1f} | {wall / ideal:.2f} | {body_bytes / file_bytes:.3f} |")
    print("\nstderr notes:\n" + "\n".join(notes))


if __name__ == "__main__":
    main()
