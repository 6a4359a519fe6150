// README.md's own shape, `co_await retry([&] {...}, 3)` and `co_await
// policy.call([&x] {...})`: a lambda expression capturing the caller's
// lifted locals by reference, given by value to an awaited async function
// template (or member template) that calls it after suspending. The
// caller's machine is not pinned: it starts on main's stack and moves to
// its heap box when retry() first suspends, and the closure, now in the
// callee's machine, still refers to the caller's old place. (Given to an
// std::function parameter instead, the caller is pinned and passes.)
// Expected: 6603, 6; the lowered builds print garbage (finding/a35, with
// several runs queued, crashes with SIGSEGV).
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

template <class F> ASL_ASYNC asl::Task<int> retry(F f, int n) {
  int r = 0;
  for (int i = 0; i < n; ++i)
    r += f() + co_await later(0);
  co_return r;
}
struct Policy {
  int k;
  template <class F> ASL_ASYNC asl::Task<int> call(F f) const {
    co_await later(0);
    co_return f() * k;
  }
};

ASL_ASYNC asl::Task<int> template_given_closure() {
  int x = 2;
  int calls = 0;
  int r = co_await retry([&] { return x * 10 + ++calls; }, 3);
  co_return r * 100 + calls;
}
ASL_ASYNC asl::Task<int> member_template_given_closure() {
  int x = 3;
  static const Policy p{2};
  co_return co_await p.call([&x] { return x; });
}

static int scribbled = 0;
static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

template <class F> static void run(F make) {
  asl::Task<int> t = make();
  scribble();
  ready.set();
  scribble();
  ready.reset();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
  std::fflush(stdout);
}

int main() {
  run([] { return template_given_closure(); });
  run([] { return member_template_given_closure(); });
}
