#!/usr/bin/env bash
# Runs each Jazzer fuzz test of generator/core in fuzzing mode, one after the other (one at a time: fuzzing takes a
# CPU and the JVM may run only one fuzz test). See bench/README.md, "Fuzzing".
#
#   bash bench/fuzz.sh                       # every entry point, 10 minutes each
#   bash bench/fuzz.sh --duration 3m         # shorter
#   bash bench/fuzz.sh --only FrontMatter    # the entry points whose class name contains this
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
duration=10m
only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    *) echo "usage: $0 [--duration 10m] [--only NAME]" >&2; exit 2 ;;
  esac
done

# test selector | packages to instrument for coverage (the code under test and the libraries it drives)
targets=(
  "io.studysite.NoteFuzzTest#anyNoteRendersWithoutScripts|io.studysite.**:com.vladsch.flexmark.**:org.jsoup.**"
  "io.studysite.NoteFuzzTest#anyNoteIsRenderedOrReported|io.studysite.**:com.vladsch.flexmark.**:org.snakeyaml.**:org.jsoup.**"
  "io.studysite.parse.FrontMatterFuzzTest#anyFrontMatterIsReadOrReported|io.studysite.**:org.snakeyaml.**"
  "io.studysite.search.SearchQueryFuzzTest#anyQueryIsAnswered|io.studysite.**:org.apache.lucene.**"
  "io.studysite.serve.StaticFilesFuzzTest#requestPathsStayInTheSite|io.studysite.**"
)

mkdir -p "$root/bench/out"
status=0
for target in "${targets[@]}"; do
  test="${target%%|*}"
  includes="${target#*|}"
  [[ -n "$only" && "$test" != *"$only"* ]] && continue
  log="$root/bench/out/fuzz-${test##*.}.log"
  log="${log//#/-}"
  echo "== $test for $duration (log: ${log#$root/})"
  started=$(date +%s)
  # Fuzzing mode: JAZZER_FUZZ; the corpus it grows goes to generator/core/.cifuzz-corpus/ (git-ignored), a crashing
  # input to src/test/resources/<package>/<Class>Inputs/<method>/crash-<sha1>, where the normal suite replays it.
  if JAZZER_FUZZ=1 mvn -B -o -q -pl generator/core test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="$duration" -Djazzer.instrumentation_includes="$includes" >"$log" 2>&1; then
    result="no finding"
  else
    result="FINDING or failure: see the log"
    status=1
  fi
  stats=$(grep -aE '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 || true)
  echo "   $result after $(( $(date +%s) - started )) s; last libFuzzer line: ${stats:-none}"
done
exit $status
