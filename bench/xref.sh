#!/usr/bin/env bash
# Precision and recall of the service cross-reference on the shared corpora, against bench/xref/ labels.
#   bash bench/xref.sh             build both corpora (once: an existing site is reused) and score them
#   bash bench/xref.sh --rebuild   rebuild both sites (after changing service detection)
#   bash bench/xref.sh --lists     also list the false covers and the misses
# STUDYSITE_JAR: the CLI jar (default generator/cli/target/studysite.jar, built with mvn if missing);
# CORPORA: where gillouche-aws-notes and awsdocs-1k live (default /work/shared/corpora).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${STUDYSITE_JAR:-generator/cli/target/studysite.jar}
export CORPORA=${CORPORA:-/work/shared/corpora}
OUT=bench/out/xref
rebuild=0; lists=()
for arg in "$@"; do
  case $arg in
    --rebuild) rebuild=1 ;;
    --lists) lists=(--lists) ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
if [[ ! -f $JAR ]]; then
  mvn -B -o -q -DskipTests -pl generator/core,generator/cli package
fi
mkdir -p "$OUT"
for corpus in gillouche-aws-notes awsdocs-1k; do
  site=$OUT/site-$corpus
  if [[ $rebuild == 1 || ! -d $site ]]; then
    rm -rf "$site"
    # Content errors exit 1 and still write the site; worse is a failure.
    java -jar "$JAR" build --content "$CORPORA/$corpus" --out "$site" > "$OUT/build-$corpus.log" 2>&1 || [[ $? == 1 ]] \
      || { tail -n 20 "$OUT/build-$corpus.log"; exit 1; }
  fi
done
python3 bench/xref.py --gillouche "$OUT/site-gillouche-aws-notes" --awsdocs "$OUT/site-awsdocs-1k" "${lists[@]}" \
  | tee "$OUT/results.txt"
