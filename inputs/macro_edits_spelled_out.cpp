// Text a macro writes that the lowering must edit: a kept lambda's
// captures of lifted locals, parameters, bindings and `*this` (explicit,
// `[=]`, an array by copy, in a macro's body or argument), a mutable
// lambda's use of its copy of a const local, a constant made static, a
// decltype of a lifted reference, a co_return, a break and continue that
// destroy locals, a `try`, a block's closing brace, an if's
// init-statement, and a whole coroutine lambda. The Rewriter cannot edit a
// macro's expansion: left as written, each did not compile (`capture of
// non-variable`, `co_return` in C++17, a jump past a constant, a missing
// resume label) or ran differently (a `[=]` mutable lambda wrote the
// machine's field). Each such invocation is spelled out first ("Macros in
// async bodies").
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

#define APPLY(x) [x]() { return x + 1; }()
#define BUMP(x) [&x]() { x += 10; }()
#define LENGTH(x) [x]() { return static_cast<int>(x.size()); }()
#define FIRST(x) [x]() mutable { x[0] += 100; return x[0]; }()
#define BUMP_COPY() [=]() mutable { v += 1000; return v; }()
#define CALL(fn) (fn)()
#define TAKE(s) std::move(s)
#define CONSTANT(n) constexpr int n = 3
#define TYPE_OF(x) decltype(x)
#define RETURN(x) co_return (x)
#define BREAK_IF(c) if (c) break
#define CONTINUE_IF(c) if (c) continue
#define TRY try
#define END }
#define DECLARE(n, v) Noisy n(v)
#define LATER(x) [x]() -> asl::Task<int> { co_return x * 2; }

asl::Event ready;

struct Noisy {
  int k;
  explicit Noisy(int k) : k(k) { std::printf("Noisy %d\n", k); }
  ~Noisy() { std::printf("~Noisy %d\n", k); }
};

ASL_ASYNC asl::Task<int> seven() {
  co_await ready;
  co_return 7;
}

ASL_ASYNC asl::Task<int> captures(int n) {
  int v = co_await seven();
  std::string s = "abc";
  int arr[2] = {1, 2};
  auto [p, q] = std::pair<int, int>(3, 4);
  co_await ready;
  int r = APPLY(v) + APPLY(n) + APPLY(p);
  BUMP(v);
  std::printf("r %d v %d length %d\n", r, v, LENGTH(s));
  std::printf("first %d arr[0] %d\n", FIRST(arr), arr[0]);
  std::printf("copy %d v %d\n", BUMP_COPY(), v);
  std::printf("arg %d %d\n", CALL([v] { return v * 2; }),
              CALL([=]() mutable { arr[1] = 9; return arr[1] + q; }));
  std::printf("arr[1] %d\n", arr[1]);
  co_return r;
}

ASL_ASYNC asl::Task<int> statements(int stop) {
  const std::string name = "kept";
  CONSTANT(k);
  int &ref = stop;
  co_await ready;
  auto taken = [name]() mutable {
    std::string first = TAKE(name);
    return first + "/" + name;
  }();
  TYPE_OF(ref) again = stop;
  std::printf("%s k %d again %d\n", taken.c_str(), k, again);
  int sum = 0;
  for (int i = 0; i < 4; ++i) {
    Noisy inner(i);
    sum += co_await seven();
    CONTINUE_IF(i == 1);
    BREAK_IF(i == stop);
  }
  TRY {
    sum += co_await seven();
    throw 1;
  } catch (int) {
    std::printf("caught\n");
  }
  {
    Noisy block(10);
    sum += co_await seven();
  END
  if (DECLARE(head, 20); head.k > sum) {
    sum += co_await seven();
  }
  auto later = LATER(sum);
  sum += co_await later();
  RETURN(sum);
}

struct Box {
  int k = 5;
  ASL_ASYNC asl::Task<int> copy() {
    co_await ready;
    co_return CALL([*this]() mutable { return ++k; });
  }
};

int main() {
  asl::Task<int> a = captures(6);
  asl::Task<int> b = statements(2);
  Box box;
  asl::Task<int> c = box.copy();
  ready.set();
  std::printf("captures %d\n", asl::sync_wait(std::move(a)));
  std::printf("statements %d\n", asl::sync_wait(std::move(b)));
  std::printf("copy %d\n", asl::sync_wait(std::move(c)));
}
