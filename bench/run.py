#!/usr/bin/env python3
"""Runs the benchmarks of issue 6 interleaved and prints one table of ratios.

Every round runs each program once, native and lowered side by side (their
order alternates from round to round), then oneTBB, Go and the tool against
clang. A ratio is taken within each round, so that drift on this shared
machine hits both sides alike; the table shows the median over the rounds and
the range. Allocation counts come from the counting operator new of
bench_support.h, instruction counts from one callgrind run per binary, frame
sizes from `--frames`.

scripts/bench calls this after building; see it for the arguments.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

# The programs built natively and lowered from one source (bench/NAME.cpp).
PAIRED = ["sync_calls", "suspend_resume", "pool_tasks", "ping_pong"]
# Single-threaded programs, counted under callgrind.
COUNTED = ["sync_calls", "suspend_resume"]


def log(message):
    print(message, file=sys.stderr, flush=True)


def run(cmd, env=None, timeout=600):
    result = subprocess.run(cmd, capture_output=True, text=True, env=env,
                            timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({result.returncode}):\n"
                           f"{result.stderr[-2000:]}")
    return result.stdout


def google_benchmark(binary, min_time, env):
    """ns per operation and allocations per operation of each workload."""
    out = run([binary, "--benchmark_format=json",
               f"--benchmark_min_time={min_time}"], env=env)
    results = {}
    for b in json.loads(out)["benchmarks"]:
        name = b["name"]
        # Pool workloads are timed by the wall clock (UseRealTime), or by
        # the time they measured themselves (UseManualTime, reported in
        # real_time), the single-threaded ones by the CPU time of the thread
        # running them.
        suffix = next((x for x in ("/real_time", "/manual_time")
                       if name.endswith(x)), None)
        if suffix:
            name, seconds = name[: -len(suffix)], b["real_time"]
        else:
            seconds = b["cpu_time"]
        assert b["time_unit"] == "ns", b["time_unit"]
        ops = b["ops_per_call"]
        results[name] = {"ns": seconds / ops, "allocs": b["allocs_per_op"],
                         "ops": ops}
    return results


def go_benchmark(binary, args):
    results = {}
    for line in run([binary] + args).splitlines():
        r = json.loads(line)
        results[r["name"]] = {"ns": r["ns_per_op"], "ops": r["ops_per_call"]}
    return results


def time_command(cmd):
    start = time.perf_counter()
    run(cmd)
    return time.perf_counter() - start


def time_and_cpu(cmd):
    """Wall seconds and user CPU seconds of one run of cmd."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed")
    return wall, usage.ru_utime


def b8_only(tool_cmd, clang_cmd, rounds):
    """B8 alone, for working on the tool: interleaved runs of the tool and
    clang, medians of wall time and user CPU, and their ratios. Writes no
    table."""
    runs = {"tool": [], "clang": []}
    for r in range(rounds):
        pair = [("tool", tool_cmd), ("clang", clang_cmd)]
        for side, cmd in reversed(pair) if r % 2 else pair:
            runs[side].append(time_and_cpu(cmd))
    med = {side: (statistics.median(w for w, _ in v),
                  statistics.median(u for _, u in v))
           for side, v in runs.items()}
    wall_ratios = [t[0] / c[0] for t, c in zip(runs["tool"], runs["clang"])]
    for side in ["tool", "clang"]:
        log(f"{side}: wall {med[side][0]:.3f} s, user {med[side][1]:.3f} s "
            f"(medians of {rounds})")
    log(f"tool / clang: wall {med['tool'][0] / med['clang'][0]:.2f} "
        f"(per-round range {min(wall_ratios):.2f}–{max(wall_ratios):.2f}), "
        f"user CPU {med['tool'][1] / med['clang'][1]:.2f}; load "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def callgrind_counts(binary, calls, ops_per_call, work):
    """Instructions per operation of each workload of `binary`."""
    prefix = os.path.join(work, os.path.basename(binary))
    for old in glob.glob(prefix + ".cg*"):
        os.remove(old)
    run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={prefix}.cg",
         binary, "--count-instructions", str(calls)])
    counts = {}
    for dump in glob.glob(prefix + ".cg.*"):
        text = open(dump).read()
        trigger = re.search(r"^desc: Trigger: Client Request: (.*) (\d+)$",
                            text, re.M)
        summary = re.search(r"^summary: (\d+)", text, re.M)
        if trigger and summary:
            name, n = trigger.group(1), int(trigger.group(2))
            counts[name] = int(summary.group(1)) / (n * ops_per_call[name])
    return counts


