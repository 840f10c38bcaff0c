#!/usr/bin/env bash
# Fuzzes one entry point of dossier with libFuzzer and fails on a crash or on an input
# that takes longer than the time limit. Usage:
#   scripts/fuzz.sh TARGET [RUNS] [SECONDS_PER_INPUT] [LIBFUZZER_FLAG...]   (defaults: 1000000 runs, 1 s)
# e.g. scripts/fuzz.sh dates 1000000 1 -max_total_time=3600 to stop after an hour at most.
# TARGET is one of: normalizer, dates, front-matter, settings (see Sources/DossierFuzzTargets).
# The seed corpus is Tests/DossierCoreTests/Fixtures/fuzz-corpus/TARGET; the growing corpus,
# crash and timeout inputs and the slowest input go to ${TMPDIR:-/tmp}/dossier-fuzz/TARGET.
# Copy every crash-* or timeout-* input into Tests/DossierCoreTests/Fixtures/fuzz-regressions/TARGET/
# so that `make test` replays it. Run it under `nice -n 10` on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-}
runs=${2:-1000000}
limit=${3:-1}
case "$target" in
  normalizer|dates|front-matter|settings) ;;
  *) echo "usage: scripts/fuzz.sh normalizer|dates|front-matter|settings [RUNS] [SECONDS_PER_INPUT]" >&2; exit 2 ;;
esac
# libFuzzer's instrumentation; lld, since gold fails on the fuzzer runtime's debug info.
flags=(-c release --build-path .build-fuzz --product dossier-fuzz
       -Xswiftc -sanitize=fuzzer -Xswiftc -DLIBFUZZER -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
swift build "${flags[@]}" >&2
binary=$(swift build "${flags[@]}" --show-bin-path)/dossier-fuzz
work=${TMPDIR:-/tmp}/dossier-fuzz/$target
mkdir -p "$work/corpus" "$work/artifacts"
started=$(date +%s)
status=0
DOSSIER_FUZZ_TARGET=$target DOSSIER_FUZZ_SLOWEST=$work/slowest-input SWIFT_BACKTRACE=enable=no \
  "$binary" "$work/corpus" "Tests/DossierCoreTests/Fixtures/fuzz-corpus/$target" \
  -runs="$runs" -timeout="$limit" -rss_limit_mb=2048 -max_len=65536 -len_control=200 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 "${@:4}" 2>"$work/log" || status=$?
echo "target: $target"
echo "seconds: $(( $(date +%s) - started ))"
grep -E "stat::number_of_executed_units|stat::slowest_unit_time_sec|stat::peak_rss_mb" "$work/log" || tail -5 "$work/log"
[ -f "$work/slowest-input.time" ] && echo "slowest input: $work/slowest-input ($(cat "$work/slowest-input.time"))"
failures=$(ls "$work/artifacts" 2>/dev/null | grep -E '^(crash|timeout|oom|slow-unit|leak)-' || true)
if [ -n "$failures" ]; then
  echo "failing inputs (keep them under Tests/DossierCoreTests/Fixtures/fuzz-regressions/$target/):"
  for f in $failures; do echo "  $work/artifacts/$f"; done
fi
exit $status
