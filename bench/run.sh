#!/usr/bin/env bash
# Whole-command benchmark of hanke against a floor (walk + read + parse only).
#
#   bench/run.sh                 # corpora of 1 000, 10 000 and 100 000 records
#   bench/run.sh 1000 10000      # other sizes
#
# Builds target/release/hanke (`cargo build --release`), the corpus generator
# (`examples/gen_corpus.rs`) and the floor (`bench/floor`, its own workspace,
# built into target/bench-floor so it stays under the ignored target/), writes
# each corpus into a temporary folder that is removed on exit, and times
# every command as a whole process: hyperfine when it is installed (JSON
# export), else a shell loop timed with $EPOCHREALTIME or `date +%s%N`.
# One extra run under GNU time (`/usr/bin/time`, Debian package `time`), when
# present, gives the peak RSS and the CPU time (user + sys), which other
# processes on a busy machine disturb less than the wall-clock time.
#
# Prints a Markdown table on stdout (progress goes to stderr). A command that
# fails (e.g. not implemented yet) is reported as failed and the run goes on.
# Runs are warm-cache: the corpus was just written, so it is in the page cache.
#
# Environment knobs:
#   RUNS=5 WARMUP=1        timed runs and warm-up runs per command
#   SEED=42                generator seed (same seed, byte-identical corpus)
#   BENCH_SALKKU=KONSTI    portfolio for list/budget (the generator always has it)
#   TODAY=2026-11-23       --today for check (the generator's vaihe date)
#   HANKE_BIN=path         time another hanke binary (skips its build)
#   NO_HYPERFINE=1         force the shell-loop timer
#   KEEP_CORPUS=1          keep the temporary corpora and print where they are
#   BENCH_OUT=file.md      also write the table to this file
#   DIFF_CHANGES=20        records a pull request changes in the diff case (0: no diff case)
#
# The diff case: the corpus is committed into a git repository, then
# DIFF_CHANGES records spread over the corpus get a new `nimi` and are
# committed again; `diff HEAD~1 HEAD` compares the two commits and
# `diff HEAD~1` the first commit with the working tree (what CI runs).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
SEED="${SEED:-42}"
SALKKU="${BENCH_SALKKU:-KONSTI}"
TODAY="${TODAY:-2026-11-23}"
DIFF_CHANGES="${DIFF_CHANGES:-20}"

if [[ $# -gt 0 ]]; then
    SIZES=("$@")
else
    SIZES=(1000 10000 100000)
fi
for n in "${SIZES[@]}"; do
    if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
        echo "run.sh: record count must be a positive integer, got '$n'" >&2
        exit 2
    fi
done
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ && "$WARMUP" =~ ^[0-9]+$ && "$DIFF_CHANGES" =~ ^[0-9]+$ ]]; then
    echo "run.sh: RUNS must be >= 1, WARMUP and DIFF_CHANGES >= 0" >&2
    exit 2
fi

log() { printf '%s\n' "$*" >&2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/hanke-bench.XXXXXX")"
cleanup() {
    if [[ -n "${KEEP_CORPUS:-}" ]]; then
        log "run.sh: kept corpora in $WORK"
    else
        rm -rf -- "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build ------------------------------------------------------------------

log "== building"
if [[ -n "${HANKE_BIN:-}" ]]; then
    HANKE="$HANKE_BIN"
else
    HANKE="$ROOT/target/release/hanke"
    if ! cargo build --release >&2; then
        log "run.sh: warning: cargo build --release failed; hanke commands will be reported as failed"
        HANKE="$ROOT/target/release/hanke (build failed)" # never time a stale binary
    fi
fi
if [[ ! -x "$HANKE" ]]; then
    log "run.sh: warning: no hanke binary at $HANKE; hanke commands will be reported as failed"
fi
cargo build --release --example gen_corpus >&2
GEN="$ROOT/target/release/examples/gen_corpus"
cargo build --release --manifest-path bench/floor/Cargo.toml --target-dir "$ROOT/target/bench-floor" >&2
FLOOR="$ROOT/target/bench-floor/release/floor"

# --- tools ------------------------------------------------------------------

HYPERFINE=()
if [[ -z "${NO_HYPERFINE:-}" ]] && command -v hyperfine >/dev/null 2>&1; then
    HYPERFINE=(hyperfine --style none --time-unit millisecond)
    if hyperfine -N --runs 1 true >/dev/null 2>&1; then
        HYPERFINE+=(-N) # no intermediate shell (hyperfine >= 1.13)
    fi
    TIMER="hyperfine $(hyperfine --version | awk '{print $2}')"
else
    TIMER="shell loop ($([[ -n "${EPOCHREALTIME:-}" ]] && echo EPOCHREALTIME || echo 'date +%s%N'))"
fi
GNU_TIME=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
    GNU_TIME=/usr/bin/time
fi

# --- measuring --------------------------------------------------------------

ROWS=()   # table rows
NOTES=()  # failures and remarks
declare -A FLOOR_MEDIAN FLOOR_CPU

# now_us: microseconds since the epoch; bash 5's $EPOCHREALTIME costs no fork
# (its decimal separator follows the locale), else `date +%s%N`.
now_us() {
    if [[ -n "${EPOCHREALTIME:-}" ]]; then
        local t="$EPOCHREALTIME"
        echo "${t//[.,]/}"
    else
        echo $(($(date +%s%N) / 1000))
    fi
}

# ratio A B: A / B to two decimals, "-" when either is missing or B is 0
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.2f", a / b; else print "-"
    }'
}

