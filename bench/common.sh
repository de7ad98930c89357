# Shared by the bench scripts: paths, building the jar, and the Apertium chain.
# shellcheck shell=bash
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${TRADUIRE_SHARED:-$root/../shared}
launcher=$root/target/traduire
work=${TMPDIR:-/tmp}/traduire-bench
mkdir -p "$work"

# Builds target/traduire.jar and the launcher unless they are newer than every source file.
build() {
  if [ ! -x "$launcher" ] || [ -n "$(find "$root/src" "$root/pom.xml" -newer "$root/target/traduire.jar" -print -quit)" ]; then
    echo "building the jar..." >&2
    (cd "$root" && mvn -q -B package -DskipTests) >&2
  fi
}

have_apertium() {
  command -v apertium >/dev/null 2>&1 && [ -e /usr/share/apertium/modes/fr-es.mode ] \
    && [ -e /usr/share/apertium/modes/spa-eng.mode ]
}

# Apertium has no French-English pair: chain French-Spanish and Spanish-English, unknown words
# unmarked (-u), as the issue measured it.
apertium_chain() {
  apertium -u fr-es | apertium -u spa-eng
}

# The median of the numbers on standard input.
median() {
  sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'
}

# Seconds, with nanoseconds, since the epoch.
now() {
  date +%s.%N
}

# $1 divided by $2.
div() {
  awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'
}
