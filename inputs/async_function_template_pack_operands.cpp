// An await in an expression with a pack expansion among its operands, in
// an async function template: the elements evaluated before the await are
// saved one by one in fields (`note(xs)...` before `co_await`), in clang's
// order whichever compiler builds the output; temporaries made by the
// elements of an awaited call's expansion (`std::string(xs)...`) live in
// fields to the end of the full-expression, as natively; a fold evaluated
// before an await is saved whole. A traced type says when each temporary
// is made and destroyed.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event ready;

ASL_ASYNC asl::Task<int> h(int x) {
  co_await ready;
  std::printf("  h(%d) resumed\n", x);
  co_return x;
}

template <class... Ns> int total(Ns... ns) { return (0 + ... + ns); }

int note(int x) {
  std::printf("  note %d\n", x);
  return x * 10;
}

struct Traced {
  std::string name;
  explicit Traced(int x) : name("t" + std::to_string(x)) {
    std::printf("  make %s\n", name.c_str());
  }
  Traced(const Traced &) = delete;
  ~Traced() { std::printf("  destroy %s\n", name.c_str()); }
};

template <class... Ts> ASL_ASYNC asl::Task<int> lengths(const Ts &...ts) {
  co_await ready;
  co_return (0 + ... + static_cast<int>(ts.name.size()));
}

template <class... Ts> ASL_ASYNC asl::Task<int> sizes(const Ts &...ts) {
  co_await ready;
  co_return (0 + ... + static_cast<int>(ts.size()));
}

// The pack after the await: its elements read after it.
template <class... Ts> ASL_ASYNC asl::Task<int> after(Ts... xs) {
  co_return total(co_await h(1), xs...);
}

// Elements evaluated before the await, one by one, in order.
template <class... Ts> ASL_ASYNC asl::Task<int> before(Ts... xs) {
  co_return total(note(xs)..., co_await h(2), note(100));
}

// Temporaries made by the elements of an awaited call's expansion.
template <class... Ts> ASL_ASYNC asl::Task<int> made(Ts... xs) {
  int n = co_await lengths(Traced(xs)...);
  std::printf("  made %d\n", n);
  n += co_await sizes(std::string(xs, 'x')...) + co_await h(3);
  co_return n;
}

// A fold evaluated before an await, saved whole.
template <class... Ts> ASL_ASYNC asl::Task<int> folded(Ts... xs) {
  co_return (xs + ...) + co_await h(4);
}

// An element that is a reference to the machine's field, kept by address.
int &id(int &x) { return x; }
template <class... Ts> int &first_of(int &a, Ts &&...) { return a; }
template <class... Ts> ASL_ASYNC asl::Task<int> referred(Ts... xs) {
  int &r = first_of(id(xs)..., co_await h(5));
  r += 1;
  co_return (xs + ...);
}

ASL_ASYNC asl::Task<int> run() {
  std::printf("after:\n");
  int a = co_await after(20, 300);
  int a0 = co_await after();
  std::printf("after %d, %d\nbefore:\n", a, a0);
  int b = co_await before(1, 2, 3);
  std::printf("before %d\nmade:\n", b);
  int m = co_await made(1, 22);
  std::printf("made %d\nfolded:\n", m);
  int f = co_await folded(1, 2L);
  std::printf("folded %d\nreferred:\n", f);
  int r = co_await referred(7, 8);
  std::printf("referred %d\n", r);
  co_return a + b + m + f + r;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
