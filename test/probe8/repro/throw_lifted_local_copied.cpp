// Finding (silent wrong output, an extra copy): `throw err;` of a local
// that lives across an await (an exception object built, then awaited
// around, then thrown). Natively (clang++-19 and g++ -std=c++20) the
// operand is an implicitly movable entity and the exception object is
// move-constructed; the lowering keeps `err` in a field and writes `throw
// err;`, which copies: it prints "copy lifted'" and the handler sees
// "lifted'". A local declared after the last await (not lifted) is still
// moved. Same family as co_return_converting_local_copied.cpp: C++20's
// implicit move is lost when the local becomes a field.
// Expected: "caught lifted" "caught after".
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

struct Err {
  std::string n;
  explicit Err(std::string s) : n(std::move(s)) {}
  Err(const Err &o) : n(o.n + "'") { std::printf("copy %s\n", n.c_str()); }
  Err(Err &&o) noexcept : n(std::move(o.n)) {}
};

ASL_ASYNC asl::Task<int> lifted(asl::Event &e) {
  Err err("lifted");
  co_await e;
  throw err;
}
ASL_ASYNC asl::Task<int> after(asl::Event &e) {
  co_await e;
  Err err("after");
  throw err;
}

int main() {
  asl::Event e;
  auto a = lifted(e);
  auto b = after(e);
  e.set();
  try {
    asl::sync_wait(std::move(a));
  } catch (const Err &x) {
    std::printf("caught %s\n", x.n.c_str());
  }
  try {
    asl::sync_wait(std::move(b));
  } catch (const Err &x) {
    std::printf("caught %s\n", x.n.c_str());
  }
}
