#!/usr/bin/env bash
# bench/relevance.sh: search relevance of studysite against Pagefind over the same real corpora.
#
#   bash bench/relevance.sh                         # both corpora of ../shared/corpora
#   bash bench/relevance.sh gillouche-aws-notes     # one corpus
#   bash bench/relevance.sh --rebuild               # rebuild the jar and both sites first
#
# Per corpus it builds the site with the studysite CLI, and a Hugo site of the same folder indexed by
# Pagefind, then runs the queries of bench/relevance/queries.tsv through both engines in headless Chromium
# (studysite from disk, Pagefind over http from a local python3 server) and prints per query the rank of
# the expected note, the score (2 = first, 1 = top 3) and the milliseconds and bytes of each engine,
# then the totals. Writes bench/out/relevance-results.txt. Everything else goes to bench/out/relevance/
# (git-ignored). Builds are reused until the jar, the corpus or the Hugo template change.
#
# Needs Debian's chromium and chromium-driver, and installs when missing: Debian's hugo (apt-get, as root)
# and npm's pagefind (PAGEFIND_VERSION, default 1.6.0) into bench/out/relevance/tools.
# Environment: CORPORA (default ../shared/corpora beside the repository), QUERIES (another queries file), PAGEFIND_VERSION,
# BENCH_NO_INSTALL=1 (never install anything).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
OUT="$BENCH/out/relevance"
CORPORA="${CORPORA:-$(cd "$ROOT/.." && pwd)/shared/corpora}"
[ -d "$CORPORA" ] || CORPORA=/work/shared/corpora
PAGEFIND_VERSION="${PAGEFIND_VERSION:-1.6.0}"
QUERIES="${QUERIES:-$BENCH/relevance/queries.tsv}"
REBUILD=0
NAMES=()
for arg in "$@"; do
  case "$arg" in
    --rebuild) REBUILD=1 ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "relevance.sh: unknown option $arg" >&2; exit 2 ;;
    *) NAMES+=("$arg") ;;
  esac
