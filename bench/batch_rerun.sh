#!/usr/bin/env bash
# Does a second run over an unchanged folder cost next to nothing? The Verne novel, cut into
# FILES articles, is translated through the openai backend against bench/delay_server.py (every
# request answered after DELAY seconds) with a fresh translation memory, then the same command is
# run again. Prints both times and request counts. Target (issue #6): the second run takes at most
# a tenth of the first and makes zero backend requests.
#   bench/batch_rerun.sh [DELAY] [JOBS] [FILES]      defaults: 1.0 4 40
. "$(dirname "$0")/common.sh"
delay=${1:-1.0}
jobs=${2:-4}
files=${3:-40}
build

in=$work/rerun-in
out=$work/rerun-out
cache=$work/rerun-cache.sqlite
rm -rf "$in" "$out" "$cache" "$cache"-wal "$cache"-shm
mkdir -p "$in"
iconv -f ISO-8859-1 -t UTF-8 "$shared/samples/verne-tour-du-monde-80-jours.iso-8859-1.txt" | tr -d '\r' \
  | python3 -c '
import sys
paragraphs = [p for p in sys.stdin.read().split("\n\n") if p.strip()]
n, folder = int(sys.argv[1]), sys.argv[2]
per = -(-len(paragraphs) // n)
for i in range(n):
    part = paragraphs[i * per:(i + 1) * per]
    if part:
        with open(f"{folder}/partie-{i + 1:02d}.txt", "w") as f:
            f.write("\n\n".join(part) + "\n")
' "$files" "$in"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
stats=$work/rerun.stats.json
python3 "$root/bench/delay_server.py" "$port" "$delay" "$stats" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/v1/models" && break; sleep 0.1; done

requests() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["requests"])' "$stats"; }
run() {
  local start end
  start=$(now)
  "$launcher" -q -b openai -j "$jobs" --cache "$cache" --set openai.url="http://127.0.0.1:$port" \
    --set openai.model=delay-model -f target "$in" -O "$out"
  end=$(now)
  awk -v a="$start" -v b="$end" 'BEGIN {print b - a}'
}
r0=$(requests); t1=$(run); r1=$(requests); t2=$(run); r2=$(requests)
echo "$(ls "$in" | wc -l) files, $(cat "$in"/*.txt | wc -w) words, -j $jobs, server delay $delay s"
printf 'first run   %7.2f s  %4d requests\n' "$t1" "$((r1 - r0))"
printf 'second run  %7.2f s  %4d requests  (%.3f of the first)\n' "$t2" "$((r2 - r1))" "$(div "$t2" "$t1")"
