#!/usr/bin/env python3
"""Exactly once at scale: faults on every step, kill -9 at random moments, reruns.

Runs the suite's chaos check with many files: for the simple path, the direct path and
batches, 300 files each are uploaded against a sandbox that fails every step now and then
(5xx, resets mid-body, 409s, 429s, answers lost after the work was done), the tool is killed
with SIGKILL 8 times at random moments (fixed seed), then rerun with --reuse until it exits 0.
The sandbox's own records must then hold every file as exactly one completed asset.

    python3 bench/chaos.py [--files 300] [--kills 8]
"""

import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--kills", type=int, default=8)
    args = parser.parse_args()
    env = dict(os.environ, CHAOS_FILES=str(args.files), CHAOS_KILLS=str(args.kills))
    run = subprocess.run(
        ["cargo", "test", "--release", "--test", "cli", "--", "--ignored", "--nocapture",
         "--exact", "cli::exactly_once::chaos_at_scale"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = [line for line in run.stdout.splitlines() if line.startswith("chaos: ")]
    print("\n".join(lines) if lines else run.stdout)
    sys.exit(run.returncode)


if __name__ == "__main__":
    main()
