#!/usr/bin/env bash
# Pathological inputs from issue #9 through the launcher: time, exit code, and whether stderr
# stayed free of stack traces. Prints one line per input; measures, fixes nothing.
#   bench/extremes.sh
. "$(dirname "$0")/common.sh"
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
printf '%-22s %9s %7s %6s %s\n' input bytes seconds exit "stack trace?"
for f in "$dir"/*; do
  start=$(now)
  code=0
  "$launcher" -q -f json "$f" > "$dir/out.json" 2> "$dir/err.txt" || code=$?
  end=$(now)
  trace=no
  if grep -q $'\tat \|Exception' "$dir/err.txt"; then trace=YES; fi
  printf '%-22s %9d %7.2f %6d %s\n' "$(basename "$f")" "$(wc -c < "$f")" "$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')" "$code" "$trace"
done
