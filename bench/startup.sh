#!/usr/bin/env bash
# Start-up: one sentence through a pipe (`printf 'Bonjour le monde.\n' | traduire -f target`)
# against Apertium's two-step chain on the same sentence, and the sample article (side by side)
# against the one sentence; the commands run in turn, RUNS times each, medians printed.
# Targets (issue #7): sentence <= 0.8 x Apertium; sample <= 1.5 x sentence.
#   bench/startup.sh [RUNS]     default 15
. "$(dirname "$0")/common.sh"
runs=${1:-15}
build

sentence="printf 'Bonjour le monde.\\n' | '$launcher' -f target"
sample="'$launcher' --color=never --width 100 '$root/samples/deepseek-h100-gpus.fr.txt'"
apertium="printf 'Bonjour le monde.\\n' | apertium -u fr-es | apertium -u spa-eng"
time_once() {
  local start end
  start=$(now)
  bash -c "$1" > /dev/null 2>&1
  end=$(now)
  awk -v a="$start" -v b="$end" 'BEGIN {print b - a}'
}
: > "$work/s.times"; : > "$work/a.times"; : > "$work/p.times"
for _ in $(seq "$runs"); do
  time_once "$sentence" >> "$work/s.times"
  time_once "$sample" >> "$work/p.times"
  if have_apertium; then time_once "$apertium" >> "$work/a.times"; fi
done
s=$(median < "$work/s.times"); p=$(median < "$work/p.times")
printf 'one sentence, traduire   %6.3f s\n' "$s"
printf 'sample article, traduire %6.3f s   -> %.2f x the sentence (target <= 1.5)\n' "$p" "$(div "$p" "$s")"
if have_apertium; then
  a=$(median < "$work/a.times")
  printf 'one sentence, Apertium   %6.3f s   -> traduire/Apertium %.2f (target <= 0.8)\n' "$a" "$(div "$s" "$a")"
fi
