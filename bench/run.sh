#!/usr/bin/env bash
# qingdan benchmark: start-up, example check, and corpus load/check at several scales.
#
#   bench/run.sh              scales 10, 200 and 2800 counties
#   bench/run.sh 10           one scale (any list of county counts)
#
# Builds nothing: expects target/qingdan.jar (./mvnw -B package -DskipTests). Corpora are generated
# once into bench/corpus-N (gitignored) and reused; see bench/README.md.
#
# Environment:
#   QINGDAN_JAVA_OPTS   JVM flags for every run (default: bin/qingdan's own)
#   BENCH_RUNS          runs per measurement; the median is reported (default 3)
#   BENCH_TIMEOUT       seconds before one run is killed (default 1800)
#   BENCH_REGENERATE=1  regenerate the corpora even when bench/corpus-N exists
#   BENCH_SEED          the generator's seed (default: the generator's own, 20200403)
set -euo pipefail

cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8   # stable /usr/bin/time output and number formats

JAR=target/qingdan.jar
read -r -a JOPTS <<< "${QINGDAN_JAVA_OPTS:--Xmx1200m -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xss4m}"
RUNS=${BENCH_RUNS:-3}
TIMEOUT=${BENCH_TIMEOUT:-1800}
SEED_ARGS=()
if [[ -n ${BENCH_SEED:-} ]]; then
    SEED_ARGS=(--seed "$BENCH_SEED")
fi

if [[ ! -f $JAR ]]; then
    echo "bench/run.sh: $JAR not found; build it first: ./mvnw -B package -DskipTests" >&2
    exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "bench/run.sh: /usr/bin/time (GNU time) is required: apt-get install time" >&2
    exit 2
fi
if [[ $# -gt 0 ]]; then
    SCALES=("$@")
else
    SCALES=(10 200 2800)
fi
for n in "${SCALES[@]}"; do
    if ! [[ $n =~ ^[1-9][0-9]*$ ]]; then
        echo "bench/run.sh: '$n' is not a county count; usage: bench/run.sh [COUNTIES...]" >&2
        exit 2
    fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/qingdan-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# One measured run: measure NAME CMD... ; sets WALL (s), RSS (MB), CODE, and leaves the run's
# stdout and stderr in $WORK/NAME.out and $WORK/NAME.err.
measure() {
    local name=$1
    shift
    set +e
    /usr/bin/time -v -o "$WORK/$name.time" timeout "$TIMEOUT" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"
    CODE=$?
    set -e
    WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {
              n = split($2, p, ":"); s = 0
              for (i = 1; i <= n; i++) s = s * 60 + p[i]
              printf "%.2f", s }' "$WORK/$name.time")
    RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/$name.time")
}

median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "n/a"; exit }
        if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() {
    if [[ $1 == n/a || $2 == n/a ]]; then
        echo "n/a"
    else
        awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "n/a" }'
    fi
}

# Runs one measurement RUNS times: bench KEY LABEL EXPECTED_EXIT CMD...; fills the
# MED_WALL, MED_RSS, NOTE, RUNS_LIST and CMD arrays under KEY.
declare -A MED_WALL MED_RSS NOTE RUNS_LIST CMDLINE
bench() {
    local key=$1 expected=$2
    shift 2
    local walls=() rsss=() note="" codes=""
    CMDLINE[$key]=$(printf "%q " "$@")
    for ((r = 1; r <= RUNS; r++)); do
        measure "$key" "$@"
        if [[ $key == c && $CODE -eq 2 ]] && grep -qi "unknown option.*format-only" "$WORK/$key.err"; then
            MED_WALL[$key]=n/a MED_RSS[$key]=n/a RUNS_LIST[$key]="—"
            NOTE[$key]="n/a: this build has no --format-only"
            return
        fi
        walls+=("$WALL")
        rsss+=("$RSS")
        codes+="$CODE "
        if [[ $CODE -eq 124 ]]; then
            note="timed out after ${TIMEOUT}s"
        elif grep -q OutOfMemoryError "$WORK/$key.err"; then
            note="exit $CODE: OutOfMemoryError"
        elif [[ $CODE -ne $expected ]]; then
            note="exit $CODE, expected $expected: $(grep -m1 -E 'OutOfMemoryError|qingdan:|Exception' "$WORK/$key.err" | cut -c1-120 | tr '|' '/' || true)"
        fi
    done
    MED_WALL[$key]=$(median "${walls[@]}")
    MED_RSS[$key]=$(median "${rsss[@]}")
    RUNS_LIST[$key]="${walls[*]}"
    NOTE[$key]="${note:-$(tr ' ' '\n' <<< "$codes" | sed '/^$/d' | sort -u | paste -sd/)}"
}

