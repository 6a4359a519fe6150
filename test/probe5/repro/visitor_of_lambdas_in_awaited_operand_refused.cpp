// Refusal (error, no output): std::visit with the C++17 "overloaded"
// visitor built from lambdas, as the operand of co_await:
//   co_await std::visit(overloaded{[](int) {...}, [](char) {...}}, v)
// is refused with "a value kept across a co_await has a type that contains
// a lambda's closure type, which the state machine cannot name; not
// supported yet". The visitor is a temporary of the full-expression, so it
// lives across the await, and its type holds closures. Known limits covers
// it in substance ("whose closure sits inside another type", "a closure
// that is a temporary kept to the end of an expression with an await
// after it"), though the shape listed there is a std::function parameter.
// Workaround: name the visitor first, or visit into a Task local.
#include <asl/task.h>

#include <cstdio>
#include <utility>
#include <variant>

template <class... Fs> struct overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

ASL_ASYNC asl::Task<int> twice(int v) { co_return v * 2; }

ASL_ASYNC asl::Task<int> run(std::variant<int, char> v) {
  co_return co_await std::visit(
      overloaded{[](int i) { return twice(i); },
                 [](char c) { return twice(c - '0'); }},
      v);
}

int main() { std::printf("result %d\n", asl::sync_wait(run('4'))); }
