#!/usr/bin/env bash
# Pathological inputs from issue #9 through the launcher: time, seconds per MB, exit code, and
# whether stderr stayed free of stack traces. Each input must end with a documented exit code,
# no stack trace, within a time bound proportional to its size: BOUND_BASE seconds (the JVM's
# start) plus BOUND_PER_MB seconds per MB (1 MB = 2^20 bytes), a generous bound (see README,
# Benchmarks). Prints one line per input with PASS or FAIL, and exits 1 if any failed.
#   bench/extremes.sh                 BOUND_BASE=3 BOUND_PER_MB=3 by default
. "$(dirname "$0")/common.sh"
base=${BOUND_BASE:-3}
per_mb=${BOUND_PER_MB:-3}
build
dir=$work/extremes
rm -rf "$dir"; mkdir -p "$dir"
python3 - "$dir" <<'PY'
import sys, os
d = sys.argv[1]
phrase = "Le chat dort sur le canapé et le chien mange dans la cuisine. "
open(f"{d}/one-mb-line.txt", "w").write((phrase * (1_000_000 // len(phrase) + 1))[:1_000_000] + "\n")
open(f"{d}/tiny-paragraphs.txt", "w").write("".join(f"Le chat {i} dort.\n\n" for i in range(100_000)))
open(f"{d}/deep-list.md", "w").write("".join("  " * i + "- Le chat dort.\n" for i in range(10_000)))
open(f"{d}/deep-quote.md", "w").write("".join(">" * i + " Le chat dort.\n" for i in range(1, 10_001)))
open(f"{d}/deep-divs.html", "w").write("<html><body>" + "<div>" * 10_000 + "<p>Le chat dort sur le canapé.</p>" + "</div>" * 10_000 + "</body></html>\n")
open(f"{d}/unclosed.html", "w").write("<html><body><article><p>Le chat dort <b>sur le <i>canapé\n<p>Le chien <a href='x'>mange\n" * 2000)
PY
printf '%-22s %10s %8s %8s %8s %8s %5s %-6s %s\n' input bytes MB seconds s/MB bound exit trace verdict
failed=0
for f in "$dir"/*; do
  start=$(now)
  code=0
  "$launcher" -q -f json "$f" > "$dir/out.json" 2> "$dir/err.txt" || code=$?
  end=$(now)
  trace=no
  if grep -q $'\tat \\|Exception' "$dir/err.txt"; then trace=YES; fi
  bytes=$(wc -c < "$f")
  read -r mb seconds rate bound verdict < <(awk -v b="$bytes" -v s="$start" -v e="$end" -v base="$base" \
    -v per="$per_mb" -v code="$code" -v trace="$trace" 'BEGIN {
      mb = b / 1048576; t = e - s; bound = base + per * mb
      ok = t <= bound && (code == 0 || code == 1 || code == 2 || code == 3) && trace == "no"
      printf "%.2f %.2f %.2f %.1f %s\n", mb, t, t / mb, bound, ok ? "PASS" : "FAIL"
    }')
  [ "$verdict" = PASS ] || failed=$((failed + 1))
  printf '%-22s %10d %8s %8s %8s %8s %5d %-6s %s\n' "$(basename "$f")" "$bytes" "$mb" "$seconds" "$rate" "$bound" \
    "$code" "$trace" "$verdict"
done
rm -f "$dir/out.json" "$dir/err.txt"
echo "bound: $base s + $per_mb s per MB; exit code 0-3; no stack trace. $failed failed."
[ "$failed" -eq 0 ]
