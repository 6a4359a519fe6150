// FINDING (warning in lowered build): a switch case whose last statement
// throws (or calls a [[noreturn]] function) with an await in its operand
// is followed in the lowering by the awaiter's destruction
// (`throw E(awaiter0_.await_resume()); asl::destroy(awaiter0_, ...);`),
// so g++ -Wextra (-Wimplicit-fallthrough=3) warns "this statement may
// fall through" at the next case label. Natively (g++ and clang++) the
// program is warning-free. Output is right (7 / caught: boom 3 /
// fatal: 4).
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>

static asl::Event g_ev;

ASL_ASYNC asl::Task<std::string> msg(int k) {
  co_await g_ev;
  co_return "boom " + std::to_string(k);
}

[[noreturn]] static void fatal(int code) {
  throw std::logic_error("fatal: " + std::to_string(code));
}

ASL_ASYNC asl::Task<int> pick(int k) {
  switch (k) {
  case 0:
    throw std::runtime_error(co_await msg(k + 3));
  case 1:
    fatal(co_await msg(4) == "x" ? 0 : 4);
  case 2:
    co_return 7;
  }
  co_return 0;
}

int main() {
  asl::Task<int> a = pick(2), b = pick(0), c = pick(1);
  g_ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  for (asl::Task<int> *t : {&b, &c}) {
    try {
      asl::sync_wait(std::move(*t));
    } catch (const std::exception &e) {
      std::printf("caught: %s\n", e.what());
    }
  }
}
