#!/usr/bin/env bash
# bench/run.sh: generate synthetic study vaults and time `studysite build` on them.
#
#   bash bench/run.sh                       # 1,000 and 10,000 notes
#   bash bench/run.sh --sizes "1000"        # only the 1k vault
#   bash bench/run.sh --sizes "500 5000" --runs 3 --seed 7
#
# Everything goes to bench/out/ (git-ignored): vault-N/ (input), site-N/ (output of the last build),
# build-N.log (output of the build), time-N.txt (/usr/bin/time -v), hyperfine-N.json, results.txt.
# Environment: JAVA (java binary, default: java), JAVA_OPTS (extra JVM flags, default: none),
# STUDYSITE_JAR (jar to benchmark, default: generator/cli/target/studysite.jar; it is built with
# Maven only when it is missing), BENCH_NO_INSTALL=1 (never apt-get install missing tools),
# BENCH_NO_HYPERFINE=1 (time with repeated /usr/bin/time runs even if hyperfine is installed).
set -euo pipefail

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  cat <<'EOF'

Options:
  --sizes "N1 N2 ..."  vault sizes in notes (default: "1000 10000")
  --seed S             generator seed (default: 42)
  --runs R             timed runs per vault (default: 5 up to 2,000 notes, 3 above)
  --rebuild            rebuild generator/cli/target/studysite.jar even if it exists
  -h, --help           this text
EOF
}

SIZES="1000 10000"
SEED=42
RUNS=""
REBUILD=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="${2:?--sizes needs a value}"; shift 2 ;;
    --sizes=*) SIZES="${1#*=}"; shift ;;
    --seed) SEED="${2:?--seed needs a value}"; shift 2 ;;
    --seed=*) SEED="${1#*=}"; shift ;;
    --runs) RUNS="${2:?--runs needs a value}"; shift 2 ;;
    --runs=*) RUNS="${1#*=}"; shift ;;
    --rebuild) REBUILD=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
