// Checks awaits in lambdas' init-captures, which the function evaluates
// where the lambda is, left to right: the captures before the await are
// evaluated before it and kept, those after it after it. The await is in the
// first, a middle or the last init-capture; a move-only result is captured
// by move; lambdas are called at once, passed to a function, kept across a
// later await and called after it; an init-capture awaits inside a loop and
// inside a try block, in a coroutine lambda's init-capture and in an
// init-capture inside a coroutine lambda's body; with braces, parentheses,
// by reference, naming a member and beside implicit copies. Each capture
// prints when it is evaluated, so the order of their side effects shows.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>

asl::RunLoop loop;

ASL_ASYNC asl::Task<int> get(int v) {
  std::printf("  get(%d)\n", v);
  co_await loop.schedule();
  co_return v;
}

ASL_ASYNC asl::Task<std::string> load(const char *text) {
  std::printf("  load(%s)\n", text);
  co_await loop.schedule();
  co_return std::string(text);
}

ASL_ASYNC asl::Task<std::unique_ptr<int>> make_box(int v) {
  co_await loop.schedule();
  co_return std::make_unique<int>(v);
}

int note(int v) {
  std::printf("  note(%d)\n", v);
  return v;
}

std::string label(const char *text) {
  std::printf("  label(%s)\n", text);
  return std::string(text);
}

template <class F> int run(F f) {
  std::printf("  run\n");
  return f();
}

ASL_ASYNC asl::Task<int> positions() {
  std::printf("first:\n");
  auto first = [n = co_await get(1), s = label("a"), m = note(2)] {
    return n + m + static_cast<int>(s.size());
  };
  std::printf("middle:\n");
  auto middle = [a = note(3), s = label("b"), n = co_await get(4),
                 t = label("c")] {
    return a + n + static_cast<int>(s.size() + t.size());
  };
  std::printf("last:\n");
  int last = [a = note(5), s = label("d"), n = co_await get(6)] {
    return a + n + static_cast<int>(s.size());
  }();
  std::printf("two awaits:\n");
  auto two = [a = co_await get(7), b = note(8), c = co_await get(9)] {
    return a * 100 + b * 10 + c;
  };
  int total = first() + middle() + last + two();
  std::printf("positions: %d %d %d %d\n", first(), middle(), last, two());
  co_return total;
}

ASL_ASYNC asl::Task<int> arguments() {
  std::printf("argument:\n");
  int r = run([v = co_await load("arg"), w = note(10)] {
    return static_cast<int>(v.size()) + w;
  });
  std::printf("argument: %d\n", r);
  std::printf("by move:\n");
  int boxed = run([box = co_await make_box(11)] { return *box; });
  std::printf("by move: %d\n", boxed);
  co_return r + boxed;
}

ASL_ASYNC asl::Task<int> kept() {
  std::printf("kept:\n");
  int base = 100;
  auto add = [&base, s = label("kept"), n = co_await get(12),
              box = co_await make_box(13), t = label("after")] {
    return base + n + *box + static_cast<int>(s.size() + t.size());
  };
  base = 200;
  int later = co_await get(14);
  std::printf("kept: %d, later %d\n", add(), later);
  auto moved = [s = co_await load("moved")]() mutable {
    return std::move(s);
  };
  co_await loop.schedule();
  std::string out = moved();
  std::printf("kept moved: %s\n", out.c_str());
  co_return add() + static_cast<int>(out.size());
}

ASL_ASYNC asl::Task<int> in_loop_and_try() {
  int sum = 0;
  for (int i = 0; i < 3; ++i) {
    auto step = [k = note(i), v = co_await get(i * 10)] { return k + v; };
    sum += step();
  }
  std::printf("loop: %d\n", sum);
  try {
    auto check = [s = label("try"), v = co_await get(20)] {
      if (v == 20)
        throw std::string("thrown by ") + s;
      return v;
    };
    co_await loop.schedule();
    sum += check();
  } catch (const std::string &error) {
    std::printf("caught: %s\n", error.c_str());
    sum += 1;
  }
  co_return sum;
}

ASL_ASYNC asl::Task<int> coroutine_lambda() {
  int scale = 3;
  auto coro = [s = label("coro"), n = co_await get(30),
               &scale](int x) -> asl::Task<int> {
    co_await loop.schedule();
    co_return n * scale + x + static_cast<int>(s.size());
  };
  scale = 4;
  int r = co_await coro(1);
  std::printf("coroutine lambda: %d\n", r);
  auto outer = [&scale]() -> asl::Task<int> {
    auto inner = [t = label("inner"), v = co_await get(40)] {
      return v + static_cast<int>(t.size());
    };
    co_await loop.schedule();
    co_return inner() + scale;
  };
  int inner = co_await outer();
  std::printf("inside a coroutine lambda: %d\n", inner);
  co_return r + inner;
}

// Implicit copies ([=]) are made after the init-captures, so after their
// await; the lambda called at once and kept.
ASL_ASYNC asl::Task<int> implicit_copies() {
  int x = 1;
  std::string s = "abc";
  int now = [=, n = co_await get(60)] {
    return x + n + static_cast<int>(s.size());
  }();
  auto kept = [=, n = co_await get(61)] {
    return x * 1000 + n + static_cast<int>(s.size());
  };
  x = 2;
  co_await loop.schedule();
  std::printf("implicit copies: %d %d\n", now, kept());
  co_return now + kept();
}

// Braces, parentheses and a reference in the init-capture, kept and not;
// in a member function, a member named before and after the await.
struct Meter {
  int value_ = 1000;

  ASL_ASYNC asl::Task<int> forms() {
    std::string text = "ref";
    auto braced = [t{co_await load("braced")}, u(label("paren")),
                   &r = text, n{co_await get(50)}, w = value_ + note(51)] {
      return static_cast<int>(t.size() + u.size() + r.size()) + n + w;
    };
    text = "changed";
    int now = [&r = text, v(value_ + co_await get(52)), s{label("now")}] {
      return static_cast<int>(r.size() + s.size()) + v;
    }();
    value_ = 2000;
    co_await loop.schedule();
    std::printf("forms: %d %d\n", braced(), now);
    co_return braced() + now;
  }
};

int main() {
  std::printf("positions -> %d\n", loop.run([] { return positions(); }));
  std::printf("arguments -> %d\n", loop.run([] { return arguments(); }));
  std::printf("kept -> %d\n", loop.run([] { return kept(); }));
  std::printf("in_loop_and_try -> %d\n",
              loop.run([] { return in_loop_and_try(); }));
  std::printf("coroutine_lambda -> %d\n",
              loop.run([] { return coroutine_lambda(); }));
  std::printf("implicit_copies -> %d\n",
              loop.run([] { return implicit_copies(); }));
  Meter meter;
  std::printf("forms -> %d\n", loop.run([&] { return meter.forms(); }));
}
