// Empty braces of classes whose implicit default constructor is deleted
// while their aggregate initialization from `{}` is valid: a union whose
// first member has a default member initializer or a constructor (so a
// non-trivial default constructor), a struct holding such a union (after
// another member, in a base) or an anonymous one, a struct with a const
// member, and such a union built as a member of an aggregate that awaits.
// Each lives across an await. g++ 12 rejects a new-expression of the empty
// list (`::new (p) U{}`, "use of deleted function"), and for a union
// leaves its first member unconstructed even in a declaration; so the
// machine spells the list down to each union's first member (`U{{}}`,
// which means the same), or, for the const member, builds the class from
// its prvalue `Fixed{}`, which C++17 materializes in place.
#include <asl/task.h>

#include <cstdio>

asl::Event ready(true);

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

struct Holder {
  int k;
  U u;
};

struct Loud {
  Loud() { std::puts("loud made"); }
  int v = 3;
};

union L {
  Loud loud;
  int i;
};

struct Derived : Holder {
  int extra = 5;
};

struct Anonymous {
  union {
    Self s;
    long l;
  };
  int k;
};

struct Fixed {
  const int c;
  int k;
};

struct Pair {
  U u;
  int k;
};

ASL_ASYNC asl::Task<int> union_local() {
  U u{};
  co_await later(0);
  u.s.v += 100;
  co_return u.s.v;
}

ASL_ASYNC asl::Task<int> holder_local() {
  Holder h{};
  co_await later(0);
  h.k = co_await later(20);
  co_return h.u.s.v + h.k;
}

ASL_ASYNC asl::Task<int> loud_local() {
  L l{};
  co_await later(0);
  co_return l.loud.v;
}

ASL_ASYNC asl::Task<int> derived_local() {
  Derived d{};
  co_await later(0);
  co_return d.u.s.v + d.extra;
}

ASL_ASYNC asl::Task<int> anonymous_local() {
  Anonymous a{};
  co_await later(0);
  co_return a.s.v + a.k + 30;
}

ASL_ASYNC asl::Task<int> fixed_local() {
  Fixed f{};
  co_await later(0);
  co_return f.c + f.k + 40;
}

ASL_ASYNC asl::Task<int> member_built_in_place() {
  Pair p{{}, co_await later(50)};
  co_await later(0);
  co_return p.u.s.v + p.k;
}

int main() {
  std::printf("union %d\n", asl::sync_wait(union_local()));
  std::printf("holder %d\n", asl::sync_wait(holder_local()));
  std::printf("loud %d\n", asl::sync_wait(loud_local()));
  std::printf("derived %d\n", asl::sync_wait(derived_local()));
  std::printf("anonymous %d\n", asl::sync_wait(anonymous_local()));
  std::printf("fixed %d\n", asl::sync_wait(fixed_local()));
  std::printf("member %d\n", asl::sync_wait(member_built_in_place()));
}
