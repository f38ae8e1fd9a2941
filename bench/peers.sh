#!/usr/bin/env bash
# bench/peers.sh: full builds of studysite, Hugo and Hugo + Pagefind over the same folders, side by side.
#
#   bash bench/peers.sh                              # awsdocs-1k, the generated 10,000-note vault, one note
#   bash bench/peers.sh /work/shared/corpora/awsdocs-1k
#   bash bench/peers.sh --runs 3 --sizes "10000 50000"
#
# Per folder it runs, one after another, each as a whole process under /usr/bin/time -v with its output on
# tmpfs (/dev/shm): `studysite build` through the launcher users run (generator/cli/target/studysite, its
# class-data-sharing archive made by a warm-up run), `hugo` over a Hugo site of the same Markdown (the
# template of bench/relevance/hugo, as bench/relevance.sh makes it) and `pagefind` over Hugo's pages. It
# prints CPU seconds (user + system), wall seconds, peak RSS, output bytes and search data bytes, and the
# ratios the issue "Full builds at Hugo's pace" sets as targets, then the one-note vault's wall time.
# Results go to bench/out/peers/results.txt; everything else to bench/out/peers/ (git-ignored).
#
# Installs when missing: Debian's hugo (apt-get, as root) and npm's pagefind (PAGEFIND_VERSION, default 1.6.0,
# shared with bench/relevance.sh in bench/out/relevance/tools). Environment: JAVA_OPTS (passed to the launcher),
# STUDYSITE (the launcher; its studysite.jar must sit beside it), SHM (tmpfs folder, default /dev/shm),
# BENCH_NO_INSTALL=1 (never install anything).
set -euo pipefail

usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; cat <<'EOF'

Options:
  --sizes "N ..."   generated vaults to add (bench/VaultGenerator.java, seed 42; default "10000", "" for none)
  --runs R          timed runs per tool and folder after one warm-up run; medians are shown (default 1)
  --no-one-note     skip the one-note vault
  -h, --help        this text
EOF
}

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
OUT="$BENCH/out/peers"
SIZES="10000"
RUNS=1
ONE_NOTE=1
FOLDERS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="${2?--sizes needs a value}"; shift 2 ;;
    --runs) RUNS="${2:?--runs needs a value}"; shift 2 ;;
    --no-one-note) ONE_NOTE=0; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "peers.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) FOLDERS+=("$(cd "$1" && pwd)"); shift ;;
  esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "peers.sh: bad --runs '$RUNS'" >&2; exit 2; }