done
[ ${#NAMES[@]} -gt 0 ] || NAMES=(awsdocs-1k gillouche-aws-notes)
for name in "${NAMES[@]}"; do
  [ -d "$CORPORA/$name" ] || { echo "relevance.sh: no corpus $CORPORA/$name" >&2; exit 2; }
done
if [ "$(locale charmap 2>/dev/null || true)" != UTF-8 ]; then export LC_ALL=C.UTF-8; fi
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$tool" ] || { echo "relevance.sh: $tool is missing: apt-get install chromium chromium-driver" >&2; exit 1; }
done
mkdir -p "$OUT"

# ---- tools ----------------------------------------------------------------------------------------
if ! command -v hugo >/dev/null; then
  [ "${BENCH_NO_INSTALL:-0}" != 1 ] && [ "$(id -u)" = 0 ] || { echo "relevance.sh: hugo is missing: apt-get install hugo" >&2; exit 1; }
  echo "installing Debian's hugo" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q hugo >&2
fi
PAGEFIND="$OUT/tools/node_modules/.bin/pagefind"
if [ ! -x "$PAGEFIND" ] || [ "$("$PAGEFIND" --version | awk '{print $2}')" != "$PAGEFIND_VERSION" ]; then
  [ "${BENCH_NO_INSTALL:-0}" != 1 ] || { echo "relevance.sh: pagefind $PAGEFIND_VERSION is missing in $OUT/tools" >&2; exit 1; }
  mkdir -p "$OUT/tools"
  echo "installing pagefind@$PAGEFIND_VERSION into $OUT/tools" >&2
  (cd "$OUT/tools" && npm install --no-audit --no-fund --silent "pagefind@$PAGEFIND_VERSION" >&2)
fi
echo "hugo: $(hugo version | awk '{print $2}'), $("$PAGEFIND" --version)" >&2

# ---- studysite ------------------------------------------------------------------------------------
JAR="$ROOT/generator/cli/target/studysite.jar"
if [ ! -f "$JAR" ] || [ $REBUILD = 1 ]; then
  echo "building the studysite CLI" >&2
  (cd "$ROOT" && mvn -B -o -q -DskipTests -pl generator/core,generator/cli package >&2)
fi
cp "$JAR" "$OUT/studysite.jar.new" && mv "$OUT/studysite.jar.new" "$OUT/studysite.jar"
JAR_SUM="$(sha256sum "$OUT/studysite.jar" | cut -c1-16)"

# A stamp says what a build was made from; a build is redone when its stamp differs.
fresh() { [ $REBUILD = 0 ] && [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }
corpus_sum() { (cd "$CORPORA/$1" && find . -type f -name '*.md' -printf '%P %s %T@\n' | sort | sha256sum | cut -c1-16); }

for name in "${NAMES[@]}"; do
  dir="$OUT/$name"
  mkdir -p "$dir"
  content_sum="$(corpus_sum "$name")"
  stamp="jar=$JAR_SUM corpus=$content_sum"
  if ! fresh "$dir/studysite.stamp" "$stamp" || [ ! -d "$dir/studysite/_studysite/search" ]; then
    echo "$name: studysite build" >&2
    start=$(date +%s.%N)
    java -jar "$OUT/studysite.jar" build --content "$CORPORA/$name" --out "$dir/studysite" > "$dir/studysite-build.log" 2>&1 \
      || { rc=$?; [ $rc = 1 ] || { tail -20 "$dir/studysite-build.log" >&2; exit 1; }; }
    echo "$(echo "$(date +%s.%N) - $start" | bc) s" > "$dir/studysite-build.time"
    echo "$stamp" > "$dir/studysite.stamp"
  fi
  # Hugo: the corpus's Markdown as content (index.md renamed _index.md: Hugo would read the folder
  # as a bundle and drop its other notes), the template of bench/relevance/hugo.
  template_sum="$(cd "$BENCH/relevance/hugo" && find . -type f -exec sha256sum {} + | sort | sha256sum | cut -c1-16)"
  stamp="corpus=$content_sum template=$template_sum hugo=$(hugo version | awk '{print $2}') pagefind=$PAGEFIND_VERSION"
  if ! fresh "$dir/hugo.stamp" "$stamp" || [ ! -f "$dir/hugo/public/pagefind/pagefind.js" ]; then
    echo "$name: Hugo build and Pagefind index" >&2
    rm -rf "$dir/hugo"
    mkdir -p "$dir/hugo/content"
    cp -r "$BENCH/relevance/hugo/." "$dir/hugo/"
    (cd "$CORPORA/$name" && find . -type f -name '*.md' -printf '%P\0') | while IFS= read -r -d '' note; do
      target="$dir/hugo/content/$note"
      [ "$(basename "$note")" = index.md ] && target="$(dirname "$target")/_index.md"
      mkdir -p "$(dirname "$target")"
      cp "$CORPORA/$name/$note" "$target"
    done
    start=$(date +%s.%N)
    hugo --source "$dir/hugo" --quiet > "$dir/hugo-build.log" 2>&1 || { tail -20 "$dir/hugo-build.log" >&2; exit 1; }
    middle=$(date +%s.%N)
    (cd "$dir/hugo" && "$PAGEFIND" --site public > "$dir/pagefind-build.log" 2>&1) || { tail -20 "$dir/pagefind-build.log" >&2; exit 1; }
    echo "hugo $(echo "$middle - $start" | bc) s, pagefind $(echo "$(date +%s.%N) - $middle" | bc) s" > "$dir/hugo-build.time"
    echo "$stamp" > "$dir/hugo.stamp"
  fi
done

# ---- the queries ----------------------------------------------------------------------------------
CP="$BENCH/out/search-classpath.txt"
if [ ! -s "$CP" ]; then
  (cd "$ROOT/generator/core" && mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP" >&2)
fi
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
: > "$OUT/http.log"
python3 "$BENCH/relevance/serve.py" "$PORT" "$OUT" "$OUT/http.log" 2> "$OUT/http.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/')" 2>/dev/null && break
  sleep 0.1
done

RESULTS="$BENCH/out/relevance-results.txt"
{
  echo "# Search relevance: studysite against Pagefind"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- generator themes || echo ' (modified)'), studysite.jar sha256 $JAR_SUM,"
  echo "$(hugo version | awk '{print "Hugo", $2}'), $("$PAGEFIND" --version), $(/usr/bin/chromium --version 2>/dev/null | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  for name in "${NAMES[@]}"; do
    dir="$OUT/$name"
    echo "- $name: $(find "$CORPORA/$name" -type f -name '*.md' | wc -l) notes; studysite search data $(du -sb "$dir/studysite/_studysite/search" | cut -f1) bytes (du -sb _studysite/search, $(find "$dir/studysite/_studysite/search" -type f | wc -l) files), Pagefind $(du -sb "$dir/hugo/public/pagefind" | cut -f1) bytes (du -sb pagefind/, $(find "$dir/hugo/public/pagefind" -type f | wc -l) files); studysite build $(cat "$dir/studysite-build.time" 2>/dev/null || echo '?'), $(cat "$dir/hugo-build.time" 2>/dev/null || echo '?')"
  done
  echo
  java -cp "$(cat "$CP")" "$BENCH/RelevanceBench.java" "$QUERIES" "$OUT" "http://127.0.0.1:$PORT" "$OUT/http.log" "${NAMES[@]}"
} | tee "$RESULTS"
echo "written: $RESULTS" >&2
