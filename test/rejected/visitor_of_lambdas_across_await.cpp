// A temporary whose type holds closures, kept across the await of its
// full-expression: std::visit with the C++17 "overloaded" visitor built from
// lambdas, as the operand of co_await. The machine names a closure it keeps
// as a type of its own, but not as a template argument of another class
// (overloaded<Fs...>), so the visitor's field cannot be declared. Found by
// test/probe5 (q55); a lambda passed straight to an awaited call is lowered
// (inputs/lambdas_passed_to_awaited_calls.cpp). Naming the visitor first is
// lowered too.
#include <asl/task.h>

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

// expect-error: 22:13: error: a value kept across a co_await has a type that
//   contains a lambda's closure type, which the state machine cannot name; not
//   supported yet
