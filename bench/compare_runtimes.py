#!/usr/bin/env python3
"""Compares two or more builds of the pool benchmarks side by side.

Each round runs the given programs of every build (the lowered and native
pool_tasks and ping_pong of bench/) and oneTBB's baselines, in an order that
rotates from round to round, and takes the ratios within the round; the
medians over the rounds and their ranges are printed. For measuring a runtime
change before it goes into the full table of scripts/bench:

  cp -r build-bench/bin /tmp/before        # then change the runtime, rebuild
  bench/compare_runtimes.py before=/tmp/before after=build-bench/bin

Each line gives ns per operation, the ratio to oneTBB (B5 fib, B6 skynet)
and the ratio to the first build named, each the median of the per-round
ratios with their range. With --go, the Go program (scripts/bench builds it)
runs its B7 workloads in every round too, and each line of those workloads
also gives Go / that side (the B7 goal):

  bench/compare_runtimes.py before=/tmp/before after=build-bench/bin \
    --programs ping_pong --go build-bench/bin/asl-bench-go
"""
import argparse
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import go_benchmark, google_benchmark, log  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("builds", nargs="+", help="NAME=BIN_DIR")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--modes", default="lowered",
                        help="comma-separated: lowered,native")
    parser.add_argument("--programs", default="pool_tasks,ping_pong")
    parser.add_argument("--tbb", help="bench_tbb_baselines (default: in the "
                        "first build's directory)")
    parser.add_argument("--go", help="the Go benchmark binary (asl-bench-go)")
    parser.add_argument("--go-workloads",
                        default="B7/ping_pong,B7/ping_pong_with_hog",
                        help="comma-separated workloads the Go side runs")
    args = parser.parse_args()

    builds = [b.split("=", 1) for b in args.builds]
    modes = args.modes.split(",")
    programs = args.programs.split(",")
    tbb = args.tbb or os.path.join(builds[0][1], "bench_tbb_baselines")
    env = dict(os.environ)
    load = " ".join(open("/proc/loadavg").read().split()[:3])
    log(f"compare: {args.rounds} rounds, load {load}")

    # samples[(side, workload)]: ns per operation, one entry per round.
    samples = {}
    sides = [(f"{name}/{mode}", os.path.join(path, f"bench_{prog}_{mode}"))
             for name, path in builds for mode in modes for prog in programs]
    if os.path.exists(tbb):
        sides.append(("tbb", tbb))
    if args.go:
        sides.append(("go", args.go))
    pingpong = env.get("ASL_BENCH_PINGPONG", "100000")
    for r in range(args.rounds):
        log(f"compare: round {r + 1}/{args.rounds}")
        shift = r % len(sides)
        for side, binary in sides[shift:] + sides[:shift]:
            if side == "go":
                # One process per workload: -only takes one name.
                results = {}
                for w in args.go_workloads.split(","):
                    results.update(go_benchmark(binary, [
                        "-only", w, "-pingpong", pingpong]))
            else:
                results = google_benchmark(binary, 0.1, env)
            for workload, result in results.items():
                samples.setdefault((side, workload), []).append(result["ns"])

    def fmt(values):
        return (f"{statistics.median(values):.2f} "
                f"({min(values):.2f}-{max(values):.2f})")

    print(f"load before: {load}; after: "
          f"{' '.join(open('/proc/loadavg').read().split()[:3])}")
    for (side, workload), values in sorted(samples.items()):
        if side in ("tbb", "go"):
            continue
        line = f"{side:24} {workload:24} ns {fmt(values)}"
        tbb_values = samples.get(("tbb", workload))
        if tbb_values:
            line += "  / tbb " + fmt([a / b for a, b in
                                      zip(values, tbb_values)])
        # Against the first build, same mode, same round.
        first = f"{builds[0][0]}/{side.split('/', 1)[1]}"
        first_values = samples.get((first, workload))
        if first != side and first_values:
            line += f"  / {builds[0][0]} " + fmt(
                [a / b for a, b in zip(values, first_values)])
        go_values = samples.get(("go", workload))
        if go_values:
            line += "  go/ " + fmt([g / a for g, a in zip(go_values, values)])
        print(line)
    for (side, workload), values in sorted(samples.items()):
        if side in ("tbb", "go"):
            print(f"{side:24} {workload:24} ns {fmt(values)}")


if __name__ == "__main__":
    main()
