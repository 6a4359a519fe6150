// Finding 6 (WARNING in the lowered clang++-19 -Wall build):
// `std::move(co_await f())`, a common shape (`Tr t = std::move(co_await
// make());`, `v.push_back(std::move(*co_await opt()));`). The lowering spills
// the callee `std::move` into a function-pointer field before the await:   Tr
// &&(*spill0_)(Tr &&) noexcept;  ...  spill0_ = std::move;   ...
// Tr(spill0_(awaiter1_.await_resume())) clang++-19 -std=c++17 -Wall warns
// "taking address of non-addressable standard library function is incompatible
// with C++20 [-Wc++20-compat]" (the lowered output is meant to build warning-
// free). The output is right. A user function template called the same way
// (`id(co_await f())`) and std::max, std::abs, std::make_unique,
// std::make_pair, std::exchange are not spilled;
// `std::forward<std::string>(co_await w())` is, like std::move (both are
// functions clang-19 treats as builtins, which may be the cause). Spilling a
// function's name is not needed at all (it cannot change during the await);
// taking the address of a standard library function is unspecified from C++20
// on. Expected: no warning; prints "+x", "-x", "1". Got: the warning above
// (g++ 12 builds it silently).
#include <asl/task.h>

#include <cstdio>
#include <optional>
#include <string>
#include <utility>
#include <vector>

asl::Event ready;

struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

ASL_ASYNC asl::Task<std::optional<Tr>> make() {
  co_await ready;
  co_return Tr("x");
}

ASL_ASYNC asl::Task<int> app() {
  std::vector<Tr> v;
  v.push_back(std::move(*co_await make()));
  co_return static_cast<int>(v.size());
}

int main() {
  asl::Task<int> task = app();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(task)));
}
