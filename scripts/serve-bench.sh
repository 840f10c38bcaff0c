#!/bin/sh
# Measures `dossier serve` on loopback: requests/s, memory, threads and open descriptors before
# and after 10,000 requests (plus wrk for 5 s when it is installed), and the time a 100 KB and
# a 1 MB URL cost other clients. Bounded: a fixed request count, timeouts on every socket.
#   scripts/serve-bench.sh [path/to/dossier]     (default: a release build of this checkout)
set -eu
cd "$(dirname "$0")/.."
binary=${1:-}
if [ -z "$binary" ]; then
    swift build -c release --product dossier >/dev/null
    binary=.build/release/dossier
fi
exec nice -n 10 python3 scripts/serve-bench.py --binary "$binary" --source seeds --templates Templates
