// probe14 control repro: a class declared in the body of a generic
// coroutine lambda whose object lives across an await. The tool exits 0,
// but its output does not compile with either compiler:
//   g++: error: 'Node' was not declared in this scope
//   clang++-19: error: use of undeclared identifier 'Node'
// The class is moved into a local class `lambda_locals` that the
// machine derives from, inside the `if constexpr` branch of the generic
// lambda's call operator, a template: that base is dependent, so
// unqualified lookup in the machine (`asl::relocatable<..., Node, ...>`,
// the field `Node nd;`, `new (...) Node{...}`) does not look into it.
// Expected: builds and prints "4", as natively. The same class in a
// non-generic coroutine lambda or an async function template lowers
// (pass/k47b's template part). Not among docs/design.md's Known limits.
// Found by finding/k47b_local_class_member_traced.cpp.
#include <asl/task.h>

#include <cstdio>

struct Ready {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 1; }
};

int main() {
  auto gl = [](auto k) -> asl::Task<int> {
    struct Node {
      long v;
    };
    Node nd{static_cast<long>(k)};
    co_await Ready{};
    co_return static_cast<int>(nd.v);
  };
  std::printf("%d\n", asl::sync_wait(gl(4)));
}
