// Checks that a destructor declared noexcept(false) that throws, for a local
// kept across an await, a spilled temporary, or a local destroyed by
// co_return, throws as natively: the async function's handler catches it, or
// the task stores it (no std::terminate).
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>

struct Closer {
  const char *name;
  bool fail;
  int get() const { return 1; }
  ~Closer() noexcept(false) {
    std::printf("  close %s\n", name);
    if (fail)
      throw std::runtime_error(name);
  }
};

struct Trace {
  const char *name;
  ~Trace() { std::printf("  drop %s\n", name); }
};

asl::Event ready;

ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

ASL_ASYNC asl::Task<int> in_block() {
  try {
    Trace a{"a"};
    Closer c{"block", true};
    Trace b{"b"};
    co_await ready;
    std::printf("  end of block\n");
  } catch (const std::runtime_error &e) {
    std::printf("  caught %s\n", e.what());
    co_return 1;
  }
  co_return 0;
}

ASL_ASYNC asl::Task<int> spilled() {
  try {
    int v = Closer{"temporary", true}.get() + co_await later(2);
    std::printf("  not reached %d\n", v);
  } catch (const std::runtime_error &e) {
    std::printf("  caught %s\n", e.what());
  }
  co_return 2;
}

ASL_ASYNC asl::Task<int> at_co_return() {
  Trace a{"a"};
  Closer c{"return", true};
  co_await ready;
  co_return 3;
}

int main() {
  ready.set();
  std::printf("in_block %d\n", asl::sync_wait(in_block()));
  std::printf("spilled %d\n", asl::sync_wait(spilled()));
  try {
    asl::sync_wait(at_co_return());
  } catch (const std::runtime_error &e) {
    std::printf("task threw %s\n", e.what());
  }
}
