// probe12 control: c09_co_return_deep
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

// co_return from deep inside nested scopes, tries, range-fors and loops:
// every alive object dies once, innermost first, after the result is made.

struct Out {
  int id;
  int v;
  explicit Out(int x) : id(g_next++), v(x) { std::printf("  out+%d\n", id); }
  Out(Out &&o) noexcept : id(g_next++), v(o.v) {
    std::printf("  out move %d->%d\n", o.id, id);
  }
  Out(const Out &o) : id(g_next++), v(o.v) {
    std::printf("  out copy %d->%d\n", o.id, id);
  }
  ~Out() { std::printf("  out-%d\n", id); }
};

ASL_ASYNC asl::Task<Out> f(int where) {
  Tr a("a");
  std::vector<int> xs{1, 2, 3};
  try {
    Tr b("b");
    for (int x : xs) {
      Tr c("c");
      try {
        Tr d("d");
        co_await later(x);
        if (where == x) {
          Out o(x * 10);
          co_return o;  // implicit move
        }
        if (where == 10 + x)
          throw std::runtime_error("t");
      } catch (const std::runtime_error &) {
        Tr h("h");
        std::printf("  in handler\n");
        co_return Out(-x);
      }
      {
        Tr e("e");
        if (where == 20 + x)
          co_return Out(co_await later(200 + x));
      }
    }
  } catch (...) {
    std::printf("  never\n");
  }
  co_return Out(0);
}

int main() {
  for (int where : {2, 12, 23, 0}) {
    std::printf("where=%d\n", where);
    g_next = 1;
    {
      asl::Task<Out> t = f(where);
      drain();
      Out o = asl::sync_wait(std::move(t));
      std::printf("result %d\n", o.v);
    }
  }
}
