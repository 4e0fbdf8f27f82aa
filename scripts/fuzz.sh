#!/usr/bin/env bash
# Runs one of Jeju's libFuzzer harnesses (the Fuzz package) for a while.
#
#   scripts/fuzz.sh list              the harnesses
#   scripts/fuzz.sh TARGET SECONDS    build TARGET if needed, seed its corpus, fuzz for SECONDS
#
# The harnesses are built in release mode with -sanitize=fuzzer,address on every Swift module (Jeju's and its
# Swift dependencies'); C targets (CICU, CJejuSystem, CYaml) and the system libraries (ICU, SQLite) are not
# instrumented. The corpus grows in .build/fuzz/corpus/TARGET; crashes, timeouts and out-of-memory inputs go to
# .build/fuzz/crashes/TARGET/. Seeds come from the project's own files, Fuzz/Seeds/TARGET, and ../shared/corpora
# when it exists (read in place, never copied into the repository).
#
# Environment: FUZZ_NO_BUILD=1 skips the (incremental) build; FUZZ_SCRATCH=DIR builds and runs from DIR; FUZZ_JOBS=0 stops at the first crash (plain libFuzzer); by default the fuzzer runs in fork mode
# with one job and keeps going after crashes, timeouts and OOMs, so one run can find several.
# Extra libFuzzer flags can follow SECONDS.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package="$root/Fuzz"
shared="$root/../shared/corpora"

