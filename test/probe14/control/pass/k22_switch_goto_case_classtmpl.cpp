// probe14 control: k22_switch_goto_case_classtmpl
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

// Our own FIFO scheduler: suspended awaits queue here, drain() resumes them.
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

// Never resumes: a task suspended here is only ever destroyed.
struct Never {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 0; }
};

// Resumes the awaiting machine from inside await_suspend (on_completed).
struct Inline {
  int val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  int await_resume() const { return val; }
};

// await_suspend (on_completed) throws before registering anything.
struct ThrowsOnSuspend {
  int val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {
    throw std::runtime_error("on_suspend " + std::to_string(val));
  }
  int await_resume() const { return val; }
};

[[maybe_unused]] static int say(const char *what, int v) {
  std::printf("  %s %d\n", what, v);
  return v;
}

// Runs queued work, then takes the task's result.
template <class T> T finish(asl::Task<T> t) {
  drain();
  return asl::sync_wait(std::move(t));
}

// A const member of a class template: a switch whose cases fall through
// with lifted locals, a goto to a label between cases, continue from a
// case, break out of a nested switch, all with awaits.
template <class T> struct Router {
  const T limit;
  ASL_ASYNC asl::Task<T> route(int start) const {
    T out{};
    int k = start;
    while (k < 6) {
      Tr loop("loop");
      switch (k) {
      case 0: {
        Tr z("z");
        out += static_cast<T>(co_await later(0));
        goto two; // forward to a label between case labels
      }
      case 1:
        out += static_cast<T>(co_await later(1));
        [[fallthrough]];
      case 2:
      two : {
        Tr w("w");
        switch (co_await later(k)) {
        case 0:
          k += 2;
          break; // inner switch only
        default: {
          Tr q("q");
          ++k;
          continue; // leaves q, w, loop
        }
        }
        out += static_cast<T>(co_await now(20));
        break;
      }
      case 3: {
        Tr t3("t3");
        if (out > limit) {
          co_await later(3);
          co_return out; // leaves t3, loop
        }
      }
        [[fallthrough]];
      default:
        ++k;
        out += static_cast<T>(co_await later(k));
      }
    }
    co_return out;
  }
};

int main() {
  const Router<int> r{30};
  std::printf("r0 %d\n", finish(r.route(0)));
  std::printf("r1 %d\n", finish(r.route(1)));
  const Router<long> s{1000};
  std::printf("s3 %ld\n", finish(s.route(3)));
}