if [ ${#FOLDERS[@]} -eq 0 ]; then
  CORPORA="$(cd "$ROOT/.." && pwd)/shared/corpora"
  [ -d "$CORPORA" ] || CORPORA=/work/shared/corpora
  FOLDERS=("$CORPORA/awsdocs-1k")
fi
# Java 17 takes the encoding of file names from the locale (the generated vault has non-ASCII names).
if [ "$(locale charmap 2>/dev/null || true)" != UTF-8 ]; then export LC_ALL=C.UTF-8; fi
SHM="${SHM:-/dev/shm}"
[ -d "$SHM" ] && [ -w "$SHM" ] || { echo "peers.sh: $SHM is not a writable folder" >&2; exit 1; }
SCRATCH="$(mktemp -d "$SHM/studysite-peers.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$OUT"
log() { printf '[peers] %s\n' "$*" >&2; }

# ---- tools ----------------------------------------------------------------------------------------
[ -x /usr/bin/time ] || { echo "peers.sh: /usr/bin/time (GNU time) is required: apt-get install time" >&2; exit 1; }
can_install() { [ "${BENCH_NO_INSTALL:-0}" != 1 ]; }
if ! command -v hugo >/dev/null; then
  can_install && [ "$(id -u)" = 0 ] || { echo "peers.sh: hugo is missing: apt-get install hugo" >&2; exit 1; }
  log "installing Debian's hugo"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q hugo >&2
fi
PAGEFIND_VERSION="${PAGEFIND_VERSION:-1.6.0}"
TOOLS="$BENCH/out/relevance/tools"
PAGEFIND="$TOOLS/node_modules/.bin/pagefind"
if [ ! -x "$PAGEFIND" ] || [ "$("$PAGEFIND" --version | awk '{print $2}')" != "$PAGEFIND_VERSION" ]; then
  can_install || { echo "peers.sh: pagefind $PAGEFIND_VERSION is missing in $TOOLS" >&2; exit 1; }
  mkdir -p "$TOOLS"
  log "installing pagefind@$PAGEFIND_VERSION into $TOOLS"
  (cd "$TOOLS" && npm install --no-audit --no-fund --silent "pagefind@$PAGEFIND_VERSION" >&2)
fi
LAUNCHER="${STUDYSITE:-$ROOT/generator/cli/target/studysite}"
if [ ! -x "$LAUNCHER" ] || [ ! -f "$(dirname "$LAUNCHER")/studysite.jar" ]; then
  log "building the studysite CLI (launcher and jar)"
  (cd "$ROOT" && mvn -B -o -q -DskipTests -pl generator/core,generator/cli package >&2)
fi
# A snapshot of launcher and jar, so a rebuild during the run cannot mix two versions; its own cache
# folder, so the class-data-sharing archive is the one of this jar (the warm-up run writes it).
SNAP="$OUT/studysite-under-test"
rm -rf "$SNAP" && mkdir -p "$SNAP"
cp "$LAUNCHER" "$(dirname "$LAUNCHER")/studysite.jar" "$SNAP/"
export XDG_CACHE_HOME="$OUT/cache"
rm -rf "$XDG_CACHE_HOME"
JAR_SUM="$(sha256sum "$SNAP/studysite.jar" | cut -c1-16)"

# ---- generated vaults -----------------------------------------------------------------------------
for n in $SIZES; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "peers.sh: bad size '$n'" >&2; exit 2; }
  vault="$BENCH/out/vault-$n" stamp="$BENCH/out/vault-$n.stamp"
  want="notes=$n seed=42 generator=$(sha256sum "$BENCH/VaultGenerator.java" | cut -c1-16)"
  if [ ! -d "$vault" ] || [ ! -f "$stamp" ] || [ "$(head -n1 "$stamp")" != "$want" ]; then
    log "generating $vault ($want)"
    rm -rf "$vault" "$stamp"
    summary="$(java "$BENCH/VaultGenerator.java" --notes "$n" --seed 42 --out "$vault")"
    printf '%s\n%s\n' "$want" "$summary" >"$stamp"   # the same stamp as bench/run.sh
  fi
  FOLDERS+=("$vault")
done

# ---- measuring ------------------------------------------------------------------------------------
# one process under /usr/bin/time -v; appends "cpu wall rss_kb" to the file $1
measure() { # resultfile log command...
  local res="$1" logf="$2" t="$SCRATCH/time.txt" rc
  shift 2
  set +e
  /usr/bin/time -v -o "$t" "$@" >"$logf" 2>&1
  rc=$?
  set -e
  if [ $rc -gt 1 ]; then log "FAILED (exit $rc): $*"; tail -n 15 "$logf" >&2; exit 1; fi
  awk -F': ' '
    /(User|System) time \(seconds\)/ { cpu += $2 }
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.2f %.2f %d\n", cpu, w, rss }' "$t" >>"$res"
}
# the median of each column of a file of "cpu wall rss" lines
median() { sort -n -k2 "$1" | awk '{ l[NR] = $0 } END { print l[int((NR + 1) / 2)] }'; }
fresh_dir() { rm -rf "$1"; mkdir -p "$(dirname "$1")"; }

RESULTS="$OUT/results.txt"
{
  echo "# studysite against Hugo and Hugo + Pagefind: full builds, output on tmpfs ($SHM)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- generator themes || echo ' (modified)'), studysite.jar sha256 $JAR_SUM, launcher JAVA_OPTS='${JAVA_OPTS:-}'"
  echo "$(hugo version | awk '{print "Hugo", $2}'), $("$PAGEFIND" --version), $(java -version 2>&1 | head -n1), $(nproc) cpus, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "one warm-up run each, then $RUNS timed run(s), median by wall time; CPU = user + system seconds of the whole process"
} | tee "$RESULTS"

SUMMARY=()
for folder in "${FOLDERS[@]}"; do
  name="$(basename "$folder")"
  dir="$OUT/$name"
  mkdir -p "$dir"
  rm -f "$dir"/*.res
  notes="$(find "$folder" -type f -name '*.md' | wc -l)"
  md_bytes="$(find "$folder" -type f -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')"
  # The Hugo site of the same Markdown (bench/relevance.sh's recipe), on tmpfs beside the outputs.
  hsite="$SCRATCH/$name-hugo"
  fresh_dir "$hsite"
  mkdir -p "$hsite/content"
  cp -r "$BENCH/relevance/hugo/." "$hsite/"
  (cd "$folder" && find . -type f -name '*.md' -printf '%P\0') | while IFS= read -r -d '' note; do
    target="$hsite/content/$note"
    [ "$(basename "$note")" = index.md ] && target="$(dirname "$target")/_index.md"
    mkdir -p "$(dirname "$target")"
    cp "$folder/$note" "$target"
  done
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  for run in $(seq 0 "$RUNS"); do
    res() { if [ "$run" = 0 ]; then echo "$dir/warmup.res"; else echo "$dir/$1.res"; fi; }
    log "$name: run $run of $RUNS (0 = warm-up): studysite"
    site="$SCRATCH/$name-studysite"
    fresh_dir "$site"
    measure "$(res studysite)" "$dir/studysite.log" "$SNAP/studysite" build --verbose --content "$folder" --out "$site"
    log "$name: run $run: hugo"
    fresh_dir "$SCRATCH/$name-public"
    measure "$(res hugo)" "$dir/hugo.log" hugo --source "$hsite" --destination "$SCRATCH/$name-public" --quiet
    log "$name: run $run: pagefind"
    rm -rf "$SCRATCH/$name-public/pagefind"
    measure "$(res pagefind)" "$dir/pagefind.log" "$PAGEFIND" --site "$SCRATCH/$name-public"
  done
  load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
  read -r s_cpu s_wall s_rss < <(median "$dir/studysite.res")
  read -r h_cpu h_wall h_rss < <(median "$dir/hugo.res")
  read -r p_cpu p_wall p_rss < <(median "$dir/pagefind.res")
  hp_cpu="$(awk -v a="$h_cpu" -v b="$p_cpu" 'BEGIN { printf "%.2f", a + b }')"
  hp_wall="$(awk -v a="$h_wall" -v b="$p_wall" 'BEGIN { printf "%.2f", a + b }')"
  hp_rss=$(( h_rss > p_rss ? h_rss : p_rss ))
  s_out="$(du -sb "$site" | cut -f1)"
  s_search="$(du -sb "$site/_studysite/search" 2>/dev/null | cut -f1)"; s_search="${s_search:-0}"
  h_out="$(du -sb --exclude=pagefind "$SCRATCH/$name-public" | cut -f1)"
  p_search="$(du -sb "$SCRATCH/$name-public/pagefind" | cut -f1)"
  stages="$(grep -iE '^\s*(config|load|parse|index\+resolve|sections|render\+write|copy|search|swap)\b' "$dir/studysite.log" \
    | awk '{ printf "%s%s", (NR > 1 ? ", " : ""), $0 }' | tr -s ' ')"
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
  verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t ? "ok" : "MISSED") }'; }
  mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
  mib() { awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }
  r_cpu="$(ratio "$s_cpu" "$h_cpu")"; r_wall="$(ratio "$s_wall" "$hp_wall")"
  r_out="$(ratio "$s_out" "$h_out")"; r_search="$(ratio "$s_search" "$p_search")"
  {
    echo
    echo "## $name: $notes notes, $(mb "$md_bytes") of Markdown (load $load_before before, $load_after after)"
    echo
    echo "| | studysite | Hugo | Pagefind | Hugo + Pagefind | studysite ÷ peer | target |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    echo "| CPU s | $s_cpu | $h_cpu | $p_cpu | $hp_cpu | $r_cpu × Hugo | ≤ 2: $(verdict "$r_cpu" 2) |"
    echo "| wall s | $s_wall | $h_wall | $p_wall | $hp_wall | $r_wall × Hugo + Pagefind | ≤ 1: $(verdict "$r_wall" 1) |"
    echo "| peak RSS | $(mib "$s_rss") | $(mib "$h_rss") | $(mib "$p_rss") | $(mib "$hp_rss") | | $( [ "$notes" -ge 10000 ] && [ "$notes" -lt 20000 ] && awk -v k="$s_rss" 'BEGIN { print "≤ 1 GiB: " (k <= 1048576 ? "ok" : "MISSED") }') |"
    echo "| output | $(mb "$s_out") | $(mb "$h_out") | | $(mb $((h_out + p_search))) | $r_out × Hugo | ≤ 1.2: $(verdict "$r_out" 1.2) |"
    echo "| search data | $(mb "$s_search") | | $(mb "$p_search") | | $r_search × Pagefind | ≤ 1: $(verdict "$r_search" 1) |"
    echo
    echo "studysite stages (--verbose, last run): $stages"
  } | tee -a "$RESULTS"
  SUMMARY+=("$name $notes $s_wall")
done

if [ "$ONE_NOTE" = 1 ]; then
  one="$SCRATCH/one-note"
  mkdir -p "$one/content"
  printf '# Hello\n\nOne note, one [link](https://example.org) and a #tag.\n' >"$one/content/hello.md"
  rm -f "$OUT/one-note.res"
  for run in $(seq 0 5); do
    fresh_dir "$one/site"
    measure "$([ "$run" = 0 ] && echo "$OUT/one-note.warmup.res" || echo "$OUT/one-note.res")" "$OUT/one-note.log" \
      "$SNAP/studysite" build --content "$one/content" --out "$one/site"
  done
  read -r o_cpu o_wall o_rss < <(median "$OUT/one-note.res")
  {
    echo
    echo "## one-note vault (launcher, class-data-sharing archive in place; median of 5 runs after a warm-up)"
    echo
    echo "wall $o_wall s (target ≤ 1 s: $(awk -v w="$o_wall" 'BEGIN { print (w <= 1 ? "ok" : "MISSED") }')), CPU $o_cpu s, peak RSS $(awk -v k="$o_rss" 'BEGIN { printf "%.0f MiB", k / 1024 }')"
  } | tee -a "$RESULTS"
fi

# 50k within 5.5 × the 10k time, when both were measured
w10="$(printf '%s\n' "${SUMMARY[@]}" | awk '$1 == "vault-10000" { print $3 }')"
w50="$(printf '%s\n' "${SUMMARY[@]}" | awk '$1 == "vault-50000" { print $3 }')"
if [ -n "$w10" ] && [ -n "$w50" ]; then
  echo "vault-50000 / vault-10000 wall: $(awk -v a="$w50" -v b="$w10" 'BEGIN { printf "%.2f", a / b }') (target ≤ 5.5)" | tee -a "$RESULTS"
fi
log "written: $RESULTS"
