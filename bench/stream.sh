#!/usr/bin/env bash
# Streaming (issue #7: "the heap bounded by the section being worked on, not the whole input"):
# the Verne novel repeated to about 5, 20 and 50 MB, translated with -f target through the
# launcher, streamed (the default above input.stream_above=1M) and read whole
# (input.stream_above=off). For each it prints the wall time, the peak RSS, and the largest heap
# left after a collection (-Xlog:gc: what the run held at that moment, the measure of what it
# keeps), and checks that the streamed outputs are the same bytes as the whole ones.
#   bench/stream.sh [SIZES_MB...]     default: 5 20 50
. "$(dirname "$0")/common.sh"
build
if [ ! -x /usr/bin/time ]; then echo "needs GNU time: apt-get install time" >&2; exit 2; fi
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5 20 50)
iconv -f ISO-8859-1 -t UTF-8 "$shared/samples/verne-tour-du-monde-80-jours.iso-8859-1.txt" | tr -d '\r' > "$work/novel.txt"
# the largest heap after a collection in a -Xlog:gc file, in MB ("...) 45M->12M(64M) 3.2ms")
held() { grep -o '[0-9]*M->[0-9]*M' "$1" | sed 's/.*->//; s/M//' | sort -n | tail -1; }
run() { # mode file -> prints "seconds rss_mb held_mb"
  local mode=$1 file=$2 log=$work/stream-gc.log
  rm -f "$log"
  local t0 t1 kb
  t0=$(now)
  kb=$(TRADUIRE_JAVA_OPTS="-Xlog:gc:file=$log" /usr/bin/time -f %M "$launcher" -q -f target \
    --set "input.stream_above=$mode" "$file" 2>&1 >"$work/stream-$mode.out" | tail -1)
  t1=$(now)
  printf '%s %s %s' "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')" "$(div "$kb" 1024)" "$(held "$log")"
}
printf '%-8s %-9s %8s %10s %14s\n' size mode seconds "peak RSS" "heap held max"
for mb in "${sizes[@]}"; do
  file=$work/novel-${mb}M.txt
  : > "$file"
  while [ "$(stat -c %s "$file")" -lt $((mb << 20)) ]; do cat "$work/novel.txt" >> "$file"; done
  read -r s1 r1 h1 <<< "$(run 1M "$file")"
  read -r s2 r2 h2 <<< "$(run off "$file")"
  same=$(cmp -s "$work/stream-1M.out" "$work/stream-off.out" && echo "same output" || echo "OUTPUTS DIFFER")
  printf '%-8s %-9s %8s %7.0f MB %11s MB\n' "${mb} MB" streamed "$s1" "$r1" "${h1:-0}"
  printf '%-8s %-9s %8s %7.0f MB %11s MB  %s\n' "${mb} MB" whole "$s2" "$r2" "${h2:-0}" "$same"
done