for n in $SIZES; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: bad size '$n' in --sizes" >&2; exit 2; }
done
[[ "$SEED" =~ ^-?[0-9]+$ ]] || { echo "run.sh: bad --seed '$SEED'" >&2; exit 2; }
[ -z "$RUNS" ] || [[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: bad --runs '$RUNS'" >&2; exit 2; }

# Java 17 takes the encoding of file names from the locale: under LANG=C it cannot open the
# vault's non-ASCII file names ("Appunti ECS – High Availability.md").
if [ "$(locale charmap 2>/dev/null || true)" != UTF-8 ]; then
  export LC_ALL=C.UTF-8
fi

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
OUT="$BENCH/out"
JAR="${STUDYSITE_JAR:-$ROOT/generator/cli/target/studysite.jar}"
GEN="$BENCH/VaultGenerator.java"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
mkdir -p "$OUT"

log() { printf '[bench] %s\n' "$*" >&2; }

# Old outputs are moved aside into $TRASH and deleted only when the script exits: on this kind of
# VM, deleting a 100 MB tree right before a build made the build's system time 4-5x higher
# (probably the freed memory being handed back to the host), which measured the VM, not studysite.
TRASH="$OUT/.trash"
mkdir -p "$TRASH"
trap 'rm -rf "$TRASH"' EXIT
aside() { # path
  if [ -e "$1" ]; then mv "$1" "$TRASH/$(basename "$1").$(date +%s%N)"; fi
}

# ---------------------------------------------------------------------------------------------
# tools: /usr/bin/time is required, hyperfine is optional
# ---------------------------------------------------------------------------------------------
try_install() { # packages...
  [ "${BENCH_NO_INSTALL:-0}" = 1 ] && return 1
  [ "$(id -u)" = 0 ] || return 1
  command -v apt-get >/dev/null || return 1
  log "installing $* with apt-get"
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"; } >"$OUT/apt.log" 2>&1
}
if [ ! -x /usr/bin/time ]; then
  try_install time || true
  [ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time (GNU time) is required: apt-get install time" >&2; exit 1; }
fi
if ! command -v hyperfine >/dev/null && [ "${BENCH_NO_HYPERFINE:-0}" != 1 ]; then
  try_install hyperfine || true
  command -v hyperfine >/dev/null || log "hyperfine not available; using repeated /usr/bin/time runs"
fi
HAVE_HYPERFINE=0
command -v hyperfine >/dev/null && [ "${BENCH_NO_HYPERFINE:-0}" != 1 ] && HAVE_HYPERFINE=1
command -v "$JAVA" >/dev/null || { echo "run.sh: $JAVA not found" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# the CLI jar
# ---------------------------------------------------------------------------------------------
if [ ! -f "$JAR" ] || [ "$REBUILD" = 1 ]; then
  log "building $JAR (mvn -q -B -DskipTests package)"
  (cd "$ROOT" && mvn -q -B -DskipTests package)
  [ -f "$JAR" ] || { echo "run.sh: the build did not produce $JAR" >&2; exit 1; }
fi

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
gen_hash() { sha256sum "$GEN" | cut -c1-16; }

# generate bench/out/vault-N unless it was already generated with the same parameters
generate() { # notes
  local n="$1" vault="$OUT/vault-$1" stamp="$OUT/vault-$1.stamp" want
  want="notes=$n seed=$SEED generator=$(gen_hash)"
  if [ -d "$vault" ] && [ -f "$stamp" ] && [ "$(head -n1 "$stamp")" = "$want" ]; then
    log "vault-$n: up to date ($want)"
    return
  fi
  log "vault-$n: generating ($want)"
  rm -f "$stamp"
  aside "$vault"
  local summary
  summary="$("$JAVA" "$GEN" --notes "$n" --seed "$SEED" --out "$vault")"
  printf '%s\n%s\n' "$want" "$summary" >"$stamp"
  log "vault-$n: $summary"
}

# "h:mm:ss" or "m:ss.ss" -> seconds
elapsed_seconds() {
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f\n", s }' <<<"$1"
}

# one build (into a fresh folder) under /usr/bin/time -v; sets RC, WALL (s), RSS_KB; build output in $3
timed_build() { # vault site log timefile [extra build flags...]
  local vault="$1" site="$2" buildlog="$3" timefile="$4"
  shift 4
  aside "$site"
  set +e
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  /usr/bin/time -v -o "$timefile" "$JAVA" $JAVA_OPTS -jar "$JAR" build --content "$vault" --out "$site" "$@" >"$buildlog" 2>&1
  RC=$?
  set -e
  WALL="$(elapsed_seconds "$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time.*): //p' "$timefile")")"
  RSS_KB="$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$timefile")"
  CPU="$(awk -F': ' '/^[[:space:]]*(User|System) time \(seconds\)/ { s += $2 } END { printf "%.3f\n", s }' "$timefile")"
  RSS_KB="${RSS_KB:-0}"
}

json_num() { # file key -> first numeric value of "key" in hyperfine's JSON
  if command -v jq >/dev/null; then
    jq -r ".results[0].$2 // empty" "$1"
  else
    grep -o "\"$2\": *[-0-9.eE+]*" "$1" | head -n1 | sed 's/.*: *//'
  fi
}

fmt() { awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; }

RESULTS="$OUT/results.txt"
# Benchmark a snapshot of the jar: a rebuild during the (long) run must not mix two versions.
SRC_JAR="$JAR"
JAR="$OUT/studysite-under-test.jar"
cp "$SRC_JAR" "$JAR"
JAR_SHA="$(sha256sum "$JAR" | cut -c1-16)"
SUMMARY_ROWS=()

# ---------------------------------------------------------------------------------------------
# benchmark
# ---------------------------------------------------------------------------------------------
{
  echo "studysite benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "jar: $SRC_JAR ($(stat -c %s "$JAR") bytes, sha256 $JAR_SHA…, built $(date -u -r "$SRC_JAR" '+%Y-%m-%d %H:%M:%S UTC')), run from a copy"
  echo "java: $("$JAVA" -version 2>&1 | head -n1)  JAVA_OPTS='${JAVA_OPTS}'"
  echo "host: $(nproc) cpus, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
  echo "seed: $SEED  sizes: $SIZES  timing: $([ $HAVE_HYPERFINE = 1 ] && hyperfine --version || echo '/usr/bin/time runs')"
} >"$RESULTS"

for n in $SIZES; do
  generate "$n"
  vault="$OUT/vault-$n"
  site="$OUT/site-$n"
  buildlog="$OUT/build-$n.log"
  timefile="$OUT/time-$n.txt"
  runs="${RUNS:-$([ "$n" -le 2000 ] && echo 5 || echo 3)}"

  md_bytes="$(find "$vault" -type f -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')"
  md_files="$(find "$vault" -type f -name '*.md' | wc -l)"
  other_files="$(find "$vault" -type f ! -name '*.md' | wc -l)"

  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

  # 1. one build under /usr/bin/time -v: exit code, peak RSS, output size (also warms the caches)
  log "vault-$n: build under /usr/bin/time -v"
  timed_build "$vault" "$site" "$buildlog" "$timefile" --verbose
  rc="$RC"; rss_kb="$RSS_KB"; first_wall="$WALL"; first_cpu="$CPU"
  log "vault-$n: exit code $rc, ${first_wall}s, peak RSS $((rss_kb / 1024)) MiB"
  if [ "$rc" -gt 1 ]; then
    log "vault-$n: the build failed (exit $rc); last lines of $buildlog:"
    tail -n 20 "$buildlog" >&2
  fi
  out_bytes="$(du -sb "$site" 2>/dev/null | cut -f1)"; out_bytes="${out_bytes:-0}"
  out_files="$(find "$site" -type f 2>/dev/null | wc -l)"

  # 2. wall time: hyperfine (warmup 1) or repeated /usr/bin/time runs
  if [ "$HAVE_HYPERFINE" = 1 ]; then
    log "vault-$n: hyperfine --warmup 1 --runs $runs"
    cmd="$(printf '%q ' "$JAVA") $JAVA_OPTS -jar $(printf '%q' "$JAR") build --content $(printf '%q' "$vault") --out $(printf '%q' "$site")"
    hyperfine --style basic --warmup 1 --runs "$runs" --ignore-failure \
      --prepare "if [ -e $(printf '%q' "$site") ]; then mv $(printf '%q %q' "$site" "$TRASH")/site-$n.\$(date +%s%N); fi" \
      --export-json "$OUT/hyperfine-$n.json" \
      --command-name "studysite build vault-$n" "$cmd" >&2
    mean="$(json_num "$OUT/hyperfine-$n.json" mean)"
    stddev="$(json_num "$OUT/hyperfine-$n.json" stddev)"
    min="$(json_num "$OUT/hyperfine-$n.json" min)"
    max="$(json_num "$OUT/hyperfine-$n.json" max)"
    cpu="$(awk -v u="$(json_num "$OUT/hyperfine-$n.json" user)" -v s="$(json_num "$OUT/hyperfine-$n.json" system)" \
      'BEGIN { printf "%.3f", u + s }')"
    method="hyperfine, warmup 1, $runs runs"
  else
    log "vault-$n: $runs runs under /usr/bin/time (the first run above was the warm-up)"
    walls=()
    cpus=()
    for ((i = 1; i <= runs; i++)); do
      timed_build "$vault" "$site" "$OUT/build-$n.run.log" "$OUT/time-$n.run.txt"
      walls+=("$WALL")
      cpus+=("$CPU")
      [ "$RSS_KB" -gt "$rss_kb" ] && rss_kb="$RSS_KB"
      [ "$RC" = "$rc" ] || log "vault-$n: run $i exited with $RC (first run: $rc)"
    done
    read -r mean stddev min max < <(printf '%s\n' "${walls[@]}" | awk '
      { x[NR] = $1; s += $1; if (NR == 1 || $1 < mn) mn = $1; if (NR == 1 || $1 > mx) mx = $1 }
      END { m = s / NR; for (i = 1; i <= NR; i++) v += (x[i] - m) ^ 2;
            printf "%.4f %.4f %.4f %.4f\n", m, (NR > 1 ? sqrt(v / (NR - 1)) : 0), mn, mx }')
    cpu="$(printf '%s\n' "${cpus[@]}" | awk '{ s += $1 } END { printf "%.3f", s / NR }')"
    method="/usr/bin/time, warmup 1, $runs runs"
  fi

  load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
  notes_per_s="$(awk -v n="$md_files" -v t="$mean" 'BEGIN { printf "%.0f", (t > 0 ? n / t : 0) }')"
  mb_per_s="$(awk -v b="$md_bytes" -v t="$mean" 'BEGIN { printf "%.2f", (t > 0 ? b / 1e6 / t : 0) }')"
  rc_text="$rc"
  case "$rc" in
    0) rc_text="0 (ok)" ;;
    1) rc_text="1 (content errors reported; expected: the vault has broken links and missing embeds)" ;;
    *) rc_text="$rc (FAILED, see $buildlog)" ;;
  esac

  {
    echo
    echo "== vault-$n: $md_files notes ($(fmt "$md_bytes" '%.0f') bytes of Markdown), $other_files other files =="
    printf '%-22s %s\n' "exit code" "$rc_text"
    printf '%-22s %s s  ± %s  (min %s, max %s; %s)\n' "wall time (mean)" \
      "$(fmt "$mean" '%.3f')" "$(fmt "$stddev" '%.3f')" "$(fmt "$min" '%.3f')" "$(fmt "$max" '%.3f')" "$method"
    printf '%-22s %s s  (user+sys, mean of the timed runs; less sensitive to other load than wall time)\n' "CPU time" "$(fmt "$cpu" '%.3f')"
    printf '%-22s %s s wall, %s s CPU\n' "first build (-v)" "$(fmt "$first_wall" '%.2f')" "$(fmt "$first_cpu" '%.2f')"
    printf '%-22s %s\n' "notes/s" "$notes_per_s"
    printf '%-22s %s\n' "MB/s (Markdown in)" "$mb_per_s"
    printf '%-22s %s MiB\n' "peak RSS" "$(fmt "$rss_kb" '%.0f' | awk '{ printf "%.1f", $1 / 1024 }')"
    printf '%-22s %s bytes (%s MB) in %s files\n' "output" "$out_bytes" "$(fmt "$out_bytes" '%.0f' | awk '{ printf "%.1f", $1 / 1e6 }')" "$out_files"
    printf '%-22s %s\n' "host load (1/5/15m)" "$load_before before, $load_after after ($(nproc) cpus)"
    printf '%-22s %s\n' "diagnostics" "$(grep -o '\(warning\|error\|info\)\[[A-Za-z0-9_-]*\]' "$buildlog" | sort | uniq -c | sort -rn \
      | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 } END { if (NR == 0) printf "none" }')"
    echo "build output without the per-file diagnostics (--verbose, $buildlog):"
    grep -v -e ': \(warning\|error\|info\)\[' -e '^[[:space:]]*hint:' "$buildlog" | tail -n 15 | cut -c1-200 | sed 's/^/    /'
  } | tee -a "$RESULTS"

  SUMMARY_ROWS+=("$(printf '%8s %5s %9s %8s %8s %9s %8s %10s %10s %9s' "$md_files" "$rc" \
    "$(fmt "$mean" '%.3f')" "$(fmt "$stddev" '%.3f')" "$(fmt "$cpu" '%.1f')" "$notes_per_s" "$mb_per_s" \
    "$(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }')" \
    "$(awk -v b="$out_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')" "$out_files")")
done

{
  echo
  echo "== summary =="
  printf '%8s %5s %9s %8s %8s %9s %8s %10s %10s %9s\n' notes exit wall_s stddev cpu_s notes/s MB/s rss_MiB out_MB out_files
  printf '%s\n' "${SUMMARY_ROWS[@]}"
  echo
  echo "(MB = 10^6 bytes of input Markdown; wall time is a full build into an empty output folder)"
  if [ "$(sha256sum "$SRC_JAR" 2>/dev/null | cut -c1-16)" != "$JAR_SHA" ]; then
    echo "note: $SRC_JAR was rebuilt while the benchmark ran; these figures are for the copy taken at the start (sha256 $JAR_SHA…)"
  fi
} | tee -a "$RESULTS"
log "results written to $RESULTS"
if [ -n "$(ls -A "$TRASH" 2>/dev/null)" ]; then log "removing the previous outputs in $TRASH"; fi
