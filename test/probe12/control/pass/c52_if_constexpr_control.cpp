// probe12 control: c52_if_constexpr_control
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

// if constexpr in async bodies, plain and templated: an init-statement with
// side effects and a traced object (it must still run and die), else-if
// constexpr chains with awaits only in some branches, co_return and break
// inside taken branches, a specialization whose only await is discarded.

template <int N> ASL_ASYNC asl::Task<int> pick(int k) {
  int r = 0;
  if constexpr (Tr t("init"); N == 0) {
    r += co_await later(k);
  } else if constexpr (N == 1) {
    for (int i = 0;; ++i) {
      Tr l("l");
      if constexpr (N > 0) {
        if (co_await later(i) == 2)
          break;
      }
    }
    r += 10;
  } else {
    r += say("no await", N);
  }
  if constexpr (int side = 0; N == 2)
    co_return r + side;
  else
    r += co_await later(side + 1);
  co_return r;
}

ASL_ASYNC asl::Task<int> plain(int k) {
  int r = 0;
  if constexpr (Tr t("pinit"); sizeof(int) == 4) {
    Tr in("taken");
    r += co_await later(k);
  } else {
    r += co_await later(-k);
  }
  co_return r;
}

int main() {
  asl::Task<int> a = pick<0>(3);
  asl::Task<int> b = pick<1>(3);
  asl::Task<int> c = pick<2>(3);
  drain();
  std::printf("%d %d %d\n", asl::sync_wait(std::move(a)),
              asl::sync_wait(std::move(b)), asl::sync_wait(std::move(c)));
  asl::Task<int> d = plain(4);
  drain();
  std::printf("%d\n", asl::sync_wait(std::move(d)));
}
