// Folds whose pattern awaits, in templates with a parameter pack: each
// specialization unrolls its fold, one suspension point per element, in
// clang's order (left to right, whichever way the fold associates); `&&`
// and `||` stop at the element that decides (a later element's awaitable
// is never made); a `,` fold awaits for each element; a `<<` fold writes
// onto a stream; an exception thrown mid-fold destroys what the fold had
// made, last made first. Pack sizes 0, 1, 2 and 3.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>

static std::deque<std::function<void()>> parked;
static void pump() {
  while (!parked.empty()) {
    auto resume = std::move(parked.front());
    parked.pop_front();
    resume();
  }
}

struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

// An awaitable that prints when it is made, resumed and destroyed; a
// negative one throws from await_resume.
struct Probe {
  int v;
  explicit Probe(int v) : v(v) { std::printf("  probe %d made\n", v); }
  Probe(const Probe &other) : v(other.v) {
    std::printf("  probe %d copied\n", v);
  }
  ~Probe() { std::printf("  probe %d gone\n", v); }
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  int await_resume() const {
    std::printf("  probe %d resumed\n", v);
    if (v < 0)
      throw std::runtime_error("probe " + std::to_string(v));
    return v;
  }
};

ASL_ASYNC asl::Task<int> h(int x) {
  std::printf("  h(%d)\n", x);
  co_await Hold{};
  co_return x;
}

ASL_ASYNC asl::Task<bool> ok(int x) {
  std::printf("  ok(%d)\n", x);
  co_await Hold{};
  co_return x != 0;
}

ASL_ASYNC asl::Task<void> note(int x) {
  std::printf("  note(%d)\n", x);
  co_await Hold{};
  std::printf("  noted %d\n", x);
}

// Unary right fold: e0 + (e1 + e2), evaluated e0, e1, e2.
template <class... Ts> ASL_ASYNC asl::Task<int> right(Ts... xs) {
  co_return (co_await h(xs) + ...);
}

// Unary left fold: (e0 - e1) - e2.
template <class... Ts> ASL_ASYNC asl::Task<int> left(Ts... xs) {
  co_return (... - co_await h(xs));
}

// Binary folds with an init, which is evaluated first on the left and last
// on the right.
template <class... Ts> ASL_ASYNC asl::Task<int> left_init(Ts... xs) {
  int r = (co_await h(1000) - ... - co_await h(xs));
  co_return r;
}
template <class... Ts> ASL_ASYNC asl::Task<int> right_init(Ts... xs) {
  co_return (co_await h(xs) - ... - 1000);
}

// `&&` and `||`: an element after the one that decides is not evaluated.
template <class... Ts> ASL_ASYNC asl::Task<bool> all(Ts... xs) {
  co_return (... && co_await Probe(xs));
}
template <class... Ts> ASL_ASYNC asl::Task<bool> any(Ts... xs) {
  co_return (co_await ok(xs) || ...);
}

// A comma fold: something for each element, in order.
template <class... Ts> ASL_ASYNC asl::Task<int> each(Ts... xs) {
  ((co_await note(xs)), ...);
  co_return static_cast<int>(sizeof...(xs));
}

// `<<` onto a stream, left to right.
struct Line {
  Line &operator<<(int v) {
    std::printf("  << %d\n", v);
    return *this;
  }
};
template <class... Ts>
ASL_ASYNC asl::Task<void> streamed(Line &line, Ts... xs) {
  (line << ... << co_await h(xs));
}
template <class... Ts> ASL_ASYNC asl::Task<std::string> joined(Ts... xs) {
  std::ostringstream out;
  (out << ... << co_await h(xs));
  co_return out.str();
}

// An exception from the second element: the first element's awaitable,
// alive to the end of the full-expression, is destroyed after the second's.
template <class... Ts> ASL_ASYNC asl::Task<int> throws(Ts... xs) {
  co_return (co_await Probe(xs) * ...);
}

ASL_ASYNC asl::Task<int> run() {
  std::printf("right(1, 2, 3)\n");
  int a = co_await right(1, 2, 3);
  std::printf("= %d\nright(7)\n", a);
  int b = co_await right(7);
  std::printf("= %d\nleft(100, 10, 1)\n", b);
  int c = co_await left(100, 10, 1);
  std::printf("= %d\nleft_init()\n", c);
  int d = co_await left_init();
  std::printf("= %d\nleft_init(1, 2)\n", d);
  int e = co_await left_init(1, 2);
  std::printf("= %d\nright_init(1, 2)\n", e);
  int f = co_await right_init(1, 2);
  std::printf("= %d\nright_init()\n", f);
  int g = co_await right_init();
  std::printf("= %d\nall(1, 2, 3)\n", g);
  bool all3 = co_await all(1, 2, 3);
  std::printf("= %d\nall(1, 0, 3)\n", all3);
  bool all0 = co_await all(1, 0, 3);
  std::printf("= %d\nall()\n", all0);
  bool none = co_await all();
  std::printf("= %d\nany(0, 4, 5)\n", none);
  bool any3 = co_await any(0, 4, 5);
  std::printf("= %d\nany(0)\n", any3);
  bool any1 = co_await any(0);
  std::printf("= %d\neach(1, 2)\n", any1);
  int n2 = co_await each(1, 2);
  std::printf("= %d\neach()\n", n2);
  int n0 = co_await each();
  std::printf("= %d\nstreamed(5, 6)\n", n0);
  Line line;
  co_await streamed(line, 5, 6);
  std::printf("joined(4, 2)\n");
  std::string s = co_await joined(4, 2);
  std::printf("= %s\njoined(9)\n", s.c_str());
  std::string s1 = co_await joined(9);
  std::printf("= %s\nthrows(2, -1, 3)\n", s1.c_str());
  try {
    co_await throws(2, -1, 3);
  } catch (const std::exception &error) {
    std::printf("caught %s\n", error.what());
  }
  std::printf("throws(5)\n");
  int t = co_await throws(5);
  std::printf("= %d\n", t);
  co_return a + b + c + d + e + f + g + n2 + t;
}

int main() {
  asl::Task<int> task = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
