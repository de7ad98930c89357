#!/usr/bin/env bash
# Issue #9's longer fuzz run: the jqwik properties with many more tries than the unit run gives
# them, from a given or a random seed, through Maven offline. AnyBytesCliPropertiesTest sends
# random bytes, bad UTF-8, mixed line ends, zero-width and bidi characters, Markdown and HTML
# pieces through the whole command line; ProtectionPropertiesTest checks the placeholders of
# protected spans; StreamingPropertiesTest that any input streamed in one-paragraph windows ends
# as it does read whole (exit code, output, messages). Prints, per property, the tries and the
# seed, the exit codes seen, then the failures and the wall time; exits 1 when a property failed
# (its shrunk sample is in the log).
#   bench/fuzz.sh [TRIES] [SEED]        default 5000 tries, a random seed
# Rerun a failure with the seed printed: bench/fuzz.sh TRIES SEED.
. "$(dirname "$0")/common.sh"
tries=${1:-5000}
seed=${2:-$(( (RANDOM << 45 | RANDOM << 30 | RANDOM << 15 | RANDOM) ))}
tests=AnyBytesCliPropertiesTest,ProtectionPropertiesTest,StreamingPropertiesTest
log=$work/fuzz.log

echo "fuzz: $tests, $tries tries per property, seed $seed (log: $log)"
start=$(now)
status=0
# traduire.fuzz.* reach the tests through testing/FuzzSettings; the jqwik database goes beside
# the log, so the run neither reads nor changes the project's .jqwik-database.
(cd "$root" && mvn -B -o test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtraduire.fuzz.tries="$tries" -Dtraduire.fuzz.seed="$seed" -Djqwik.database="$work/fuzz.jqwik-database") \
  > "$log" 2>&1 || status=$?
end=$(now)

# jqwik's report of each property: "timestamp = ..., Class:method = " then "tries = N", "checks = N",
# "seed = S"; a statistics block before it ("[Class:method] (N) exit = ") lists the exit codes seen.
awk '
  /^timestamp = .*\] \([0-9]+\) exit = $/ { stats = 1; codes = "  exit codes:"; next }
  /^timestamp = .*\] \([0-9]+\) source side rebuilt from JSON = $/ {
    n = $0; sub(/.*\] \(/, "", n); sub(/\).*/, "", n); rebuilt = "  source side rebuilt from the JSON output: " n " inputs"; next
  }
  stats && /^ +[0-9]+ \( *[0-9]+\)/ { gsub(/[()]/, " "); codes = codes sprintf(" %s x%s", $1, $2); next }
  { stats = 0 }
  /^timestamp = .*, [A-Za-z]+:[A-Za-z]+ = $/ { sub(/^timestamp = [^,]*, /, ""); sub(/ = $/, ""); name = $0; next }
  name != "" && /^tries = / { t = $3 }
  name != "" && /^checks = / { c = $3 }
  name != "" && /^seed = / {
    printf "%s\n  tries %s, checks %s, seed %s\n", name, t, c, $3
    if (codes != "") print codes
    if (rebuilt != "") print rebuilt
    name = ""; codes = ""; rebuilt = ""
  }
' "$log"

# Maven's own count, from its summary: "Tests run: 4, Failures: 0, Errors: 0, Skipped: 0"
summary=$(grep -E '^\[[A-Z]+\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+' "$log" | tail -1 || true)
properties=$(sed -E 's/.*Tests run: ([0-9]+).*/\1/' <<< "${summary:-Tests run: 0}")
failures=$(sed -E 's/.*Failures: ([0-9]+), Errors: ([0-9]+).*/\1 + \2/' <<< "${summary:-Failures: 0, Errors: 0}")
failures=$((failures))
printf 'properties: %d  tries each: %s  seed: %s  failures: %d  wall time: %.1f s\n' \
  "$properties" "$tries" "$seed" "$failures" "$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')"
if [ "$status" -ne 0 ] || [ "$failures" -ne 0 ] || [ "$properties" -eq 0 ]; then
  echo "FAILED: see $log for the shrunk sample; rerun with: bench/fuzz.sh $tries $seed"
  exit 1
fi
