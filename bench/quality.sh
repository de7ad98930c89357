#!/usr/bin/env bash
# Translation quality of the dictionary backend: chrF and BLEU (shared/tools/mtscore.py) on the
# FLORES-101 dev set and on bench/news (news text written for this project), with the Apertium
# chain (fr-es | spa-eng) scored on the same input beside it when apertium is installed
# (Debian: apt-get install apertium apertium-fr-es apertium-eng-spa).
# Usage: bench/quality.sh
source "$(dirname "$0")/common.sh"
build

score() { python3 "$shared/tools/mtscore.py" "$1" "$2"; }

sets=("flores101-devtest:$shared/eval/flores101-devtest.fr:$shared/eval/flores101-devtest.en")
if [ -f "$root/bench/news/news.fr" ]; then
  sets+=("news:$root/bench/news/news.fr:$root/bench/news/news.en")
fi
printf '%-20s %-12s %s\n' "set" "system" "score"
for set in "${sets[@]}"; do
  IFS=: read -r name src ref <<<"$set"
  "$launcher" -q --input-format lines -f target "$src" > "$work/$name.dictionary.en"
  printf '%-20s %-12s %s\n' "$name" "dictionary" "$(score "$work/$name.dictionary.en" "$ref")"
  if have_apertium; then
    apertium_chain < "$src" > "$work/$name.apertium.en"
    printf '%-20s %-12s %s\n' "$name" "apertium" "$(score "$work/$name.apertium.en" "$ref")"
  fi
  printf '%-20s %-12s %s\n' "$name" "(copy)" "$(score "$src" "$ref")"
done
have_apertium || echo "(apertium not installed: its scores are left out)"
