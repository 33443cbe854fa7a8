#!/usr/bin/env python3
"""Direct-upload speed and memory, side by side with curl, against the bundled sandbox.

Uploads one file (1 GiB by default) with `heygen asset direct-upload` and, in the same run, with
`curl -T` to an upload URL of the same sandbox; with the checksum, against `openssl dgst -sha256`
followed by curl. Reports wall time, CPU time (user + system) and peak RSS, medians of --runs,
and heygen's ratio to the reference. Also uploads a 2 MiB file, to show that memory does not
grow with size.

    python3 bench/direct_upload.py [--size-mib 1024] [--runs 3]
"""

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import urllib.request

from common import HEYGEN, build, measure, sandbox, write_file


def pipeline(steps):
    """Runs commands one after another; sums wall and CPU, takes the largest peak RSS."""
    results = [measure(step) for step in steps]
    return (sum(r[0] for r in results), sum(r[1] for r in results), max(r[2] for r in results))


def init(base, key, path, checksum=None):
    body = {"filename": os.path.basename(path), "content_type": "video/mp4",
            "size_bytes": os.path.getsize(path)}
    if checksum:
        body["checksum_sha256"] = checksum
    request = urllib.request.Request(
        f"{base}/v3/assets/direct-uploads", data=json.dumps(body).encode(),
        headers={"x-api-key": key, "Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)["data"]


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    build()

    with tempfile.TemporaryDirectory() as work, sandbox(work, "--max-bytes", str(1 << 40)) as env:
        base, key = env["HEYGEN_API_BASE"], env["HEYGEN_API_KEY"]
        big = os.path.join(work, "big.mp4")
        small = os.path.join(work, "small.mp4")
        write_file(big, args.size_mib << 20)
        write_file(small, 2 << 20)
        heygen = [HEYGEN, "--quiet", "asset", "direct-upload"]
        rows = {name: [] for name in ["curl", "heygen_fast", "ossl_curl", "heygen", "small"]}
        for _ in range(args.runs):
            rows["curl"].append(measure(curl_put(init(base, key, big), big)))
            rows["heygen_fast"].append(measure(heygen + ["--no-checksum", big], env))
            rows["ossl_curl"].append(pipeline([
                ["openssl", "dgst", "-sha256", big],
                curl_put(init(base, key, big, sha256(big)), big)]))
            rows["heygen"].append(measure(heygen + [big], env))
            rows["small"].append(measure(heygen + [small], env))

    m = {name: median(values) for name, values in rows.items()}
    print(f"{args.size_mib} MiB file, median of {args.runs} runs, sandbox on 127.0.0.1\n")
    print("| command | wall s | CPU s | peak RSS MiB | wall ratio | CPU ratio |")
    print("|---|---|---|---|---|---|")

    def row(label, name, reference=None):
        wall, cpu, rss = m[name]
        ratios = (f"{wall / m[reference][0]:.2f} | {cpu / m[reference][1]:.2f}"
                  if reference else "1.00 | 1.00")
        print(f"| {label} | {wall:.2f} | {cpu:.2f} | {rss:.1f} | {ratios} |")

    row("curl -T", "curl")
    row("heygen asset direct-upload --no-checksum", "heygen_fast", "curl")
    row("openssl dgst -sha256 + curl -T", "ossl_curl")
    row("heygen asset direct-upload", "heygen", "ossl_curl")
    row("heygen asset direct-upload, 2 MiB file", "small")


if __name__ == "__main__":
    main()
