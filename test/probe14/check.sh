#!/usr/bin/env bash
# Probe 14: runs probe 11's check.sh (native build, lowering, g++ and
# clang++ builds of the lowering, sanitized build, outputs compared) on
# probe 14's programs, with the tool and runtime copied at the start of
# session 16. One directory per focus, each with pass/, finding/, repro/.
# Usage: test/probe14/check.sh [FILE.cpp...]
# (default: */pass/*.cpp */finding/*.cpp */repro/*.cpp of this directory)
# TOOL=, LIB=, INC=, WORK=, SAN=0 and JOBS= as for probe 11.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export TOOL=${TOOL:-/work/wt/tool16/async-lower}
export LIB=${LIB:-/work/wt/tool16/libasl_runtime.a}
export WORK=${WORK:-/tmp/probe14work}
if [ $# -eq 0 ]; then
  shopt -s nullglob
  set -- "$here"/*/pass/*.cpp "$here"/*/finding/*.cpp "$here"/*/repro/*.cpp
fi
exec "$here/../probe11/check.sh" "$@"
