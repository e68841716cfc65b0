#!/usr/bin/env bash
# The containers' health check (the aspnet image has no curl): GET http://127.0.0.1:${HEALTH_PORT:-8080}<path> through
# bash's /dev/tcp; healthy only on HTTP 200. Usage: healthcheck [/health/ready]
set -euo pipefail
exec 3<>"/dev/tcp/127.0.0.1/${HEALTH_PORT:-8080}"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "${1:-/health/ready}" >&3
IFS= read -r -t 5 status <&3
[[ "$status" == "HTTP/1.1 200 "* ]]
