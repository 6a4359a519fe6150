#!/usr/bin/env bash
# Runs the runtime's concurrency tests at full counts (millions of tasks in
# pool_stress_test) from an existing build. CTest runs them at scale 1; the
# sanitizer builds are best run at a reduced scale (0.25). The chaos builds
# stay at scale 1: their random pauses make full counts take too long.
#
# Usage: test/stress.sh [build-dir] [scale]     (defaults: build 20)
set -euo pipefail
build=${1:-build}
scale=${2:-20}
ASL_STRESS_SCALE=$scale ctest --test-dir "$build" -L runtime \
  -R 'stress|thread_pool|channel|mutex|when_all|spawn|timer|cancellation' \
  -E chaos --timeout 1800 --output-on-failure
