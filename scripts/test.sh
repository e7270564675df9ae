#!/usr/bin/env bash
# Runs every test project. Installs what the tests need when missing: Debian chromium for browser tests, ffmpeg for media,
# the PostgreSQL server programs (the tests start a throwaway cluster of their own; no service is needed), and Node.js
# with the npm packages graphql-http for the GraphQL-over-HTTP audit (tests/graphql-audit) and s3rver, the S3-compatible
# server the S3 blob store's tests start (tests/s3-server), each pinned by its lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -d tests/graphql-audit/node_modules/graphql-http ]; then
  npm ci --prefix tests/graphql-audit --no-audit --no-fund >/dev/null
fi
if [ ! -d tests/s3-server/node_modules/s3rver ]; then
  npm ci --prefix tests/s3-server --no-audit --no-fund >/dev/null
fi

# Each project writes its results to TestResults/*.trx, which scripts/test-totals.sh reads. Browser tests fail by
# themselves past their own deadline; a test host that still hangs is stopped (and reported) instead of holding CI.
rm -rf TestResults
dotnet test LtiPathways.sln --blame-hang-timeout 5m --logger "trx;LogFilePrefix=results" --results-directory TestResults "$@"
