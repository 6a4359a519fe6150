// Overloaded && and || (a query builder) with an awaited right operand:
// both operands are evaluated, no short-circuit.
#include <asl/task.h>
#include <cstdio>
#include <string>
asl::Event ready;
// A query-builder condition: && and || combine, they do not short-circuit.
struct Cond {
  std::string text;
  bool truth;
};
static Cond operator&&(const Cond &a, const Cond &b) {
  return Cond{"(" + a.text + " AND " + b.text + ")", a.truth && b.truth};
}
static Cond operator||(const Cond &a, const Cond &b) {
  return Cond{"(" + a.text + " OR " + b.text + ")", a.truth || b.truth};
}
ASL_ASYNC asl::Task<Cond> field(const char *name, bool t) {
  co_await ready;
  std::printf("field %s\n", name);
  co_return Cond{name, t};
}
ASL_ASYNC asl::Task<int> run() {
  Cond no{"no", false}, yes{"yes", true};
  Cond a = no && co_await field("a", true);
  Cond b = yes || co_await field("b", false);
  std::printf("%s\n%s\n", a.text.c_str(), b.text.c_str());
  co_return 0;
}
int main() {
  asl::Task<int> t = run();
  ready.set();
  return asl::sync_wait(std::move(t));
}
