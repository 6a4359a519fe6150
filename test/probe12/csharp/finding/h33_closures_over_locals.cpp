// C# closures over locals in async methods: `int calls = 0; await
// Retry(() => { calls++; return Op(); })`, a progress callback
// (IProgress<int>) capturing a counter by reference and handed to a child
// task that reports after it suspended, a std::function stored in a
// struct local, and a pointer to a local kept by a child across its
// awaits. The callers' locals are plain ints, the shape where a machine
// may start on the stack and move to the heap at its first suspension.
#include <asl/task.h>

#include <functional>
#include <iostream>
#include <string>

ASL_ASYNC asl::Task<int> op(asl::Event &io, int attempt) {
  co_await io;
  if (attempt < 3)
    throw std::runtime_error("transient");
  co_return 7;
}

template <class F> ASL_ASYNC asl::Task<int> retry(F f, int n) {
  for (int i = 1;; ++i) {
    try {
      co_return co_await f();
    } catch (const std::runtime_error &) {
      if (i == n)
        throw;
    }
  }
}

ASL_ASYNC asl::Task<int> with_retry(asl::Event &io) {
  int calls = 0;
  int r = co_await retry(
      [&] {
        ++calls;
        return op(io, calls);
      },
      5);
  co_return r * 100 + calls;
}

ASL_ASYNC asl::Task<void> download(asl::Event &io,
                                   const std::function<void(int)> &progress) {
  for (int pct = 25; pct <= 100; pct += 25) {
    co_await io;
    progress(pct);
  }
}

ASL_ASYNC asl::Task<int> with_progress(asl::Event &io) {
  int reports = 0, last = 0;
  co_await download(io, [&](int p) {
    ++reports;
    last = p;
  });
  co_return reports * 1000 + last;
}

ASL_ASYNC asl::Task<void> bump(asl::Event &io, int *counter, int times) {
  for (int i = 0; i < times; ++i) {
    co_await io;
    *counter += 1;
  }
}

ASL_ASYNC asl::Task<int> with_pointer(asl::Event &io) {
  int counter = 10;
  co_await bump(io, &counter, 3);
  co_return counter;
}

ASL_ASYNC asl::Task<int> with_ref_child(asl::Event &io) {
  int a = 1, b = 2;
  auto add = [&](int x) -> asl::Task<int> {
    co_await io;
    a += x;
    co_return a + b;
  };
  int r = co_await add(5);
  co_return r * 10 + a;
}

struct Gate {
  asl::Event ev;
  int opened = 0;
  void pulse() {
    ++opened;
    ev.set();
    ev.reset();
  }
};

template <class T> void drive(Gate &g, asl::Task<T> &t, const char *what) {
  while (!t.is_ready() && g.opened < 20)
    g.pulse();
  std::cout << what << " " << asl::sync_wait(std::move(t)) << "\n";
}

int main() {
  {
    Gate g;
    auto t = with_retry(g.ev);
    drive(g, t, "retry");
  }
  {
    Gate g;
    auto t = with_progress(g.ev);
    drive(g, t, "progress");
  }
  {
    Gate g;
    auto t = with_pointer(g.ev);
    drive(g, t, "pointer");
  }
  {
    Gate g;
    auto t = with_ref_child(g.ev);
    drive(g, t, "ref child");
  }
}
