#!/usr/bin/env bash
# Peak resident memory (GNU time's maximum RSS) of a whole run through the launcher: the sample
# article (side by side) and a 100,000+-word text (the Verne novel repeated, English only).
# Targets (issue #7): under 150 MB for the sample, under 600 MB for the long text.
#   bench/memory.sh
. "$(dirname "$0")/common.sh"
build
if [ ! -x /usr/bin/time ]; then echo "needs GNU time: apt-get install time" >&2; exit 2; fi
text=$work/long.fr.txt
iconv -f ISO-8859-1 -t UTF-8 "$shared/samples/verne-tour-du-monde-80-jours.iso-8859-1.txt" | tr -d '\r' > "$work/novel.txt"
: > "$text"
while [ "$(wc -w < "$text")" -lt 100000 ]; do cat "$work/novel.txt" >> "$text"; done
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
kb=$(peak "$launcher" --color=never --width 100 "$root/samples/deepseek-h100-gpus.fr.txt")
printf 'sample article          peak RSS %6.1f MB (target < 150)\n' "$(div "$kb" 1024)"
kb=$(peak "$launcher" -q -f target "$text")
printf '%d-word text     peak RSS %6.1f MB (target < 600)\n' "$(wc -w < "$text")" "$(div "$kb" 1024)"