targets() {
    local d
    for d in "$package"/Sources/*/; do basename "$d"; done
}

usage() {
    echo "usage: scripts/fuzz.sh list | TARGET SECONDS [libFuzzer flags…]" >&2
    exit 2
}

[[ $# -ge 1 ]] || usage
if [[ $1 == list ]]; then
    targets
    exit 0
fi
[[ $# -ge 2 ]] || usage
target="$1"
seconds="$2"
shift 2
[[ $'\n'"$(targets)"$'\n' == *$'\n'"$target"$'\n'* ]] || { echo "no harness '$target'; scripts/fuzz.sh list shows them" >&2; exit 2; }
[[ $seconds =~ ^[0-9]+$ ]] || usage

# Build (incremental: a no-op when nothing changed); FUZZ_NO_BUILD=1 runs the harness as last built.
# FUZZ_SCRATCH=DIR builds into DIR instead of Fuzz/.build (a second build beside running harnesses).
scratch=()
[[ -n ${FUZZ_SCRATCH:-} ]] && scratch=(--scratch-path "$FUZZ_SCRATCH")
if [[ ${FUZZ_NO_BUILD:-0} != 1 ]]; then
    swift build -c release --package-path "$package" "${scratch[@]}" --product "$target" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
fi
binary="$(swift build -c release --package-path "$package" "${scratch[@]}" --show-bin-path)/$target"

work="$root/.build/fuzz"
corpus="$work/corpus/$target"
seeds="$work/seeds/$target"
crashes="$work/crashes/$target"
mkdir -p "$corpus" "$crashes"
rm -rf "$seeds"
mkdir -p "$seeds"

# Copies project files into the seed folder, each named after its path (locales/ko/memory.tmx → locales_ko_memory.tmx).
seed() {
    local f
    for f in "$@"; do
        [[ -f $f ]] || continue
        cp "$f" "$seeds/$(echo "${f#"$root"/}" | tr / _)"
    done
}

# Shared folders read in place: libFuzzer reads every folder after the first, and writes only to the first.
extra=()
shared_dir() {
    local d="$shared/$1"
    [[ -d $d ]] && extra+=("$d")
    return 0
}

# The TBX v3 termbase is large (600 KB); its header and first concept are seed enough.
tbx3_seed() {
    awk '{ print } /<\/conceptEntry>/ { print "    </body>\n  </text>\n</tbx>"; exit }' \
        "$root/glossary/egov.tbx" > "$seeds/glossary_egov-first-concept.tbx"
}

shopt -s nullglob
case "$target" in
    FuzzPageText) seed "$root"/locales/en/notices/*.txt ;;
    FuzzMarkdown) seed "$root"/locales/en/notices/*.md ;;
    FuzzPlainNotice) seed "$root"/locales/en/notices/* "$package"/Seeds/FuzzMarkdown/* ;;
    FuzzTMX) seed "$root"/locales/*/memory.tmx; shared_dir samples/tmx ;;
    FuzzTBX3) tbx3_seed ;;
    FuzzTBX2008) ;;
    FuzzCSVTermbase) shared_dir tico-19/terminologies ;;
    FuzzOmegaTGlossary) ;;
    FuzzDelimitedText)
        seed "$package"/Seeds/FuzzCSVTermbase/* "$package"/Seeds/FuzzOmegaTGlossary/*
        shared_dir tico-19/terminologies ;;
    FuzzXLIFF2) seed "$root"/locales/*/*.xlf ;;
    FuzzXLIFF12) shared_dir samples/xliff-1.2 ;;
    FuzzPO) shared_dir samples/po ;;
    FuzzSRX) seed "$root"/locales/*/*.srx ;;
    FuzzProjectConfig) seed "$root"/jeju.yml ;;
    FuzzLocalePresentation) seed "$root"/locales/*/locale.yml ;;
    FuzzReturnedWork)
        seed "$root"/locales/ko/*.xlf "$package"/Seeds/FuzzPO/* "$package"/Seeds/FuzzXLIFF12/* ;;
    FuzzUIMessages) seed "$root"/locales/*/ui.json ;;
    FuzzQAProfile) seed "$root"/qa/profiles/*.yml ;;
    FuzzValidator)
        tbx3_seed
        seed "$root"/locales/ko/*.xlf "$root"/locales/ko/memory.tmx "$root"/locales/*/*.srx \
            "$package"/Seeds/FuzzTBX2008/* "$package"/Seeds/FuzzXLIFF12/* "$package"/Seeds/FuzzPO/*
        shared_dir samples/po; shared_dir samples/tmx; shared_dir samples/xliff-1.2 ;;
esac
seed "$package"/Seeds/"$target"/*
shopt -u nullglob

# The Swift runtime's own crash backtracer reads the crashed stack in a way AddressSanitizer reports as a
# stack-buffer-underflow, hiding the real crash: leave the report to libFuzzer and the sanitizer.
export SWIFT_BACKTRACE=enable=no
# Leaks outside Jeju (Foundation, the Swift runtime) that would otherwise end every run: Fuzz/lsan.supp.
export LSAN_OPTIONS="suppressions=$package/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

mode=()
if [[ ${FUZZ_JOBS:-1} != 0 ]]; then
    mode=(-fork="${FUZZ_JOBS:-1}" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi

log="$work/$target.log"
before="$(find "$crashes" -type f | wc -l)"
echo "fuzzing $target for ${seconds}s: corpus $corpus, seeds $seeds ${extra[*]}" >&2
status=0
( cd "$work" && "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$crashes/" -print_final_stats=1 "${mode[@]}" "$@" \
    "$corpus" "$seeds" "${extra[@]}" ) 2>&1 | tee "$log" >&2 || status=$?

# Executions: the final statistics (plain mode), else the last progress line (fork mode).
executions="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)"
if [[ -z $executions ]]; then
    executions="$(grep -oE '^#[0-9]+' "$log" | tr -d '#' | tail -1 || true)"
fi
after="$(find "$crashes" -type f | wc -l)"
echo
echo "target:     $target"
echo "executions: ${executions:-unknown}"
echo "crashes:    $((after - before)) new ($after in $crashes)"
echo "fuzzer exit status: $status; log: $log"
if [[ $((after - before)) -gt 0 ]]; then
    echo "stack of an input: SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=Fuzz/lsan.supp $binary FILE"
fi
[[ $((after - before)) -eq 0 ]]