def frames(binary):
    return [json.loads(line) for line in run([binary, "--frames"]).splitlines()]


def machine():
    def first_line(cmd):
        try:
            return run(cmd).splitlines()[0].strip()
        except (OSError, RuntimeError, IndexError):
            return "not found"

    def package(name):
        return first_line(["dpkg-query", "-W", "-f=${Version}", name])

    cpu = "unknown"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "kernel": platform.release(),
        "clang": first_line(["clang++-19", "--version"]),
        "go": first_line(["go", "version"]),
        "tbb": package("libtbb-dev"),
        "benchmark": package("libbenchmark-dev"),
        "valgrind": first_line(["valgrind", "--version"]),
        "load": " ".join(open("/proc/loadavg").read().split()[:3]),
    }


def median_range(values):
    return statistics.median(values), min(values), max(values)


# ---------------------------------------------------------------------------
# Formatting


def fmt_ns(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.1f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    if ns >= 10:
        return f"{ns:.1f} ns"
    return f"{ns:.2f} ns"


def fmt_ratio(values):
    m, lo, hi = median_range(values)
    return f"**{m:.2f}** ({lo:.2f}–{hi:.2f})"


def fmt_num(x, digits=2):
    if x is None:
        return "–"
    if abs(x - round(x)) < 0.005:
        return str(int(round(x)))
    return f"{x:.{digits}f}"


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True, help="the build's bin/")
    parser.add_argument("--go", help="the Go benchmark binary")
    parser.add_argument("--gen", required=True, help="B8's generated input")
    parser.add_argument("--include", required=True, help="runtime/include")
    parser.add_argument("--tool", help="the async-lower B8 times, when not "
                        "the one in --bin (only with --quick)")
    parser.add_argument("--work", required=True, help="scratch directory")
    parser.add_argument("--out", help="Markdown file to write the table into")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--b8-only", action="store_true",
                        help="time only B8 (default 7 rounds) and print it")
    args = parser.parse_args()
    if not args.b8_only and not args.go:
        parser.error("--go is required")
    if args.tool and not args.quick:
        parser.error("--tool only with --quick: the table times a Release "
                     "build of the tool")

    quick = args.quick
    rounds = args.rounds or (2 if quick else 5)
    min_time = 0.01 if quick else 0.1
    sizes = ({"fib": 18, "skynet": 10000, "pingpong": 2000} if quick else
             {"fib": 30, "skynet": 1000000, "pingpong": 100000})
    env = dict(os.environ, ASL_BENCH_FIB=str(sizes["fib"]),
               ASL_BENCH_SKYNET=str(sizes["skynet"]),
               ASL_BENCH_PINGPONG=str(sizes["pingpong"]))
    go_args = ["-fib", str(sizes["fib"]), "-skynet", str(sizes["skynet"]),
               "-pingpong", str(sizes["pingpong"]),
               "-min-time", "10ms" if quick else "200ms"]
    binary = lambda name: os.path.join(args.bin, f"bench_{name}")
    has_tbb = os.path.exists(binary("tbb_baselines"))
    os.makedirs(args.work, exist_ok=True)
    lowered_gen = os.path.join(args.work, "b8.lowered.cpp")
    tool = args.tool or os.path.join(args.bin, "async-lower")
    tool_cmd = [tool, args.gen, "-o",
                lowered_gen, "--", "-std=c++20", "-I", args.include]
    clang_cmd = ["clang-19", "-fsyntax-only", "-std=c++20", "-I",
                 args.include, args.gen]

    if args.b8_only:
        return b8_only(tool_cmd, clang_cmd, args.rounds or 7)

    started = time.perf_counter()
    info = machine()
    log(f"bench: {rounds} interleaved rounds on {info['nproc']} cores "
        f"({info['cpu']}), load {info['load']}")

    # samples[(side, workload)] is a list with one entry per round.
    samples = {}

    def add(side, results):
        for name, r in results.items():
            samples.setdefault((side, name), []).append(r)

    for r in range(rounds):
        log(f"bench: round {r + 1}/{rounds}")
        flip = r % 2 == 1
        for name in PAIRED:
            sides = ["native", "lowered"]
            for side in reversed(sides) if flip else sides:
                add(side, google_benchmark(binary(f"{name}_{side}"),
                                           min_time, env))
        if has_tbb:
            add("tbb", google_benchmark(binary("tbb_baselines"), min_time, env))
        add("go", go_benchmark(args.go, go_args))
        # B8 in the first three rounds only: its ratio varies little, and the
        # tool's run is most of a round's time.
        pair = [("tool", tool_cmd), ("clang", clang_cmd)]
        for side, cmd in (reversed(pair) if flip else pair) if r < 3 else []:
            add(side, {"B8/lower_10k_lines": {"ns": time_command(cmd) * 1e9}})

    log("bench: instruction counts under callgrind")
    instructions = {}
    for name in COUNTED:
        for side in ["native", "lowered"]:
            ops = {w: s[0]["ops"] for (sd, w), s in samples.items()
                   if sd == side and "ops" in s[0]}
            counts = callgrind_counts(binary(f"{name}_{side}"),
                                      2 if quick else 20, ops, args.work)
            for w, c in counts.items():
                instructions[(side, w)] = c

    # A function that suspended in its probe allocated its box: compare that
    # with the native frame. One that finished synchronously stayed on the
    # stack: compare sizeof its machine (stack bytes) instead.
    frame_rows = []
    frame_ratios = []
    for name in PAIRED:
        native = {f["function"]: f for f in frames(binary(f"{name}_native"))}
        for f in frames(binary(f"{name}_lowered")):
            n = native[f["function"]]["first_allocation"]
            suspended = f["first_allocation"] != 0
            if suspended:
                frame_ratios.append(f["box_sizeof"] / n)
            frame_rows.append([
                f"`{f['function']}` ({name}.cpp)", n,
                "heap box" if suspended else "stack", f["machine_sizeof"],
                f["box_sizeof"],
                f"{f['box_sizeof'] / n:.2f}" if suspended else
                f"0 heap; stack {f['machine_sizeof'] / n:.2f}"])

    # -----------------------------------------------------------------------
    # The table.

    def ns(side, w):
        return [s["ns"] for s in samples[(side, w)]]

    def ratios(a, b, w):
        return [x / y for x, y in zip(ns(a, w), ns(b, w))]

    def allocs(side, w):
        s = samples.get((side, w))
        return statistics.median(x["allocs"] for x in s) if s else None

    def instr(side, w):
        return instructions.get((side, w))

    rows = []
    verdicts = []

    # alloc_max: the most allocations per operation the lowered side may make.
    def row(id_, what, a, b, w, goal, check, note_allocs=True, alloc_max=None):
        if (a, w) not in samples or (b, w) not in samples:
            return
        rs = ratios(a, b, w)
        m = statistics.median(rs)
        ok = check(m)
        if alloc_max is not None:
            ok = ok and allocs("lowered", w) <= alloc_max + 1e-3
        if goal != "–":
            verdicts.append((id_, what, ok))
        alloc_text = "–"
        instr_text = "–"
        if note_allocs and {a, b} == {"native", "lowered"}:
            alloc_text = f"{fmt_num(allocs(a, w))} / {fmt_num(allocs(b, w))}"
            if instr(a, w) is not None and instr(b, w) is not None:
                instr_text = (f"{fmt_num(instr(a, w), 0)} / "
                              f"{fmt_num(instr(b, w), 0)}")
        verdict = "–" if goal == "–" else "met" if ok else "**missed**"
        rows.append([id_, what, f"{a} / {b}",
                     fmt_ns(statistics.median(ns(a, w))),
                     fmt_ns(statistics.median(ns(b, w))), fmt_ratio(rs),
                     alloc_text, instr_text, goal, verdict])

    le = lambda limit: (lambda m: m <= limit)
    ge = lambda limit: (lambda m: m >= limit)
    any_ = lambda m: True

    row("B1", "sync await in a loop, inlinable callee (per await)",
        "lowered", "native", "B1/sync_await", "≤ 0.25, 0 allocs", le(0.25),
        alloc_max=0)
    row("B1", "sync await in a loop, `noinline` callee (per await)",
        "lowered", "native", "B1/sync_await_noinline", "≤ 0.25, 0 allocs",
        le(0.25), alloc_max=0)
    row("B2", "depth-32 chain completing synchronously (per chain)",
        "lowered", "native", "B2/sync_chain32", "≤ 0.25, 0 allocs", le(0.25),
        alloc_max=0)
    row("B3", "event round trip, one level (per round trip)", "lowered",
        "native", "B3/event_round_trip_1_level", "≤ 1.2 (aim 1.0)", le(1.2))
    row("B3", "event round trip, two levels (per round trip)", "lowered",
        "native", "B3/event_round_trip_2_levels",
        "≤ 1.2 (aim 1.0), ≤ 1 alloc", le(1.2), alloc_max=1)
    worst = max(frame_ratios)
    verdicts.append(("B4", "frame size", worst <= 1.0))
    rows.append(["B4", f"heap bytes per suspended call, {len(frame_ratios)} "
                 "functions that suspend (table below)",
                 "lowered box / native frame",
                 "–", "–",
                 f"**{statistics.median(frame_ratios):.2f}** "
                 f"({min(frame_ratios):.2f}–{worst:.2f})", "–", "–",
                 "≤ 1.0, compile-time size",
                 "met" if worst <= 1.0 else "**missed**"])
    fib = f"fib({sizes['fib']}), spawn per call (per task)"
    sky = f"skynet, {sizes['skynet'] * 10 // 9:,} tasks (per task)"
    pp = "ping-pong (per round trip)"
    pph = "ping-pong beside a CPU hog (per round trip)"
    for id_, what, w in [("B5", fib, "B5/fib"), ("B6", sky, "B6/skynet")]:
        row(id_, what, "lowered", "native", w, "–", any_)
        row(id_, what, "lowered", "tbb", w, "≤ 1.0", le(1.0), False)
        row(id_, what, "go", "lowered", w, "≥ 10 (Go slower)", ge(10), False)
    for what, w in [(pp, "B7/ping_pong"), (pph, "B7/ping_pong_with_hog")]:
        row("B7", what, "lowered", "native", w, "–", any_)
        row("B7", what, "go", "lowered", w, "≥ 5 (Go slower)", ge(5), False)
    gen_lines = sum(1 for _ in open(args.gen))
    row("B8", f"lower a generated {gen_lines:,}-line file vs "
        "`clang-19 -fsyntax-only` (per run)", "tool", "clang",
        "B8/lower_10k_lines", "≤ 1.2", le(1.2))

    header = ["id", "workload (unit)", "A / B", "A", "B",
              "A/B median (range)", "allocs/op A / B",
              "instructions/op A / B", "goal", "verdict"]
    table = markdown_table(header, rows)
    frame_table = markdown_table(
        ["function", "native heap frame (bytes)", "lowered machine lives in",
         "sizeof machine", "sizeof box", "lowered / native heap bytes"],
        frame_rows)
    elapsed = time.perf_counter() - started
    info["load_after"] = " ".join(open("/proc/loadavg").read().split()[:3])

    print(table)
    print()
    print(frame_table)
    print()
    missed = [f"{i} {w}" for i, w, ok in verdicts if not ok]
    print(f"{len(verdicts) - len(missed)} goals met, {len(missed)} missed; "
          f"{rounds} rounds in {elapsed:.0f} s")

    if args.out:
        write_markdown(args.out, info, rounds, quick, elapsed, table,
                       frame_table, sizes, args.tool)
        log(f"bench: wrote {args.out}")


