// Finding 3 (LOWERED DOES NOT COMPILE): an async member function of an
// unnamed class (declared together with its variable, or as the type of a
// member). design.md says "Members of a local or unnamed class keep their
// machine inside the class"; Known limits refuses only async member
// *templates* of unnamed classes. The machine, inside the class, names the
// class as `decltype(::svc)` (or `decltype(::Outer::inner)`) in its
// constructor's parameter, where the variable is not declared yet (the
// enclosing class is incomplete).
// Expected: prints 5 then 6 (as the native build).
// Got: g++: "'::svc' has not been declared"; for the member, "incomplete
// type 'Outer' used in nested name specifier" (clang++-19 alike).
#include <asl/task.h>

#include <cstdio>

static struct {
  int k = 2;
  ASL_ASYNC asl::Task<int> get() { co_return k + 3; }
} svc;

struct Outer {
  struct {
    int m = 5;
    ASL_ASYNC asl::Task<int> go() { co_return m + 1; }
  } inner;
};

int main() {
  std::printf("%d\n", asl::sync_wait(svc.get()));
  Outer o;
  std::printf("%d\n", asl::sync_wait(o.inner.go()));
}
