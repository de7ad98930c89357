#!/usr/bin/env bash
# Does -j N keep N requests in flight? Translates a generated article of SECTIONS sections (one
# request each, a few hundred segments in all) through the openai backend against
# bench/delay_server.py, which answers every request after DELAY seconds, and prints the run's
# wall time against the ideal (requests x delay / jobs). Target (issue #4): ratio <= 1.3 with -j 8.
#   bench/http_jobs.sh [JOBS] [DELAY] [SECTIONS]      defaults: 8 1.0 63 (64 requests with the title)
. "$(dirname "$0")/common.sh"
jobs=${1:-8}
delay=${2:-1.0}
sections=${3:-63}
build

article=$work/http-jobs.fr.txt
python3 - "$sections" > "$article" <<'PY'
import sys
n = int(sys.argv[1])
print("Une journée ordinaire dans la ville\n")
for i in range(1, n + 1):
    print(f"Partie numéro {i}\n")
    print(f"Le matin, les habitants du quartier {i} se lèvent tôt et prennent le train pour aller au travail. "
          "Les enfants vont à l'école avec leurs parents, qui parlent du temps qu'il fait. "
          "Le boulanger ouvre sa boutique et vend du pain frais aux voisins. "
          "Plus tard, la rue devient calme et les oiseaux chantent dans les arbres du parc.\n")
PY

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
stats=$work/http-jobs.stats.json
python3 "$root/bench/delay_server.py" "$port" "$delay" "$stats" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/v1/models" && break; sleep 0.1; done

start=$(date +%s.%N)
"$launcher" -v --no-cache -b openai -j "$jobs" --set openai.url="http://127.0.0.1:$port" --set openai.model=delay-model \
  -f json -o "$work/http-jobs.json" "$article" 2> "$work/http-jobs.err" || echo "exit code $? (see $work/http-jobs.err)"
end=$(date +%s.%N)

python3 - "$stats" "$work/http-jobs.json" "$work/http-jobs.err" "$start" "$end" "$jobs" "$delay" <<'PY'
import json, re, sys, math
stats = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
err = open(sys.argv[3]).read()
start, end, jobs, delay = float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]), float(sys.argv[7])
translated, failed = doc["summary"]["translated"], doc["summary"]["failed"]
requests = stats["requests"]
ideal = requests * delay / jobs
wall = end - start
m = re.search(r"translate (\d+) ms", err)
phase = int(m.group(1)) / 1000 if m else float("nan")
print(f"requests {requests}, most in flight {stats['max_in_flight']}, blocks translated {translated}, failed {failed}")
print(f"ideal (requests x {delay} s / {jobs}) {ideal:.2f} s; rounds of {jobs}: {math.ceil(requests / jobs) * delay:.2f} s")
print(f"whole run {wall:.2f} s -> ratio {wall / ideal:.2f}   (JVM start, parse and detection included)")
print(f"translate phase {phase:.2f} s -> ratio {phase / ideal:.2f}")
PY
