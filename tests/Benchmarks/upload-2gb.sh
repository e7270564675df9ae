#!/usr/bin/env bash
# A large upload through the resumable (tus) endpoint of the tool running as `dotnet run -c Release`, on loopback:
# throughput against the disk's raw write speed (dd conv=fdatasync, same size, same file system), measured back to back
# RUNS times (the machine may be shared: the median of each counts, and each run's ratio is printed), the server's
# CPU seconds per upload, and its resident memory before and at peak (VmRSS sampled every 0.2 s).
# Usage: tests/Benchmarks/upload-2gb.sh [MiB] [port] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
MIB="${1:-2048}"
PORT="${2:-5190}"
RUNS="${3:-3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ltipathways-upload.XXXXXX")"
SERVER=""
SAMPLER=""
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "building (Release)…"
dotnet build -c Release src/LtiTool -v q -nologo >/dev/null
dotnet build -c Release tests/Benchmarks -v q -nologo >/dev/null

echo "test file: ${MIB} MiB of random bytes behind a PDF header"
{ printf '%%PDF-1.7\n'; head -c "$((MIB * 1024 * 1024 - 9))" /dev/urandom; } > "$WORK/upload.pdf"

ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
  dotnet run -c Release --no-build --project src/LtiTool --urls "http://127.0.0.1:$PORT" \
  --ConnectionStrings:Default="Data Source=$WORK/tool.db" --Storage:Root="$WORK/media" --Media:Enabled=false >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health/live" >/dev/null && break
  sleep 0.5
done
# dotnet run starts the tool as a child process; the listener's pid is the one to measure.
PID="$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
rss() { awk '/^VmRSS/ {print $2}' "/proc/$PID/status"; }
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
BEFORE="$(rss)"
( peak=0; while [ -e "/proc/$PID/status" ]; do r="$(rss)"; [ "${r:-0}" -gt "$peak" ] && peak="$r" && echo "$peak" > "$WORK/peak"; sleep 0.2; done ) &
SAMPLER=$!

BYTES=$((MIB * 1024 * 1024))
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  dd if=/dev/zero of="$WORK/dd.bin" bs=1M count="$MIB" conv=fdatasync status=none
  raw=$(echo "$BYTES / 1000000 / ($(date +%s.%N) - $start)" | bc -l)
  rm -f "$WORK/dd.bin"
  before_cpu=$(cpu)
  line="$(dotnet run -c Release --no-build --project tests/Benchmarks -- --upload "http://127.0.0.1:$PORT" "$WORK/upload.pdf")"
  upload=$(echo "$line" | grep -o '= [0-9]* MB/s' | grep -o '[0-9]*')
  cpu_s=$(echo "($(cpu) - $before_cpu) / $(getconf CLK_TCK)" | bc -l)
  printf 'run %d: raw disk %.0f MB/s, upload %d MB/s (%.0f %%), server CPU %.1f s\n' \
    "$run" "$raw" "$upload" "$(echo "100 * $upload / $raw" | bc -l)" "$cpu_s" | tee -a "$WORK/runs"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
RAW="$(grep -o 'raw disk [0-9]*' "$WORK/runs" | grep -o '[0-9]*$' | median)"
UP="$(grep -o 'upload [0-9]*' "$WORK/runs" | grep -o '[0-9]*$' | median)"
echo "median of $RUNS: raw disk $RAW MB/s, upload $UP MB/s ($(echo "100 * $UP / $RAW" | bc) % of raw)"
sleep 0.5
PEAK="$(cat "$WORK/peak")"
echo "server memory (VmRSS, pid $PID): $((BEFORE / 1024)) MB before, $((PEAK / 1024)) MB peak, $(((PEAK - BEFORE) / 1024)) MB extra"
