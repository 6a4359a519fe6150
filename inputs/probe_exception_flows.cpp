// Exceptions: one thrown before the first suspension is stored in the task
// (the call does not throw), exception_ptr kept across an await and
// rethrown later (C#'s await-in-finally emulation), propagation through
// several suspended levels with destructors at each, a catch and
// a nested rethrow_exception inside a try around an await, throwing from a
// loop condition's await.
#include <asl/task.h>

#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>

asl::Event ev;

struct Level {
  int n;
  explicit Level(int v) : n(v) { std::printf("  enter %d\n", n); }
  ~Level() { std::printf("  leave %d\n", n); }
};

struct Failure : std::runtime_error {
  int depth;
  Failure(const std::string &m, int d) : std::runtime_error(m), depth(d) {}
  Failure(const Failure &o) : std::runtime_error(o), depth(o.depth) { std::puts("  Failure copied"); }
};

ASL_ASYNC asl::Task<int> eager_throw() {
  throw std::logic_error("before any await");
  co_return 0;
}

ASL_ASYNC asl::Task<int> dive(int depth) {
  Level l(depth);
  co_await ev;
  if (depth == 0)
    throw Failure("bottom", depth);
  int r = co_await dive(depth - 1);
  co_return r + 1;
}

ASL_ASYNC asl::Task<void> cleanup(const char *what) {
  co_await ev;
  std::printf("  async cleanup %s\n", what);
}

ASL_ASYNC asl::Task<int> with_finally(int depth) {
  std::exception_ptr err;
  int result = -1;
  try {
    result = co_await dive(depth);
  } catch (...) {
    err = std::current_exception();
  }
  co_await cleanup("finally");
  if (err)
    std::rethrow_exception(err);
  co_return result;
}

int budget = 3;
ASL_ASYNC asl::Task<bool> more() {
  co_await ev;
  if (--budget < 0)
    throw std::out_of_range("budget");
  co_return true;
}

ASL_ASYNC asl::Task<int> run() {
  int caught = 0;
  try {
    co_await with_finally(2);
  } catch (Failure &f) {
    std::printf("  caught %s depth %d\n", f.what(), f.depth);
    ++caught;
  }
  std::exception_ptr saved;
  try {
    co_await eager_throw();
  } catch (...) {
    saved = std::current_exception();
  }
  try {
    Level l(99);
    co_await ev;
    std::rethrow_exception(saved);
  } catch (const std::logic_error &e) {
    std::printf("  rethrown %s\n", e.what());
    ++caught;
  }
  int loops = 0;
  try {
    while (co_await more())
      ++loops;
  } catch (const std::out_of_range &e) {
    std::printf("  loop ended by %s after %d\n", e.what(), loops);
    ++caught;
  }
  co_return caught;
}

int main() {
  asl::Task<int> e;
  try {
    e = eager_throw();
    std::printf("call did not throw, ready=%d\n", (int)e.is_ready());
  } catch (...) {
    std::puts("call threw");
  }
  asl::Task<int> t = run();
  int rounds = 0;
  while (!t.is_ready()) {
    ++rounds;
    ev.set();
    ev.reset();
  }
  std::printf("rounds %d caught %d\n", rounds, asl::sync_wait(std::move(t)));
}
