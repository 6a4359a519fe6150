// Finding 1 (silent wrong output): the temporaries of the left operand of
// a built-in comma operator whose right operand awaits are destroyed
// before the await; natively they live to the end of the full-expression
// (after the resumption). The lowering writes a left operand that is just
// a temporary as its own statement (`T("a");`), so it dies at that `;`.
// (A temporary inside a call there, `use(T("b"))`, is kept right.)
// Expected (native):        Got (lowered g++ and clang++-19):
//   +a                        +a
//   +b                        -a
//   later                     +b
//   -b                        later
//   -a                        -b
//   3                         3
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>

struct T {
  const char *n;
  explicit T(const char *s) : n(s) { std::printf("+%s\n", n); }
  ~T() { std::printf("-%s\n", n); }
};
void use(const T &) {}

asl::Event ev;
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later\n");
  co_await ev;
  co_return v;
}

ASL_ASYNC asl::Task<int> app() {
  int v = (T("a"), use(T("b")), co_await later(3));
  co_return v;
}

int main() {
  asl::Task<int> t = app();
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
