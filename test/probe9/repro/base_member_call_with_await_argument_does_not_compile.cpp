// Finding 5 (LOWERED DOES NOT COMPILE): in an async member function of a
// derived class, a call of a member function inherited from a base class,
// written without `this->` (`put(co_await f())`) or qualified
// (`Writer::put(co_await f())`), whose argument awaits. The lowering spills
// the object the call is made on (correct: C++17 evaluates it before the
// arguments) into `Writer *spill0_`, but assigns it `this_->put` (the
// member function) instead of the converted `this_`:
//   spill0_ = this_->put;        // (qualified: spill0_ = Writer::put;)
// `this->put(co_await f())` lowers to `spill0_ = this_;` and works, as does
// an unqualified call of the class's own member. Multiple inheritance and
// async base members (`co_await write(co_await read())`) fail alike.
// Expected: prints 1 (as the native build).
// Got: g++: "cannot convert 'Writer::put' from type 'void (Writer::)(int)'
// to type 'Writer*'"; clang++-19 rejects it too.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

ASL_ASYNC asl::Task<int> value() {
  co_await ready;
  co_return 1;
}

struct Writer {
  int sink = 0;
  void put(int v) { sink += v; }
};

struct Pipe : Writer {
  ASL_ASYNC asl::Task<int> run() {
    put(co_await value());
    co_return sink;
  }
};

int main() {
  Pipe p;
  asl::Task<int> t = p.run();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
