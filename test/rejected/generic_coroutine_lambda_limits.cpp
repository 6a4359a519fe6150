// Generic coroutine lambdas are lowered, except these: an unnamed parameter
// pack (the branches compare the elements' types, which only a name gives),
// one called with a closure, whose type its machine cannot spell, one
// inside a coroutine lambda with an init-capture (its closure is made by a
// function that receives the captured variables only), a lambda naming the
// pack and kept across an await, and template parameter lists that 'auto'
// parameters cannot write: a type that is not a parameter's whole type, and
// a requires-clause.
#include <asl/task.h>

#include <vector>

asl::Event tick;

int pack() {
  auto count = [](auto...) -> asl::Task<int> {
    co_await tick;
    co_return 0;
  };
  return asl::sync_wait(count(1, 2));
}

int closure() {
  auto call = [](auto f) -> asl::Task<int> {
    co_await tick;
    co_return f();
  };
  return asl::sync_wait(call([] { return 3; }));
}

auto outer = []() -> asl::Task<int> {
  auto twice = [n = 2](auto x) -> asl::Task<int> {
    co_await tick;
    co_return n * x;
  };
  co_return co_await twice(4);
};

int kept() {
  auto sum = [](auto... xs) -> asl::Task<int> {
    auto add = [&] { return (0 + ... + xs); };
    co_await tick;
    co_return add();
  };
  return asl::sync_wait(sum(1, 2));
}

int vector() {
  auto first = []<class T>(std::vector<T> all) -> asl::Task<T> {
    co_await tick;
    co_return all.front();
  };
  return asl::sync_wait(first(std::vector<int>{1}));
}

int constrained() {
  auto id = []<class T>
    requires(sizeof(T) > 1)
  (T x) -> asl::Task<T> {
    co_await tick;
    co_return x;
  };
  return asl::sync_wait(id(1));
}
// expect-error: 16:19: error: an unnamed parameter pack of a generic
//   coroutine lambda is not supported yet; its machine is chosen by the
//   elements' types, which only a name can give (name it)
// expect-error: 28:29: error: a call of a generic coroutine lambda whose
//   parameter 'f' has a type that is, or holds, a lambda's closure type: its
//   machine cannot name it; not supported yet
// expect-error: 32:17: error: a generic coroutine lambda inside a coroutine
//   lambda that captures 'this' or '*this', or has an init-capture, is not
//   supported yet
// expect-error: 41:16: error: a lambda that names the parameter pack of the
//   generic coroutine lambda around it, and lives across a co_await; not
//   supported yet
// expect-error: 49:25: error: a coroutine lambda with a template parameter
//   list (C++20) where 'T' is not the whole type of exactly one parameter is
//   not supported yet; the C++17 output writes it with 'auto' parameters
// expect-error: 57:13: error: a coroutine lambda with a template parameter
//   list (C++20) with a requires-clause is not supported yet; the C++17
//   output writes it with 'auto' parameters
