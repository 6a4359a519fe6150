// probe14 control repro: a for loop whose body is a declaration without
// braces (`for (...; ...; s += co_await f()) Tr body(s);`), or a do-while
// whose body is one (`do Tr body(s); while (co_await f());`), with an
// await in the for's increment or the do's condition. The tool exits 0,
// but the output does not compile: the declaration is left in the loop's
// own block, before the increment's (condition's) resume label, so the
// jump to that label crosses its initialization:
//   g++: error: jump to label 'resume0_' ... crosses initialization of
//        'Tr body'
//   clang++-19: error: cannot jump from this goto statement to its label
// Natively the body is a scope of its own (body dies before the increment
// runs). Expected: builds and prints what the native build prints (+0 -0
// +1 -1, f 2, then +0 -0 +1 -1, g 2). docs/design.md ("Sub-statements
// without braces") says such a declaration is put in braces of its own;
// here it is not. A body that is an if holding the declaration lowers.
// Found by finding/k42_destroy_in_heads_tmpl.cpp (in a template).
#include <asl/task.h>

#include <cstdio>

struct Tr {
  int id;
  explicit Tr(int i) : id(i) { std::printf("+%d\n", id); }
  ~Tr() { std::printf("-%d\n", id); }
};

struct Ready {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 1; }
};

ASL_ASYNC asl::Task<int> f() {
  int s = 0;
  for (; s < 2; s += co_await Ready{})
    Tr body(s);
  co_return s;
}

ASL_ASYNC asl::Task<int> g() {
  int s = 0;
  do
    Tr body(s);
  while (++s < 2 && co_await Ready{});
  co_return s;
}

int main() {
  std::printf("f %d\n", asl::sync_wait(f()));
  std::printf("g %d\n", asl::sync_wait(g()));
}
