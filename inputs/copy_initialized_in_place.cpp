// Checks that `T x = e;`, where T has an explicit constructor that could
// take e (so the machine cannot write T(e)), builds x where it is, as
// natively: a constructor that records `this` records x's own address (a
// trivially copyable T returned from a helper could be left in registers
// and copied, [class.temporary]/3). Shapes: a lifted local, a range-for
// variable, a temporary a const reference extends, a condition variable,
// an aggregate's member built member by member (around an await), in a
// function template, and a class whose constructor takes a class prvalue
// by value (built in the parameter, with no move).
#include <asl/task.h>

#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<void> later() { co_await ready; }
ASL_ASYNC asl::Task<int> zero() {
  co_await ready;
  co_return 0;
}

struct Sensor {
  int v;
  explicit Sensor(long x) : v(static_cast<int>(x)) {}
  Sensor(int x) : v(x) { last = this; }
  explicit operator bool() const { return v != 0; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;

// The result: the value, negative when the recorded address is not the
// object's.
static int seen(const Sensor &s) { return Sensor::last == &s ? s.v : -s.v; }

ASL_ASYNC asl::Task<int> lifted_local() {
  Sensor s = 1;
  co_await later();
  co_return seen(s);
}

ASL_ASYNC asl::Task<int> range_for_variable() {
  int values[] = {2, 3};
  int sum = 0;
  for (Sensor s : values) {
    co_await later();
    sum = sum * 10 + seen(s);
  }
  co_return sum;
}

ASL_ASYNC asl::Task<int> extended_temporary() {
  const Sensor &s = 4;
  co_await later();
  co_return seen(s);
}

ASL_ASYNC asl::Task<int> condition_variable() {
  if (Sensor s = 5) {
    co_await later();
    co_return seen(s);
  }
  co_return 0;
}

struct Pair {
  Sensor first;
  int second;
};

ASL_ASYNC asl::Task<int> aggregate_member() {
  Pair p{6, co_await zero()};
  co_await later();
  co_return seen(p.first) + p.second;
}

template <class T> ASL_ASYNC asl::Task<int> in_template(T k) {
  Sensor s = 7;
  co_await later();
  co_return seen(s) + static_cast<int>(k);
}

struct Moves {
  static int count;
  Moves() {}
  Moves(Moves &&) { ++count; }
};
int Moves::count = 0;

struct Taking {
  explicit Taking(Moves, long = 0) {}
  Taking(Moves) {}
};

ASL_ASYNC asl::Task<int> by_value_parameter() {
  Taking t = Moves();
  co_await later();
  (void)t;
  co_return Moves::count;
}

static void run(const char *name, asl::Task<int> task) {
  ready.reset();
  ready.set();
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("lifted_local", lifted_local());
  run("range_for_variable", range_for_variable());
  run("extended_temporary", extended_temporary());
  run("condition_variable", condition_variable());
  run("aggregate_member", aggregate_member());
  run("in_template", in_template(100));
  run("by_value_parameter", by_value_parameter());
}
