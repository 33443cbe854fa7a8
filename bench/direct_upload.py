#!/usr/bin/env python3
"""Direct-upload speed and memory, side by side with curl, against the bundled sandbox.

Uploads one file (1 GiB by default) with `heygen asset direct-upload` and, in the same run, with
`curl -T` to an upload URL of the same sandbox; with the checksum, against `openssl dgst -sha256`
followed by curl. Reports wall time, CPU time (user + system) and peak RSS, medians of --runs,
and heygen's ratio to the reference, twice: with storage on loopback at full speed, where the
sandbox shares this machine's CPUs with the uploader, and with storage read at a link's speed
(--link-mb-per-s, the sandbox's put-throttle), as over a network. Also uploads a 2 MiB file, to
show that memory does not grow with size.

The sandbox keeps uploads in memory (/dev/shm) when there is room, and each upload is deleted
through the API before the next: otherwise writing gigabytes back to disk times the disk.

    python3 bench/direct_upload.py [--size-mib 1024] [--runs 3] [--link-mb-per-s 250]
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import urllib.request

from common import HEYGEN, build, measure, sandbox, write_file


def both(first, then):
    """Two commands run one after the other: wall and CPU summed, the larger peak RSS."""
    return (first[0] + then[0], first[1] + then[1], max(first[2], then[2]))


def call(base, key, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        f"{base}{path}", data=data, method=method,
        headers={"x-api-key": key, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)["data"]


def init(base, key, path, checksum=None):
    body = {"filename": os.path.basename(path), "content_type": "video/mp4",
            "size_bytes": os.path.getsize(path)}
    if checksum:
        body["checksum_sha256"] = checksum
    return call(base, key, "POST", "/v3/assets/direct-uploads", body)


def curl_put(data, path):
    argv = ["curl", "-sS", "--fail", "-T", path, "-o", "/dev/null"]
    for name, value in data["upload_headers"].items():
        argv += ["-H", f"{name}: {value}"]
    return argv + [data["upload_url"]]


def sha256(path):
    out = subprocess.run(["openssl", "dgst", "-sha256", "-r", path], check=True,
                         capture_output=True, text=True).stdout
    return out.split()[0]


def median(rows):
    return tuple(statistics.median(column) for column in zip(*rows))


def scratch_folder(size):
    """Memory-backed when it has room for the sandbox's copies and the file, else the default."""
    if os.path.isdir("/dev/shm") and shutil.disk_usage("/dev/shm").free > 4 * size:
        return "/dev/shm"
    return None


def measure_all(work, extra, big, small, runs):
    """The rows of one sandbox: each command `runs` times, interleaved."""
    with sandbox(work, "--max-bytes", str(1 << 40), *extra) as env:
        base, key = env["HEYGEN_API_BASE"], env["HEYGEN_API_KEY"]
        stored = os.path.join(work, "data", "assets")

        def deleted(result):
            """Deletes what was uploaded, so that the next upload finds the same room."""
            for asset_id in os.listdir(stored) if os.path.isdir(stored) else []:
                call(base, key, "DELETE", f"/v3/assets/{asset_id}")
            return result

        def timed(argv, env=None):
            return deleted(measure(argv, env))

        heygen = [HEYGEN, "--quiet", "asset", "direct-upload"]
        rows = {name: [] for name in ["curl", "heygen_fast", "dgst", "ossl_curl", "heygen", "small"]}
        for _ in range(runs):
            rows["curl"].append(timed(curl_put(init(base, key, big), big)))
            rows["heygen_fast"].append(timed(heygen + ["--no-checksum", big], env))
            digest = measure(["openssl", "dgst", "-sha256", big])
            rows["dgst"].append(digest)
            rows["ossl_curl"].append(deleted(both(
                digest, measure(curl_put(init(base, key, big, sha256(big)), big)))))
            rows["heygen"].append(timed(heygen + [big], env))
            rows["small"].append(timed(heygen + [small], env))
    return {name: median(values) for name, values in rows.items()}


def table(title, m):
    print(f"{title}\n")
    print("| command | wall s | CPU s | peak RSS MiB | wall ratio | CPU ratio |")
    print("|---|---|---|---|---|---|")

    def row(label, name, reference=None):
        wall, cpu, rss = m[name]
        ratios = (f"{wall / m[reference][0]:.2f} | {cpu / m[reference][1]:.2f}"
                  if reference else "1.00 | 1.00")
        print(f"| {label} | {wall:.2f} | {cpu:.2f} | {rss:.1f} | {ratios} |")

    row("curl -T", "curl")
    row("heygen asset direct-upload --no-checksum", "heygen_fast", "curl")
    # What the SHA-256 kept for --reuse costs by itself on this CPU.
    row("openssl dgst -sha256 alone", "dgst")
    row("openssl dgst -sha256 + curl -T", "ossl_curl")
    row("heygen asset direct-upload", "heygen", "ossl_curl")
    row("heygen asset direct-upload, 2 MiB file", "small")
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--link-mb-per-s", type=int, default=250,
                        help="storage's reading speed in the second table, in 10^6 bytes/s")
    args = parser.parse_args()
    build()

    size = args.size_mib << 20
    with tempfile.TemporaryDirectory(dir=scratch_folder(size)) as work:
        big = os.path.join(work, "big.mp4")
        small = os.path.join(work, "small.mp4")
        write_file(big, size)
        write_file(small, 2 << 20)
        print(f"{args.size_mib} MiB file, median of {args.runs} runs, sandbox on 127.0.0.1, "
              f"{os.cpu_count()} CPUs\n")
        table("Storage at loopback speed", measure_all(work, [], big, small, args.runs))
        rate = args.link_mb_per_s * 1_000_000
        table(f"Storage read at {args.link_mb_per_s} MB/s (sandbox fault put-throttle={rate})",
              measure_all(work, ["--fault", f"put-throttle={rate}"], big, small, args.runs))


if __name__ == "__main__":
    main()
