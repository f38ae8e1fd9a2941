#!/usr/bin/env bash
# bench/search.sh: measure the site search of a benchmark site in headless Chromium, from disk.
#
#   bash bench/search.sh                  # bench/out/site-10000 (run `bash bench/run.sh --sizes 10000` first)
#   bash bench/search.sh bench/out/site-1000 "lambda" "s3 bucket policy"
#
# Prints, per query, the cold and warm milliseconds to the first ten results with their texts and
# the bytes search loaded (raw and gzip). Needs Debian's chromium and chromium-driver; Selenium
# comes from generator/core's test classpath (Maven resolves it).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
SITE="${1:-$BENCH/out/site-10000}"
[ $# -gt 0 ] && shift
[ -f "$SITE/_studysite/search/manifest.js" ] || { echo "search.sh: no search index in $SITE: build the site first" >&2; exit 1; }
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$tool" ] || { echo "search.sh: $tool is missing: apt-get install chromium chromium-driver" >&2; exit 1; }
done
CP="$BENCH/out/search-classpath.txt"
mkdir -p "$BENCH/out"
(cd "$ROOT/generator/core" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP" >/dev/null)
if [ $# -eq 0 ]; then
  # Typical revision queries: one, two and three words, common and rarer.
  set -- "dynamodb" "cloudformation" "throttling" "kinesis" \
    "lambda timeout" "s3 encryption" "dynamodb streams" "visibility timeout" \
    "sqs visibility timeout" "lambda reserved concurrency" "s3 bucket policy" "dynamodb global tables"
fi
java -cp "$(cat "$CP")" "$BENCH/SearchBench.java" "$SITE" "$@"
