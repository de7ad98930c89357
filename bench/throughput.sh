#!/usr/bin/env bash
# Words per second of a whole process on a long text: target/traduire (dictionary backend, English
# only) against the Apertium chain (fr-es | spa-eng), on the same input, median of RUNS runs each.
# The text: the Verne novel in shared/samples, decoded to UTF-8 and repeated to pass 100,000 words.
# Usage: bench/throughput.sh [RUNS]   (default 5)
source "$(dirname "$0")/common.sh"
runs=${1:-5}
build

text=$work/long.fr.txt
novel=$shared/samples/verne-tour-du-monde-80-jours.iso-8859-1.txt
iconv -f ISO-8859-1 -t UTF-8 "$novel" | tr -d '\r' > "$work/novel.txt"
: > "$text"
while [ "$(wc -w < "$text")" -lt 100000 ]; do cat "$work/novel.txt" >> "$text"; done
words=$(wc -w < "$text")

# Seconds of wall time of one run of the command in $1 (a shell snippet).
time_once() {
  start=$(now)
  bash -c "$1" > /dev/null
  end=$(now)
  awk -v a="$start" -v b="$end" 'BEGIN {print b - a}'
}

# The two commands run in turn, RUNS times each, so that both see the same machine: on a shared
# machine the load changes from minute to minute, and timing one after the other skews the ratio.
dict_cmd="'$launcher' -q -f target '$text'"
ap_cmd="apertium -u fr-es < '$text' | apertium -u spa-eng"
echo "input: $words words ($text), median of $runs runs each, interleaved"
: > "$work/dict.times"
: > "$work/apertium.times"
for _ in $(seq "$runs"); do
  time_once "$dict_cmd" >> "$work/dict.times"
  if have_apertium; then
    time_once "$ap_cmd" >> "$work/apertium.times"
  fi
done
t_dict=$(median < "$work/dict.times")
printf '%-12s %8.2f s %10.0f words/s   (runs: %s)\n' dictionary "$t_dict" "$(div "$words" "$t_dict")" \
  "$(sort -g "$work/dict.times" | tr '\n' ' ')"
if have_apertium; then
  t_ap=$(median < "$work/apertium.times")
  printf '%-12s %8.2f s %10.0f words/s   (runs: %s)\n' apertium "$t_ap" "$(div "$words" "$t_ap")" \
    "$(sort -g "$work/apertium.times" | tr '\n' ' ')"
  printf 'dictionary is %.1f times as fast as the Apertium chain (target: at least 10)\n' \
    "$(div "$t_ap" "$t_dict")"
else
  echo "(apertium not installed: no comparison)"
fi
