#!/usr/bin/env bash
# The container's HEALTHCHECK: healthy only when the liveness probe answers HTTP 200.
# Plain bash (/dev/tcp), because the JRE image has neither curl nor wget to rely on.
set -euo pipefail

port="${SERVER_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /actuator/health/liveness HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status_line <&3
[[ "$status_line" =~ ^HTTP/1\.[01]\ 200 ]]
