#!/usr/bin/env python3
"""Instructions per operation and frame sizes of benchmark binaries, alone.

The exact, load-independent half of bench/run.py, for measuring one change at
a time on this shared machine: each binary's workloads are counted under
callgrind exactly as run.py counts them, and its `--frames` lines printed.

  bench/count.py build-bench/bin/bench_sync_calls_lowered \\
                 build-bench/bin/bench_sync_calls_native

Only the single-threaded programs (sync_calls, suspend_resume) give counts
that mean something; a pool's workers are not counted.
"""
import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import callgrind_counts, frames, run  # noqa: E402


def ops_per_call(binary):
    """Each workload's operations per call, from one very short timed run."""
    out = run([binary, "--benchmark_format=json",
               "--benchmark_min_time=0.001"])
    return {b["name"].removesuffix("/real_time"): b["ops_per_call"]
            for b in json.loads(out)["benchmarks"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--calls", type=int, default=20,
                        help="calls counted per workload (default 20)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        for binary in args.binaries:
            name = os.path.basename(binary)
            counts = callgrind_counts(binary, args.calls, ops_per_call(binary),
                                      work)
            for workload, count in sorted(counts.items()):
                print(f"{name}  {workload}  {count:.1f} instructions/op")
            for f in frames(binary):
                print(f"{name}  {f['function']}  first allocation "
                      f"{f['first_allocation']}, machine "
                      f"{f['machine_sizeof']}, box {f['box_sizeof']}")


if __name__ == "__main__":
    main()
