#!/usr/bin/env bash
# Builds heygen, starts the bundled sandbox, and runs the main job through it: a small image
# (simple upload), a 40 MB video (presigned upload), a photo avatar, and a video made from the
# image and downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
heygen=$PWD/target/release/heygen

work=$(mktemp -d)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

"$heygen" sandbox --quiet --listen 127.0.0.1:0 --data "$work/data" --env-file "$work/env" >/dev/null &
sandbox_pid=$!
# The file appears whole, once the sandbox listens.
for _ in $(seq 100); do
    [ -e "$work/env" ] && break
    sleep 0.1
done
# shellcheck disable=SC1091
source "$work/env"
echo "sandbox: $HEYGEN_API_BASE"

# Media the sandbox accepts: it recognises types by their first bytes, as HeyGen does.
{ printf '\x89PNG\r\n\x1a\n'; head -c 200000 /dev/urandom; } >"$work/photo.png"
{ printf '\0\0\0\x18ftypmp42'; head -c 40000000 /dev/urandom; } >"$work/footage.mp4"

set -x
"$heygen" asset upload "$work/photo.png"
"$heygen" asset upload "$work/footage.mp4" --json
"$heygen" avatar create --name "Demo avatar" "$work/photo.png"
"$heygen" video-agent create --prompt "A short intro around this photo" "$work/photo.png" \
    --output "$work/demo.mp4"
{ set +x; } 2>/dev/null