BEGIN = "<!-- scripts/bench: begin generated results -->"
END = "<!-- scripts/bench: end generated results -->"


def write_markdown(path, info, rounds, quick, elapsed, table, frame_table,
                   sizes, tool=None):
    revision = "unknown"
    try:
        top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        revision = run(["git", "-C", top, "rev-parse", "--short", "HEAD"]
                       ).strip()
        if run(["git", "-C", top, "status", "--porcelain", "--",
                "runtime", "tool"]).strip():
            revision += " with uncommitted changes to runtime/ or tool/"
    except (OSError, RuntimeError):
        pass
    today = datetime.datetime.now(datetime.timezone.utc).strftime(
        "%Y-%m-%d %H:%M UTC")
    tool_note = (f"\n\nThe tool (the lowering, and B8) is not this "
                 f"build's but {tool}." if tool else "")
    generated = f"""{BEGIN}
Run of `scripts/bench{' --quick' if quick else ''}` on {today}, source
{revision}: {rounds} interleaved rounds in {elapsed:.0f} s.

Machine: {info['nproc']} cores, {info['cpu']}, Linux {info['kernel']}; load
average {info['load']} before and {info['load_after']} after (the machine is
shared). Compilers: {info['clang']} for both sides and for oneTBB
{info['tbb']}; {info['go']}; Google Benchmark {info['benchmark']};
{info['valgrind']}.{tool_note}

{table}

Frame sizes (B4):

{frame_table}
{END}"""
    try:
        text = open(path).read()
    except FileNotFoundError:
        text = "# Performance\n\n" + BEGIN + "\n" + END + "\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        text = head + generated + tail
    else:
        text = text.rstrip("\n") + "\n\n" + generated + "\n"
    with open(path, "w") as out:
        out.write(text)


if __name__ == "__main__":
    main()
