"""What the benchmarks share: the release binary, the bundled sandbox, GNU time, media files."""

import json
import os
import re
import subprocess
import sys
import tempfile
from contextlib import contextmanager

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def target_directory():
    """Where cargo puts what it builds, CARGO_TARGET_DIR or not."""
    metadata = subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"],
                              cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(metadata)["target_directory"]


HEYGEN = os.path.join(target_directory(), "release", "heygen")
TIME = "/usr/bin/time"  # GNU time, Debian package `time`
MP4_HEADER = b"\0\0\0\x18ftypmp42"
PNG_HEADER = b"\x89PNG\r\n\x1a\n"


def build():
    if not os.access(TIME, os.X_OK):
        sys.exit(f"{TIME} is missing: install GNU time (apt-get install time)")
    print("building heygen (release)...", file=sys.stderr)
    subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)


def measure(argv, env=None):
    """Runs a command under GNU time; returns (wall s, cpu s, peak RSS MiB) of it alone.

    GNU time forks the command from its own small process: a child forked from this Python
    process would count Python's memory in its peak RSS.
    """
    with tempfile.NamedTemporaryFile("r") as report:
        timed = [TIME, "-q", "-o", report.name, "-f", "%e %U %S %M"] + argv
        result = subprocess.run(timed, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            sys.exit(f"failed: {' '.join(argv)}\n{result.stderr}")
        wall, user, system, rss_kib = report.read().split()
    return float(wall), float(user) + float(system), int(rss_kib) / 1024


def write_file(path, size, header=MP4_HEADER):
    with open(path, "wb") as f:
        f.write(header)
        left = size - len(header)
        block = os.urandom(1 << 20)
        while left > 0:
            f.write(block[: min(left, len(block))])
            left -= len(block)


@contextmanager
def sandbox(work, *extra, log=None):
    """Starts `heygen sandbox` on a free port; yields the environment to reach it (HOME and
    the state folder inside `work`, so no user's files are touched). With `log` (an open
    file), the sandbox writes a line per request there (its log needs --verbose)."""
    env = dict(os.environ, HOME=work, XDG_STATE_HOME=os.path.join(work, "state"))
    quiet = ["--verbose"] if log else ["--quiet"]
    server = subprocess.Popen(
        [HEYGEN, "sandbox", *quiet, "--listen", "127.0.0.1:0", "--data",
         os.path.join(work, "data"), *extra],
        stdout=subprocess.PIPE, stderr=log, text=True, env=env)
    try:
        for _ in range(2):
            line = server.stdout.readline().strip()
            if not line:
                sys.exit(f"the sandbox did not start (exit {server.wait()})")
            name, value = line.removeprefix("export ").split("=", 1)
            env[name] = value
        yield env
    finally:
        server.terminate()
        server.wait()


LOG_LINE = re.compile(
    r"^sandbox: (\S+) (\S+) (\d+|no answer)(?: \(fault [^)]*\))?(?: \((\d+) bytes in\))?$")


def api_requests(log_path):
    """The API requests in a sandbox's `--verbose` log: (method, path, status, body bytes in)."""
    found = []
    with open(log_path) as log:
        for line in log:
            match = LOG_LINE.match(line.strip())
            if match and match.group(2).startswith("/v3/"):
                method, path, status, received = match.groups()
                found.append((method, path, status, int(received or 0)))
    return found
