#!/usr/bin/env bash
# Probe 8's programs, checked by probe 4's script (same classes and builds;
# SAN=0 skips the sanitized build, TOOL= names another async-lower).
# Usage: test/probe8/check.sh [FILE.cpp...]  (default: pass/, finding/, repro/)
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
  shopt -s nullglob
  set -- "$here"/pass/*.cpp "$here"/finding/*.cpp "$here"/repro/*.cpp
fi
WORK=${WORK:-/tmp/probe8work} exec "$here/../probe4/check.sh" "$@"
