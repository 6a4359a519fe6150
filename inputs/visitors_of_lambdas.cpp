// Checks visitors and other classes made of lambdas that live across an
// await: std::visit with the C++17 "overloaded" visitor built from lambdas
// as the operand of co_await (plain lambdas returning tasks, coroutine
// lambdas, lambdas capturing locals), such a visitor kept in a variable
// across awaits, and a std::pair holding a closure. The machine names
// each closure through the function that makes it (or, for a coroutine
// lambda, its named closure), inside the visitor's type too
// (overloaded<lambda_closure, lambda_closure1>). (A capture that prints its
// copies would print differently natively with g++ and clang++: they copy
// the closures into the visitor's bases differently.)
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <variant>

asl::RunLoop loop;

template <class... Fs> struct overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

ASL_ASYNC asl::Task<int> twice(int v) {
  std::printf("  twice(%d) suspends\n", v);
  co_await loop.schedule();
  std::printf("  twice(%d) resumes\n", v);
  co_return v * 2;
}

using Value = std::variant<int, std::string>;

ASL_ASYNC asl::Task<int> plain(Value v) {
  co_return co_await std::visit(
      overloaded{[](int i) { return twice(i); },
                 [](const std::string &s) {
                   return twice(static_cast<int>(s.size()));
                 }},
      v);
}

ASL_ASYNC asl::Task<int> coroutines(Value v, int bonus) {
  int r = co_await std::visit(
      overloaded{[bonus](int i) -> asl::Task<int> {
                   co_await loop.schedule();
                   co_return i + bonus;
                 },
                 [&bonus](const std::string &s) -> asl::Task<int> {
                   co_await loop.schedule();
                   co_return static_cast<int>(s.size()) * bonus;
                 }},
      v);
  co_return r;
}

ASL_ASYNC asl::Task<int> captures(Value v) {
  int k = 10;
  std::string tag = "xyz";
  std::printf("  before the await\n");
  int r = co_await std::visit(
      overloaded{[&k, tag](int i) {
                   return twice(i + k + static_cast<int>(tag.size()));
                 },
                 [&k](const std::string &s) {
                   return twice(static_cast<int>(s.size()) * k);
                 }},
      v);
  std::printf("  after the await\n");
  co_return r;
}

ASL_ASYNC asl::Task<int> kept(Value v) {
  int calls = 0;
  auto describe = overloaded{[&calls](int i) { return ++calls + i; },
                             [&calls](const std::string &s) {
                               return ++calls + static_cast<int>(s.size());
                             }};
  int first = std::visit(describe, v);
  co_await loop.schedule();
  int second = std::visit(describe, v);
  v = std::string("abcdef");
  co_await loop.schedule();
  co_return first + second + std::visit(describe, v);
}

ASL_ASYNC asl::Task<int> paired() {
  auto both = std::make_pair([](int x) { return x + 1; }, 41);
  co_await loop.schedule();
  co_return both.first(both.second);
}

int main() {
  std::printf("plain int -> %d\n", loop.run([] { return plain(Value(4)); }));
  std::printf("plain string -> %d\n",
              loop.run([] { return plain(Value(std::string("abc"))); }));
  std::printf("coroutines int -> %d\n",
              loop.run([] { return coroutines(Value(4), 100); }));
  std::printf("coroutines string -> %d\n",
              loop.run([] { return coroutines(Value(std::string("ab")), 7); }));
  std::printf("captures:\n");
  std::printf("captures int -> %d\n",
              loop.run([] { return captures(Value(1)); }));
  std::printf("kept -> %d\n", loop.run([] { return kept(Value(5)); }));
  std::printf("paired -> %d\n", loop.run([] { return paired(); }));
}
