#!/usr/bin/env bash
# Screenshots the Swagger UI of a service that is already running, with headless
# Chromium (Debian package "chromium"). Starts nothing itself.
#
#   scripts/swagger-screenshot.sh [base-url] [output.png]
#   scripts/swagger-screenshot.sh http://localhost:8080 target/swagger-ui.png
set -euo pipefail

base_url="${1:-http://localhost:8080}"
output="${2:-target/swagger-ui.png}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"

if [[ -z "$browser" ]]; then
  echo "No Chromium found: apt-get install -y chromium" >&2
  exit 2
fi
if ! curl -fsS -o /dev/null "$base_url/v3/api-docs"; then
  echo "No service answers at $base_url/v3/api-docs; start it first." >&2
  exit 2
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$(dirname "$output")"

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --window-size=1280,2000 --virtual-time-budget=15000 \
  --screenshot="$(realpath -m "$output")" "$base_url/swagger-ui/index.html" 2>/dev/null

echo "Wrote $output"
