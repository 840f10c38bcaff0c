#!/bin/sh
# Measures `dossier serve` on loopback: requests/s, memory, threads and open descriptors before
# and after 10,000 requests (plus wrk for 5 s when it is installed), the time a 100 KB and a
# 1 MB URL cost another client, and how long a client waits behind 64 held connections.
# Bounded: fixed request counts and a timeout on every socket.
#   scripts/serve-bench.sh                                  a release build of this checkout
#   scripts/serve-bench.sh path/to/dossier [--source S --templates T]   another build
set -eu
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
    swift build -c release --product dossier >/dev/null
    set -- .build/release/dossier
fi
binary=$1
shift
exec nice -n 10 python3 scripts/serve-bench.py --binary "$binary" "$@"
