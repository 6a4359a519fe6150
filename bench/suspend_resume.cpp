// B3: a real suspension and resumption through an asl::Event, on one thread.
// The benchmark loop calls tick.set(), which resumes the waiting task inline;
// the task resets the event and suspends on it again before set() returns.
//   one level   the looping task awaits the event itself: its frame or box
//               is allocated once, so a round trip allocates nothing
//   two levels  the loop awaits a callee that awaits the event: each round
//               trip suspends one new call, which allocates once (the native
//               frame or the lowered box)
#include "bench_support.h"

#include <asl/task.h>

#include <climits>
#include <optional>

ASL_ASYNC asl::Task<long> wait_loop(asl::Event &tick, int rounds) {
  long woken = 0;
  for (int i = 0; i < rounds; ++i) {
    co_await tick;
    tick.reset();
    ++woken;
  }
  co_return woken;
}

ASL_ASYNC asl::Task<int> wait_tick(asl::Event &tick) {
  co_await tick;
  tick.reset();
  co_return 1;
}

ASL_ASYNC asl::Task<long> wait_loop_two_levels(asl::Event &tick, int rounds) {
  long woken = 0;
  for (int i = 0; i < rounds; ++i) {
    int one = co_await wait_tick(tick);
    woken += one;
  }
  co_return woken;
}

namespace {

constexpr int round_trips_per_call = 100;

asl::Event tick;
std::optional<asl::Task<long>> waiting;

struct OneLevel {
  static constexpr const char *name = "B3/event_round_trip_1_level";
  static constexpr long ops = round_trips_per_call;
  static void setup() { waiting.emplace(wait_loop(tick, INT_MAX)); }
  static void call() {
    for (int i = 0; i < round_trips_per_call; ++i)
      tick.set();
  }
  // Destroys the task suspended on the event, which unlinks it.
  static void teardown() { waiting.reset(); }
};

struct TwoLevels {
  static constexpr const char *name = "B3/event_round_trip_2_levels";
  static constexpr long ops = round_trips_per_call;
  static void setup() { waiting.emplace(wait_loop_two_levels(tick, INT_MAX)); }
  static void call() {
    for (int i = 0; i < round_trips_per_call; ++i)
      tick.set();
  }
  static void teardown() { waiting.reset(); }
};

// Each call suspends on an unset event. The first allocation of a native
// call is its own frame; a lowered call allocates its callee's box first.
void print_frames() {
  asl::Event never;
  ASL_BENCH_FRAME(wait_loop, [&] { asl::Task<long> t = wait_loop(never, 1); });
  ASL_BENCH_FRAME(wait_tick, [&] { asl::Task<int> t = wait_tick(never); });
  ASL_BENCH_FRAME(wait_loop_two_levels,
                  [&] { asl::Task<long> t = wait_loop_two_levels(never, 1); });
}

} // namespace

ASL_BENCH_MAIN(print_frames, OneLevel, TwoLevels)