# Compares the full check's JSON report with the corpus's expected.json (needs python3).
verify() {
    local report=$1 expected=$2
    if ! command -v python3 >/dev/null; then
        echo "not verified (no python3)"
        return
    fi
    python3 - "$report" "$expected" <<'EOF'
import collections, json, sys
try:
    r = json.load(open(sys.argv[1], encoding="utf-8"))
except Exception as e:
    print("no JSON report to verify (%s)" % type(e).__name__); sys.exit()
x = json.load(open(sys.argv[2], encoding="utf-8"))
got = collections.Counter(f["rule"] + "/" + f["pack"] for f in r["findings"])
want = x["findings"]
diff = [k for k in sorted(set(got) | set(want)) if got.get(k, 0) != want.get(k, 0)]
if r["inputErrors"]:
    print("MISMATCH: %d input errors" % len(r["inputErrors"]))
elif diff:
    print("MISMATCH: " + ", ".join("%s %d (expected %d)" % (k, got.get(k, 0), want.get(k, 0)) for k in diff))
else:
    print("yes: %d findings, as expected.json says" % sum(got.values()))
EOF
}

echo "# qingdan benchmark"
echo
echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$( [[ -n $(git status --porcelain 2>/dev/null | head -1) ]] && echo ' (with local changes)')"
echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "- java: $(java -version 2>&1 | head -1)"
echo "- JVM flags: ${JOPTS[*]}"
echo "- runs per measurement: $RUNS (median shown; the wall times of every run in the last column)"
load=$(cut -d' ' -f1 /proc/loadavg)
echo "- load average at start: $load$(awk -v l="$load" -v c="$(nproc)" 'BEGIN { if (l > c / 2) print " (a busy machine: expect noisy numbers)" }')"
echo "- invoked as: QINGDAN_JAVA_OPTS='${JOPTS[*]}' BENCH_RUNS=$RUNS bench/run.sh ${SCALES[*]}"

for n in "${SCALES[@]}"; do
    corpus=bench/corpus-$n
    gen_note="cached"
    if [[ -n ${BENCH_REGENERATE:-} || ! -f $corpus/expected.json ]]; then
        rm -rf "$corpus"
        start=$(date +%s.%N)
        java "${JOPTS[@]}" -cp "target/test-classes:$JAR" qingdan.bench.CorpusGenerator --counties "$n" --out "$corpus" ${SEED_ARGS[@]+"${SEED_ARGS[@]}"} >"$WORK/gen.out"
        gen_note=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "generated in %.1f s", e - s }')
    fi
    size=$(du -sh "$corpus" | cut -f1)
    townships=$(awk -F': ' '/"townships"/ { gsub(/,/, "", $2); print $2 }' "$corpus/expected.json")
    files=$(awk -F': ' '/"files"/ { gsub(/,/, "", $2); print $2 }' "$corpus/expected.json")
    total=$(awk -F': ' '/"total"/ { gsub(/,/, "", $2); print $2 }' "$corpus/expected.json")

    # bin/qingdan is what users run: the same JVM options, plus the class-data archive the
    # build made beside the jar (target/qingdan-java<version>.jsa, or .aot on Java 25+).
    bench a 0 env QINGDAN_JAR="$JAR" QINGDAN_JAVA_OPTS="${JOPTS[*]}" bin/qingdan --version
    bench b 1 env QINGDAN_JAR="$JAR" QINGDAN_JAVA_OPTS="${JOPTS[*]}" bin/qingdan check catalogues/
    bench c 0 env QINGDAN_JAR="$JAR" QINGDAN_JAVA_OPTS="${JOPTS[*]}" bin/qingdan check --format-only "$corpus"
    bench d 1 env QINGDAN_JAR="$JAR" QINGDAN_JAVA_OPTS="${JOPTS[*]}" bin/qingdan check --format json "$corpus"
    verified=$(verify "$WORK/d.out" "$corpus/expected.json")

    echo
    echo "## $n counties"
    echo
    echo "Corpus $corpus: $townships townships, $files files, $size on disk, $total findings planted ($gen_note)."
    echo
    echo "| | measurement | wall (s) | peak RSS (MB) | exit | runs (s) |"
    echo "|---|---|---:|---:|---|---|"
    echo "| a | start-up: \`--version\` | ${MED_WALL[a]} | ${MED_RSS[a]} | ${NOTE[a]} | ${RUNS_LIST[a]} |"
    echo "| b | \`check catalogues/\`, new JVM | ${MED_WALL[b]} | ${MED_RSS[b]} | ${NOTE[b]} | ${RUNS_LIST[b]} |"
    echo "| c | load only: \`check --format-only\` corpus | ${MED_WALL[c]} | ${MED_RSS[c]} | ${NOTE[c]} | ${RUNS_LIST[c]} |"
    echo "| d | full check of the corpus | ${MED_WALL[d]} | ${MED_RSS[d]} | ${NOTE[d]} | ${RUNS_LIST[d]} |"
    echo
    echo "- b/a: $(ratio "${MED_WALL[b]}" "${MED_WALL[a]}") wall, $(ratio "${MED_RSS[b]}" "${MED_RSS[a]}") RSS (checking the shipped examples, against bare start-up)"
    echo "- d/c: $(ratio "${MED_WALL[d]}" "${MED_WALL[c]}") wall, $(ratio "${MED_RSS[d]}" "${MED_RSS[c]}") RSS (checking against loading alone)"
    echo "- findings of d match expected.json: $verified"
    echo
    echo "Commands (from the repository root):"
    echo
    echo '```'
    for k in a b c d; do
        echo "${CMDLINE[$k]}"
    done
    echo '```'
done
