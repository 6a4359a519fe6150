// A closure type the machine names inside another type, refused: a lambda
// kept across an await that captures a visitor made of kept lambdas (its
// factory, in the machine's base, cannot see the names the machine gives
// them). (The visitor itself kept across the await is lowered:
// inputs/visitors_of_lambdas.cpp.)
#include <asl/task.h>

#include <variant>

asl::Event ready;

template <class... Fs> struct overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

ASL_ASYNC asl::Task<int> captured(std::variant<int, char> v) {
  auto visitor = overloaded{[](int i) { return i; }, [](char c) { return 1; }};
  auto call = [&visitor](std::variant<int, char> w) {
    return std::visit(visitor, w);
  };
  co_await ready;
  co_return call(v);
}
// expect-error: 19:15: error: a lambda that captures 'visitor', whose type
//   holds a lambda's closure type, and lives across a co_await; not
//   supported yet
