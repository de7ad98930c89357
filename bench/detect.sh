#!/usr/bin/env bash
# Language detection with and without the lexicon (detect.lexicon=true, the default, settles
# plainly French texts without loading Lingua; false asks Lingua about every text), on snippets of
# Debian's man pages in French, English, German, Spanish, Italian, Dutch and Portuguese (one
# sentence, up to 200 characters, a paragraph): for each language, how many snippets each mode
# calls French, and how many the lexicon settled. What must hold: no snippet of another language
# called French by the lexicon that Lingua alone would not call French.
#   bench/detect.sh [PER_KIND]     default 150 snippets per language and kind
# Needs groff and the man pages: apt-get install groff-base manpages-fr manpages-de manpages-es
# manpages-it manpages-nl manpages-pt-br (the snippets are cut once, into $TMPDIR/traduire-bench).
. "$(dirname "$0")/common.sh"
per=${1:-150}
build
corpus=$work/detect-corpus-$per
if [ ! -d "$corpus" ]; then
  python3 "$root/bench/detect_corpus.py" "$corpus.tmp" "$per" 7
  mv "$corpus.tmp" "$corpus"
fi
printf '%-4s %-10s %6s %18s %18s %14s\n' lang kind texts 'French (lexicon)' 'French (Lingua)' 'lexicon said'
for lang in fr en de es it nl pt; do
  for mode in true false; do
    "$launcher" detect -q -v --set detect.lexicon=$mode "$corpus/$lang"/*.txt \
      > "$work/detect-$mode.tsv" 2> "$work/detect-$mode.err"
  done
  for kind in sentence short paragraph; do
    n=$(grep -c "/$kind-" "$work/detect-true.tsv" || true)
    a=$(awk -F'\t' -v k="/$kind-" 'index($1, k) && $2 == "fr"' "$work/detect-true.tsv" | wc -l)
    b=$(awk -F'\t' -v k="/$kind-" 'index($1, k) && $2 == "fr"' "$work/detect-false.tsv" | wc -l)
    printf '%-4s %-10s %6d %18d %18d\n' "$lang" "$kind" "$n" "$a" "$b"
  done
  settled=$(sed -n 's/.*the lexicon settled \([0-9]*\) of \([0-9]*\).*/\1 of \2/p' "$work/detect-true.err")
  printf '%-4s %-10s %6s %18s %18s %14s\n' "$lang" all '' '' '' "$settled"
  # French by the lexicon, not by Lingua: must be none outside French
  if [ "$lang" != fr ]; then
    join -t "$(printf '\t')" <(sort "$work/detect-true.tsv") <(sort "$work/detect-false.tsv") \
      | awk -F'\t' '$2 == "fr" && $4 != "fr" {print "  called French by the lexicon only: " $1}'
  fi
done
