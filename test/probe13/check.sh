#!/usr/bin/env bash
# Probe 13: runs probe 11's check.sh (native build, lowering, g++ and
# clang++ builds of the lowering, sanitized build, outputs compared) on
# probe 13's programs, with the tool and runtime copied at the start of
# session 15. One directory per focus, each with pass/, finding/, repro/.
# Usage: test/probe13/check.sh [FILE.cpp...]
# (default: */pass/*.cpp */finding/*.cpp */repro/*.cpp of this directory)
# TOOL=, LIB=, INC=, WORK=, SAN=0 and JOBS= as for probe 11.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export TOOL=${TOOL:-/work/wt/tool15/async-lower}
export LIB=${LIB:-/work/wt/tool15/libasl_runtime.a}
export WORK=${WORK:-/tmp/probe13work}
if [ $# -eq 0 ]; then
  shopt -s nullglob
  set -- "$here"/*/pass/*.cpp "$here"/*/finding/*.cpp "$here"/*/repro/*.cpp
fi
exec "$here/../probe11/check.sh" "$@"
