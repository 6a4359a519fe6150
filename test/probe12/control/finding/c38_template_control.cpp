// probe12 control: c38_template_control
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

// Async function templates with control flow that depends on the type:
// if constexpr around awaits and gotos, exceptions of the parameter type,
// loops over a pack with early exit.

template <class T> ASL_ASYNC asl::Task<int> handle(T value, int k) {
  Tr a("tmpl");
  int r = 0;
  try {
    if constexpr (std::is_integral_v<T>) {
      r += co_await later(static_cast<int>(value));
      if (k == 1)
        throw value;
    } else {
      r += co_await later(static_cast<int>(value.size()));
      if (k == 1)
        throw value;
      if (k == 2)
        goto out;
    }
    r += co_await later(1);
  } catch (const T &e) {
    Tr h("h");
    if constexpr (std::is_integral_v<T>)
      std::printf("  caught int %d\n", static_cast<int>(e));
    else
      std::printf("  caught string %s\n", e.c_str());
    r = -1;
  }
out:
  if constexpr (!std::is_integral_v<T>)
    std::printf("  out\n");
  co_return r;
}

template <class... Ts> ASL_ASYNC asl::Task<int> first_positive(Ts... xs) {
  int found = -1;
  bool done = false;
  ((done || (co_await later(xs) > 0 ? (found = xs, done = true) : false)), ...);
  co_return found;
}

int main() {
  for (int k = 0; k < 3; ++k) {
    g_next = 1;
    asl::Task<int> a = handle(5, k);
    drain();
    std::printf("int k=%d: %d\n", k, asl::sync_wait(std::move(a)));
    asl::Task<int> b = handle(std::string("abc"), k);
    drain();
    std::printf("string k=%d: %d\n", k, asl::sync_wait(std::move(b)));
  }
  asl::Task<int> c = first_positive(-1, 0, 3, 4, -2);
  drain();
  std::printf("first_positive %d\n", asl::sync_wait(std::move(c)));
}
