// probe12 control: c37_coroutine_lambda_control
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <exception>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// Traced objects: every construction, copy, move and destruction prints.
static int g_next = 1;
struct Tr {
  int id;
  const char *tag;
  explicit Tr(const char *t) : id(g_next++), tag(t) {
    std::printf("  +%s#%d\n", tag, id);
  }
  Tr(const Tr &o) : id(g_next++), tag(o.tag) {
    std::printf("  copy %s#%d->#%d\n", tag, o.id, id);
  }
  Tr(Tr &&o) noexcept : id(g_next++), tag(o.tag) {
    std::printf("  move %s#%d->#%d\n", tag, o.id, id);
  }
  Tr &operator=(const Tr &) = delete;
  ~Tr() { std::printf("  -%s#%d\n", tag, id); }
  int v() const { return id; }
};

// A scheduler of our own: suspended awaits queue here, drain() resumes them.
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}

// A traced awaiter: suspends (resumed by drain) unless `ready`.
struct Aw {
  int val;
  bool ready;
  Aw(int v, bool r) : val(v), ready(r) { std::printf("  aw+%d\n", val); }
  Aw(const Aw &o) : val(o.val), ready(o.ready) {
    std::printf("  aw copy %d\n", val);
  }
  Aw(Aw &&o) noexcept : val(o.val), ready(o.ready) {
    std::printf("  aw move %d\n", val);
  }
  ~Aw() { std::printf("  aw-%d\n", val); }
  bool await_ready() const noexcept { return ready; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  int await_resume() const {
    std::printf("  resume %d\n", val);
    return val;
  }
};
[[maybe_unused]] static Aw later(int v) { return Aw(v, false); }
[[maybe_unused]] static Aw now(int v) { return Aw(v, true); }

[[maybe_unused]] static int say(const char *what, int v) {
  std::printf("  %s %d\n", what, v);
  return v;
}

// Control flow inside coroutine lambdas (outside and inside a coroutine):
// goto, switch in a loop, try/catch with rethrow, range-for with break,
// co_return from nested scopes, destroyed while suspended.

static asl::Event g_never;

ASL_ASYNC asl::Task<int> outer(int k) {
  Tr o("outer");
  auto body = [k](int n) -> asl::Task<int> {
    Tr l("lam");
    int r = 0;
    int tries = 0;
  retry:
    try {
      Tr t("try");
      r += co_await later(n);
      if (tries++ < 1)
        throw std::runtime_error("again");
    } catch (const std::runtime_error &) {
      std::printf("  lambda retry\n");
      goto retry;
    }
    for (int i = 0; i < 4; ++i) {
      switch (i) {
      case 1:
        continue;
      case 3: {
        Tr c("c3");
        if (k > 0)
          co_return r + co_await later(100);
        break;
      }
      default:
        r += co_await later(i);
      }
    }
    co_return r;
  };
  int a = co_await body(1);
  int b = co_await body(2);
  co_return a + b;
}

int main() {
  for (int k : {0, 1}) {
    g_next = 1;
    asl::Task<int> t = outer(k);
    drain();
    std::printf("outer(%d)=%d\n", k, asl::sync_wait(std::move(t)));
  }
  g_next = 1;
  auto waits = [](int n) -> asl::Task<int> {
    Tr a("wa");
    std::vector<int> v{1, 2, 3};
    for (int x : v) {
      Tr in("in");
      if (x == n)
        co_await g_never;
    }
    co_return n;
  };
  {
    asl::Task<int> t = waits(2);
    std::printf("dropping lambda task ready=%d\n", t.is_ready());
  }
  std::printf("dropped\n");
}
