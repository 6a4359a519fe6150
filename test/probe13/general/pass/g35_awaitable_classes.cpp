#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <string>
#include <vector>

// Classes that are awaitable themselves (get_awaiter(), with operator
// co_await declared only natively, as the README prescribes): a Timer and
// a Future<T> awaited directly, in ternaries, in && chains, as range-for
// elements, through references and via a member of an awaited result.

struct Timer {
  int ms;
  struct Aw {
    int ms;
    bool await_ready() const noexcept { return ms == 0; }
    template <class H> void await_suspend(H h) {
      g_queue.push_back([h]() mutable { h.resume(); });
    }
    int await_resume() const { return ms; }
  };
  Aw get_awaiter() const { return Aw{ms}; }
#if __cpp_impl_coroutine
  Aw operator co_await() const { return get_awaiter(); }
#endif
};

template <class T> struct Future {
  T value;
  Later<T> get_awaiter() const { return later(value); }
#if __cpp_impl_coroutine
  Later<T> operator co_await() const { return get_awaiter(); }
#endif
};

struct Reply {
  Future<std::string> body;
  Timer delay;
};

ASL_ASYNC asl::Task<Reply> request(int id) {
  co_await Timer{id};
  co_return Reply{Future<std::string>{"r" + std::to_string(id)}, Timer{id}};
}

ASL_ASYNC asl::Task<std::string> run() {
  std::string out;
  Timer t0{0}, t5{5};
  const Timer &ref = t5;
  int waited = co_await t0 + co_await ref;
  out += std::to_string(waited) + " ";
  std::vector<Future<int>> fs{{1}, {2}, {3}};
  for (const auto &f : fs)
    out += std::to_string(co_await f);
  out += " ";
  bool both = co_await Future<bool>{true} && co_await Timer{2} > 1;
  out += both ? "both " : "not ";
  Reply r = co_await request(3);
  out += co_await r.body + ":" + std::to_string(co_await r.delay);
  out += waited > 4 ? co_await Future<std::string>{" big"}
                    : co_await Future<std::string>{" small"};
  out += co_await (co_await request(4)).body;
  co_return out;
}

int main() {
  asl::Task<std::string> t = run();
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
