// A lifted union whose first member has a non-trivial default
// constructor (a default member initializer), initialized with empty
// braces: `U u{};` is aggregate initialization, which g++ 12 and
// clang++-19 accept in a declaration. The lowering builds the field with
// `::new (asl::place(u)) U{};`, which g++ 12 rejects ("use of deleted
// function 'U::U()'": it value-initializes a new-expression's empty
// braces through the deleted default constructor; clang++-19 accepts
// it). The lowered file does not compile with g++; the tool reports
// nothing. Expected: 101. Got: g++ build error. Not an address problem;
// found by c08.
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

struct Self {
  int v = 1;
};
union U {
  Self s;
  int i;
};

ASL_ASYNC asl::Task<int> union_local() {
  U u{};
  co_await later(0);
  u.s.v += 100;
  co_return u.s.v;
}

int main() {
  asl::Task<int> t = union_local();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
