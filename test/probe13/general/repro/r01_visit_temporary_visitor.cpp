// FINDING (crash in lowered build, stack-use-after-return): an awaited
// std::visit (or std::invoke) given a temporary visitor whose operator() is
// an async member. The tool keeps the temporary in the machine
// (temporary0_) but does not pin the machine, so the callee's machine
// holds `this` = the address in the stack copy, which dies when the
// machine moves to the heap at its first suspension.
// Also seen with std::mem_fn(&Ev::operator())(Ev{5}, 2) (value 2 instead
// of 7); std::apply(Ev{5}, std::tuple<int>(2)) and std::bind(Ev{5}, 2)()
// gave right values and no ASan report, although their machines are
// relocatable too. (When a lifted local is passed by reference in the
// same await, the machine is pinned for that reason and the bug hides.)
// Expected (native): "7 7"; got: garbage such as "3 3" at -O1 (ASan:
// stack-use-after-return in Ev::operator_call_machine::move_next).
// Found by g05_interpreter (segfault there).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <variant>

static asl::Event g_ev;

struct Ev {
  int k;
  ASL_ASYNC asl::Task<int> operator()(int x) {
    co_await g_ev;
    co_return k + x;
  }
};

ASL_ASYNC asl::Task<int> by_visit(const std::variant<int> &v) {
  co_return co_await std::visit(Ev{5}, v);
}

ASL_ASYNC asl::Task<int> by_invoke() {
  co_return co_await std::invoke(Ev{5}, 2);
}

int main() {
  std::variant<int> v = 2;
  asl::Task<int> a = by_visit(v);
  asl::Task<int> b = by_invoke();
  g_ev.set();
  int x = asl::sync_wait(std::move(a));
  int y = asl::sync_wait(std::move(b));
  std::printf("%d %d\n", x, y);
}
