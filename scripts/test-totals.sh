#!/usr/bin/env bash
# Prints the totals of the last scripts/test.sh run over all test projects as one line "N passed, N failed".
# A test the run never reached (its test host crashed or hung) counts as failed and is named, so an aborted run can
# never read "0 failed". Usage: scripts/test-totals.sh <exit status of scripts/test.sh>
set -uo pipefail
cd "$(dirname "$0")/.."
status=${1:-0}
results=TestResults

unescape() { sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'; }

ran=$(mktemp); listed=$(mktemp)
trap 'rm -f "$ran" "$listed"' EXIT
# One trx file per test project; each result element carries testName="..." and outcome="...".
cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*>' \
  | sed -E 's/.* testName="([^"]*)".* outcome="([^"]*)".*/\2 \1/' | unescape >"$ran"
passed=$(grep -c '^Passed ' "$ran")
failed=$(grep -vc -e '^Passed ' -e '^NotExecuted ' "$ran")

dotnet test LtiPathways.sln --no-build --list-tests 2>/dev/null | sed -n 's/^    //p' | sort >"$listed"
if [ -s "$listed" ]; then
  never=$(comm -23 "$listed" <(cut -d' ' -f2- "$ran" | sort))
  if [ -n "$never" ]; then
    count=$(printf '%s\n' "$never" | wc -l)
    echo "Never ran (counted as failed): $count"
    printf '%s\n' "$never" | sed 's/^/  /'
    failed=$((failed + count))
  fi
else
  echo "The tests could not be listed (did the build fail?)."
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "The test command failed (exit status $status) before any test failed; see its output above."
  failed=1
fi
echo "$passed passed, $failed failed"
