// Finding: a lifted `bool` local direct-initialized from an awaited class
// that has only an explicit operator bool, `bool on(co_await flag(3));`,
// is valid C++20 (direct-initialization considers explicit conversion
// functions) and prints "on 1" natively. The lowering assigns the field,
// `on = (awaiter1_.await_resume());`, a copy conversion, and the output
// does not compile:
//   g++: cannot convert 'Flag' to 'bool' in assignment
// Expected: compiles, prints "on 1" / got: lowered output does not compile.
// Same cause as explicit_bool_condition_uses_implicit_conversion.cpp: a
// scalar field is given its value by assignment, which is a
// copy-initialization, where the source used direct-initialization or a
// contextual conversion.
#include <asl/task.h>
#include <cstdio>

struct Flag {
  int v;
  explicit operator bool() const { return v != 0; }
};
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<Flag> flag(int v) { co_return Flag{v}; }

ASL_ASYNC asl::Task<int> run() {
  bool on(co_await flag(3));
  co_await Hold{};
  std::printf("on %d\n", on);
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