# stats FILE: one duration in ms per line -> "median min max"
stats() {
    sort -n "$1" | awk '{ v[NR] = $1 }
        END {
            if (NR == 0) { print "- - -"; exit }
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.1f %.1f %.1f\n", m, v[1], v[NR]
        }'
}

# json_field FILE NAME: a number from hyperfine's JSON export (first result)
json_field() {
    grep -o "\"$2\": *[-0-9.eE+]*" "$1" | head -n 1 | sed 's/.*: *//'
}

# measure LABEL RECORDS CORPUS_SIZE CMD...
measure() {
    local label="$1" records="$2" corpus_size="$3"
    shift 3
    local out="$WORK/out" err="$WORK/err" status=0
    if [[ ! -x "$1" ]]; then
        ROWS+=("| \`$label\` | $records | failed | | | | | | | $corpus_size |")
        NOTES+=("\`$label\` ($records): binary $1 not found")
        return 0
    fi
    log "-- $label ($records records)"
    # Probe run: exit status, and a warm-up for the loop timer.
    "$@" >"$out" 2>"$err" || status=$?
    if [[ $status -ge 2 ]]; then
        local why
        why="$(head -c 300 "$err" | tr '\n' ' ' | sed 's/|/\\|/g')"
        ROWS+=("| \`$label\` | $records | failed (exit $status) | | | | | | | $corpus_size |")
        NOTES+=("\`$label\` ($records): exit $status: ${why:-no message}")
        return 0
    fi
    # Settle: what was just written (the corpus, the diff repository, the
    # site the probe wrote) goes to disk now, not while the runs are timed
    # (the flusher competes for the cores: the floor, timed first, came out
    # 35 % slower without this).
    sync
    if [[ $status -eq 1 ]]; then
        NOTES+=("\`$label\` ($records): exit 1 (rule errors on a corpus meant to be clean?): $(grep -c . "$out" || true) lines of output")
    fi

    local median min max
    if [[ ${#HYPERFINE[@]} -gt 0 ]]; then
        local json="$WORK/hyperfine.json" cmdline
        cmdline="$(printf '%q ' "$@")"
        "${HYPERFINE[@]}" --warmup "$WARMUP" --runs "$RUNS" --ignore-failure \
            --export-json "$json" "$cmdline" >&2
        median="$(awk -v s="$(json_field "$json" median)" 'BEGIN { printf "%.1f", s * 1000 }')"
        min="$(awk -v s="$(json_field "$json" min)" 'BEGIN { printf "%.1f", s * 1000 }')"
        max="$(awk -v s="$(json_field "$json" max)" 'BEGIN { printf "%.1f", s * 1000 }')"
    else
        local times="$WORK/times" i t0 t1
        : >"$times"
        for ((i = 1; i < WARMUP; i++)); do "$@" >/dev/null 2>&1 || true; done
        for ((i = 0; i < RUNS; i++)); do
            t0=$(now_us)
            "$@" >/dev/null 2>&1 || true
            t1=$(now_us)
            awk -v us=$((t1 - t0)) 'BEGIN { printf "%.3f\n", us / 1000 }' >>"$times"
        done
        read -r median min max < <(stats "$times")
    fi

    # One more run under GNU time: peak RSS, and CPU time (user + sys), which
    # other processes on the machine disturb less than wall-clock time.
    local rss="n/a" cpu="n/a"
    if [[ -n "$GNU_TIME" ]]; then
        "$GNU_TIME" -f '%M %U %S' -o "$WORK/rss" "$@" >/dev/null 2>&1 || true
        if [[ -s "$WORK/rss" ]]; then
            read -r rss cpu < <(awk 'NF == 3 && $1 ~ /^[0-9]+$/ { r = $1; c = $2 + $3 }
                END { if (r == "") print "n/a n/a"; else printf "%.1f %.0f\n", r / 1024, c * 1000 }' "$WORK/rss")
        fi
    fi

    if [[ "$label" == floor* ]]; then
        FLOOR_MEDIAN[$records]="$median"
        FLOOR_CPU[$records]="$cpu"
    fi
    local ratio cpu_ratio
    ratio="$(ratio "$median" "${FLOOR_MEDIAN[$records]:-}")"
    cpu_ratio="$(ratio "$cpu" "${FLOOR_CPU[$records]:-}")"
    ROWS+=("| \`$label\` | $records | $median | $min | $max | $ratio | $cpu | $cpu_ratio | $rss | $corpus_size |")
}

# make_diff_repo TOP DATA K: a git repository at TOP holding the corpus DATA
# in one commit, and a second commit giving K records spread evenly over the
# sorted file list a new name (a real field change for `diff` to report).
#
# The objects are then packed in the foreground, as in a clone. Left to
# itself, a commit of thousands of loose objects starts git's automatic
# maintenance (`gc --auto`, detached): it packed them in the background
# for seconds while the first diff runs were timed, which made those runs
# about 60 % slower (the two groups of `diff HEAD~1 HEAD` times, 330 and
# 530 ms, in earlier results).
make_diff_repo() {
    local top="$1" data="$2" k="$3"
    local g=(git -C "$top" -c user.name=bench -c user.email=bench@example.org -c core.autocrlf=false
        -c gc.auto=0 -c maintenance.auto=false)
    log "   git repository for diff: commit, change $k records, commit"
    "${g[@]}" init -q -b main
    "${g[@]}" add -A
    "${g[@]}" commit -q -m base
    local paths total step i
    mapfile -t paths < <(find "$data" -name '*.toml' ! -path "$data/hanke.toml" | LC_ALL=C sort)
    total=${#paths[@]}
    step=$((total / k > 0 ? total / k : 1))
    for ((i = 0; i < k && i * step < total; i++)); do
        sed -i '0,/^nimi = "/s/^nimi = "/nimi = "Muutettu: /' "${paths[i * step]}"
    done
    "${g[@]}" commit -q -a -m "change $k records"
    "${g[@]}" gc --quiet
}

# --- run --------------------------------------------------------------------

# Other processes skew whole-process timings: the report shows the load.
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

for n in "${SIZES[@]}"; do
    dir="$WORK/$n/projects"
    log "== corpus of $n records"
    t0=$(date +%s%N)
    "$GEN" "$dir" "$n" --seed "$SEED" >&2
    t1=$(date +%s%N)
    files=$(find "$dir" -name '*.toml' | wc -l)
    size="$(du -sh "$dir" | cut -f1)B, $files files"
    log "   generated in $(((t1 - t0) / 1000000)) ms; $size"

    # The floor first, so the hanke rows can show their ratio to it.
    measure "floor DIR" "$n" "$size" "$FLOOR" "$dir"
    measure "check --today $TODAY" "$n" "$size" "$HANKE" --projects "$dir" check --today "$TODAY"
    measure "list --salkku $SALKKU --format json" "$n" "$size" "$HANKE" --projects "$dir" list --salkku "$SALKKU" --format json
    measure "summary --by rahoittaja" "$n" "$size" "$HANKE" --projects "$dir" summary --by rahoittaja
    measure "budget --salkku $SALKKU --format csv" "$n" "$size" "$HANKE" --projects "$dir" budget --salkku "$SALKKU" --format csv
    measure "site -o DIR" "$n" "$size" "$HANKE" --projects "$dir" --today "$TODAY" site -o "$WORK/site-$n"

    if [[ "$DIFF_CHANGES" -gt 0 ]] && command -v git >/dev/null 2>&1; then
        make_diff_repo "$WORK/$n" "$dir" "$DIFF_CHANGES"
        measure "diff HEAD~1 HEAD --format json ($DIFF_CHANGES changed)" "$n" "$size" "$HANKE" --projects "$dir" diff HEAD~1 HEAD --format json
        measure "diff HEAD~1 --format json ($DIFF_CHANGES changed, working tree)" "$n" "$size" "$HANKE" --projects "$dir" diff HEAD~1 --format json
    fi

    if [[ -z "${KEEP_CORPUS:-}" ]]; then
        rm -rf -- "${WORK:?}/$n"
    fi
done

# --- report -----------------------------------------------------------------

{
    echo "## hanke benchmark"
    echo
    echo "$(nproc 2>/dev/null || echo '?') cores; load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?');" \
        "timer: $TIMER; $RUNS runs after $WARMUP warm-up; warm page cache; seed $SEED."
    echo "Times in ms, wall clock, whole process; × floor = median / the floor's median on the same corpus."
    echo "CPU ms (user + sys) and peak RSS come from one extra run under GNU time."
    echo
    echo "| command | records | median ms | min ms | max ms | × floor | CPU ms | CPU × floor | peak RSS MB | corpus on disk |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    printf '%s\n' "${ROWS[@]}"
    if [[ ${#NOTES[@]} -gt 0 ]]; then
        echo
        echo "Notes:"
        for note in "${NOTES[@]}"; do echo "- $note"; done
    fi
    if [[ -z "$GNU_TIME" ]]; then
        echo
        echo "CPU time and peak RSS not measured: GNU time is missing (Debian package \`time\`)."
    fi
} | tee "${BENCH_OUT:-/dev/null}"
