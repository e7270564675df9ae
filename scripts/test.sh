#!/usr/bin/env bash
# Runs every test project. Installs what the tests need (Debian chromium for browser tests, ffmpeg for media) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v ffmpeg >/dev/null; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium ffmpeg >/dev/null
fi

# A hung test host is stopped (and reported) instead of holding CI until its limit.
dotnet test LtiPathways.sln --blame-hang-timeout 10m "$@"
