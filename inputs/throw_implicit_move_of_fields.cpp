// Checks C++20's implicit move in `throw name;` where the name is a field
// of the machine: a local living across an await, a by-value parameter, a
// name in parentheses, an rvalue reference (C++17 would copy from it), a
// throw in a conditional expression; a local declared after the last await
// (moved by the C++17 compiler itself); and the copies: a local thrown
// inside a try block that its scope contains, an lvalue reference.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

struct Failure {
  std::string what;
  explicit Failure(std::string w) : what(std::move(w)) {}
  Failure(const Failure &o) : what(o.what + "'") {
    std::printf("  copy %s\n", what.c_str());
  }
  Failure(Failure &&o) noexcept : what(std::move(o.what)) {
    std::printf("  move %s\n", what.c_str());
  }
};

Failure shared_failure("shared");

ASL_ASYNC asl::Task<int> lifted(asl::Event &ready) {
  Failure f("lifted");
  co_await ready;
  throw f;
}

ASL_ASYNC asl::Task<int> parameter(asl::Event &ready, Failure f) {
  co_await ready;
  throw(f);
}

ASL_ASYNC asl::Task<int> rvalue_reference(asl::Event &ready) {
  Failure &&f = Failure("rref");
  co_await ready;
  throw f;
}

ASL_ASYNC asl::Task<int> conditional(asl::Event &ready, bool fail) {
  Failure f("conditional");
  co_await ready;
  co_return fail ? throw f : 1;
}

ASL_ASYNC asl::Task<int> caught_inside(asl::Event &ready) {
  Failure f("inner");
  try {
    co_await ready;
    throw f;
  } catch (const Failure &caught) {
    std::printf("  inside caught %s\n", caught.what.c_str());
  }
  co_return 2;
}

ASL_ASYNC asl::Task<int> after_await(asl::Event &ready) {
  co_await ready;
  Failure f("after");
  throw f;
}

ASL_ASYNC asl::Task<int> lvalue_reference(asl::Event &ready) {
  Failure &f = shared_failure;
  co_await ready;
  throw f;
}

void report(asl::Task<int> task) {
  try {
    std::printf("value %d\n", asl::sync_wait(std::move(task)));
  } catch (const Failure &caught) {
    std::printf("caught %s\n", caught.what.c_str());
  }
}

int main() {
  asl::Event ready;
  auto a = lifted(ready);
  auto b = parameter(ready, Failure("param"));
  auto c = rvalue_reference(ready);
  auto d = conditional(ready, true);
  auto e = caught_inside(ready);
  auto f = after_await(ready);
  auto g = lvalue_reference(ready);
  std::puts("set");
  ready.set();
  report(std::move(a));
  report(std::move(b));
  report(std::move(c));
  report(std::move(d));
  report(std::move(e));
  report(std::move(f));
  report(std::move(g));
}
