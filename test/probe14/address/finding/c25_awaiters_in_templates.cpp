// Awaiters reached through templates: a class template awaitable whose
// get_awaiter() (and `operator co_await` natively) returns an awaiter by
// NRVO after recording it; an at-once awaiter class template whose
// await_resume() returns a 40-byte result by NRVO after recording it; a
// generic free function making the awaitable. Each with the address read
// after the machine's first suspension.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>

static std::deque<asl::Event *> waiting;
static std::deque<std::function<void()>> resumers;

// Awaiting a task does not usually suspend, so a machine awaiting later()
// may start on the stack and move at its first suspension.
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

// Suspends until run() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

static int scribbled = 0;
static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

static void pump() {
  scribble();
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      std::function<void()> resume = std::move(resumers.front());
      resumers.pop_front();
      resume();
    }
    scribble();
  }
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = make();
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

struct Big {
  int v;
  int pad[9];
};
static const Big *g_big = nullptr;
[[gnu::noinline]] static void note(const Big *p) { g_big = p; }
template <class T> struct Aw {
  Big b;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  T await_resume() const { return static_cast<T>(b.v); }
};
template <class T> struct Awaitable {
  int v;
  Aw<T> get_awaiter() const {
    Aw<T> a{{v, {}}};
    note(&a.b);
    return a;
  }
#ifdef __cpp_impl_coroutine
  Aw<T> operator co_await() const { return get_awaiter(); }
#endif
};
template <class T> struct BigAw {
  T v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  Big await_resume() const {
    Big r{static_cast<int>(v), {}};
    note(&r);
    return r;
  }
};
template <class T> BigAw<T> big_now(T v) { return BigAw<T>{v}; }
static int show(int a, int b) { return g_big->v * 1000 + a + b; }

ASL_ASYNC asl::Task<int> get_awaiter_nrvo() {
  co_return show(co_await Awaitable<int>{1}, co_await later(0));
}
ASL_ASYNC asl::Task<int> template_await_resume_nrvo() {
  Big b = co_await BigAw<long>{2};
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> generic_maker_nrvo() {
  Big b = co_await big_now(3);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
template <class T> ASL_ASYNC asl::Task<int> in_template(T v) {
  Big b = co_await BigAw<T>{v};
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
static asl::Task<int> in_template_int() { return in_template(4); }

int main() {
  run("get_awaiter_nrvo", get_awaiter_nrvo);
  run("template_await_resume_nrvo", template_await_resume_nrvo);
  run("generic_maker_nrvo", generic_maker_nrvo);
  run("in_template", in_template_int);
}
