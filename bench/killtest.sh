#!/usr/bin/env bash
# kill -9 a build at random moments, TRIALS times. After each kill the previous site must be intact (same
# checksum as the finished build, index.html present); after the next complete build no temporary folder of
# studysite's may remain beside the site. Prints one line per trial and a summary; exits 1 if any check failed.
#
#   bash bench/killtest.sh                      # 20 trials on /work/shared/corpora/awsdocs-1k
#   TRIALS=5 CORPUS=content bash bench/killtest.sh
#   NEXT=end bash bench/killtest.sh             # one complete build after all the kills, not one after each
#
# With NEXT=each (the default) every kill is followed by a complete build; with NEXT=end the build of the next
# trial is the next build (itself killed, so it cleans up only if it got as far as staging its site), and one
# complete build at the end must leave nothing behind: a third of the time on a slow machine.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${STUDYSITE_JAR:-$ROOT/generator/cli/target/studysite.jar}
CORPUS=${CORPUS:-/work/shared/corpora/awsdocs-1k}
TRIALS=${TRIALS:-20}
WORK=${WORK:-$(mktemp -d /tmp/studysite-killtest.XXXXXX)}
JAVA=${JAVA:-java}
SITE=$WORK/site
NEXT=${NEXT:-each}

[ -f "$JAR" ] || { echo "no jar at $JAR: mvn -B -o -q -DskipTests -pl generator/core,generator/cli package" >&2; exit 2; }
mkdir -p "$WORK"

now_ms() { date +%s%3N; }
build() { "$JAVA" -jar "$JAR" build --content "$CORPUS" --out "$SITE" >"$WORK/build.log" 2>&1; }
# The site's files and their content: builds are byte-identical, so any finished build gives the same sum.
checksum() { (cd "$SITE" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
# What a build makes beside the site while it runs: .site.new-…, .site.old-…, ..site.search-index.new-/old-…
temporaries() { find "$WORK" -mindepth 1 -maxdepth 1 -regextype posix-extended \
    -regex '.*/\.(site|\.site\.search-index)\.(new|old)-[0-9-]+' | sort; }
temp_kb() { local t; t=$(temporaries); [ -z "$t" ] && echo 0 || du -sk $t | awk '{s += $1} END {print s}'; }

if [ -n "${BUILD_MS:-}" ] && [ -f "$SITE/index.html" ]; then
    duration=$BUILD_MS                          # reuse a site built before, and its measured build time
else
    start=$(now_ms); build || { echo "the first build failed:"; cat "$WORK/build.log"; exit 1; }
    duration=$(( $(now_ms) - start ))
fi
expected=$(checksum)
files=$(find "$SITE" -type f | wc -l)
echo "corpus $CORPUS: a full build takes ${duration} ms, $files files, checksum $expected"
echo "trial  kill at   killed  site after kill   temporaries left      after next build"

failures=0 killed=0 left_total=0 left_kb_total=0
for trial in $(seq 1 "$TRIALS"); do
    delay=$(( (RANDOM * 32768 + RANDOM) % (duration * 11 / 10 + 1) ))
    "$JAVA" -jar "$JAR" build --content "$CORPUS" --out "$SITE" >"$WORK/killed.log" 2>&1 &
    pid=$!
    sleep "$(awk -v ms="$delay" 'BEGIN {printf "%.3f", ms / 1000}')"
    if kill -9 "$pid" 2>/dev/null; then was_killed=yes; killed=$((killed + 1)); else was_killed=no; fi
    wait "$pid" 2>/dev/null || true

    if [ -f "$SITE/index.html" ] && [ "$(checksum)" = "$expected" ]; then site=intact; else site=BROKEN; failures=$((failures + 1)); fi
    left=$(temporaries | wc -l); left_kb=$(temp_kb)
    left_total=$((left_total + left)); left_kb_total=$((left_kb_total + left_kb))

    next=-
    if [ "$NEXT" = each ]; then
        build || { echo "trial $trial: the next build failed"; cat "$WORK/build.log"; failures=$((failures + 1)); }
        after=$(temporaries | wc -l)
        if [ "$after" -ne 0 ] || [ "$(checksum)" != "$expected" ]; then next="$after left, BROKEN"; failures=$((failures + 1)); else next="clean, site ok"; fi
    fi
    printf '%5d  %6d ms  %-6s  %-16s  %2d folders %7d KB  %s\n' "$trial" "$delay" "$was_killed" "$site" "$left" "$left_kb" "$next"
done
if [ "$NEXT" = end ]; then
    build || { echo "the final build failed"; cat "$WORK/build.log"; failures=$((failures + 1)); }
    after=$(temporaries | wc -l)
    if [ "$after" -ne 0 ] || [ "$(checksum)" != "$expected" ]; then echo "after the final build: $after left, BROKEN"; failures=$((failures + 1));
    else echo "after the final build: no temporary folder left, site ok"; fi
fi

echo "summary: $TRIALS trials, $killed killed mid-build, $failures failed checks;" \
     "after the kills $left_total temporary folders ($left_kb_total KB) were found in all (counted after each kill)"
rm -rf "$WORK"
[ "$failures" -eq 0 ]
