#!/usr/bin/env bash
# Builds heygen, starts the bundled sandbox, and runs the main job through it: a small image
# (simple upload), a 40 MB video (presigned upload), a photo avatar, and a video made from the
# image and downloaded. What it made stays in ./demo-output/, to open.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building heygen (the first build takes a few minutes)..."
cargo build --release
# Where cargo put it, CARGO_TARGET_DIR or not.
target=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
heygen=$target/release/heygen

out=$PWD/demo-output
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

"$heygen" sandbox --quiet --listen 127.0.0.1:0 --data "$work/data" --env-file "$work/env" \
    >/dev/null 2>"$work/sandbox.log" &
sandbox_pid=$!
# The file appears whole, once the sandbox listens; a sandbox that ends first has failed.
for _ in $(seq 100); do
    [ -e "$work/env" ] && break
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
        echo "the sandbox did not start:" >&2
        cat "$work/sandbox.log" >&2
        exit 1
    fi
    sleep 0.1
done
if [ ! -e "$work/env" ]; then
    echo "the sandbox did not come up within 10 s" >&2
    exit 1
fi
# shellcheck disable=SC1091
source "$work/env"
echo "sandbox: $HEYGEN_API_BASE"

# Media the sandbox accepts: it recognises types by their first bytes, as HeyGen does.
{ printf '\x89PNG\r\n\x1a\n'; head -c 200000 /dev/urandom; } >"$out/photo.png"
{ printf '\0\0\0\x18ftypmp42'; head -c 40000000 /dev/urandom; } >"$out/footage.mp4"

set -x
"$heygen" asset upload "$out/photo.png"
"$heygen" asset upload "$out/footage.mp4" --json
"$heygen" avatar create --name "Demo avatar" "$out/photo.png"
video=$("$heygen" video-agent create --prompt "A short intro around this photo" "$out/photo.png" \
    --output "$out/demo.mp4")
"$heygen" video download "$video" --captioned --output "$out/demo-captioned.mp4" \
    --subtitles "$out/demo.srt" --thumbnail "$out/demo.jpg"
{ set +x; } 2>/dev/null
echo "done: the video, its captioned version, subtitles and thumbnail, and the files it was made from are in $out"
