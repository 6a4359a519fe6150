// Finding 1 (LOWERED DOES NOT COMPILE): an async member function of a
// class local to an ordinary function. design.md ("Where the machine is
// declared") says members of a local class keep their machine inside the
// class, and ("Coroutine lambdas", "A local class") that such a machine
// declares `relocatable` as a member type because a local class may not
// have static data members. Here the machine make()::Local::get_machine
// declares `static constexpr bool relocatable = asl::relocatable<...> &&
// ...;`.
// Expected: prints 3 (as the native build).
// Got: g++: "local class 'struct make()::Local::get_machine' shall not have
// static data member 'constexpr const bool ...::relocatable'";
// clang++-19: "static data member 'relocatable' not allowed in local struct
// 'get_machine'".
#include <asl/task.h>

#include <cstdio>

asl::Event ev;

asl::Task<int> make() {
  struct Local {
    int k;
    ASL_ASYNC asl::Task<int> get() {
      co_await ev;
      co_return k;
    }
  };
  // Kept alive: with `Local{3}.get()` the task would read k through a
  // `this` whose temporary died at the end of the return statement, in
  // the native build too (it printed 3 by chance; the lowered g++ build,
  // once it compiled, printed garbage).
  static Local keep{3};
  return keep.get();
}

int main() {
  asl::Task<int> t = make();
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
