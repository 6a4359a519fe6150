// continue, break, goto and co_return from inside catch handlers, leaving
// scopes that hold locals living across awaits: C++ destroys a handler's
// own locals, then its exception object as control leaves the handler, and
// only then the locals of the scopes around it; with nested handlers, each
// exception object dies as its handler is left.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

struct G {
  std::string n;
  explicit G(std::string s) : n(std::move(s)) {}
  ~G() { std::printf("  -%s\n", n.c_str()); }
};

struct Oops {
  int code;
  ~Oops() { std::printf("  ~Oops%d\n", code); }
};

ASL_ASYNC asl::Task<int> risky(int i) {
  co_await ev;
  throw Oops{i};
  co_return i;
}

ASL_ASYNC asl::Task<int> loops() {
  for (int i = 0; i < 3; ++i) {
    G loop("loop" + std::to_string(i));
    try {
      co_await risky(i);
    } catch (const Oops &o) {
      G inner("handler" + std::to_string(o.code));
      if (o.code == 0)
        continue;
      if (o.code == 1)
        break;
    }
  }
  co_return 0;
}

ASL_ASYNC asl::Task<int> nested() {
  G outer("outer");
  try {
    co_await risky(7);
  } catch (const Oops &) {
    G between("between");
    try {
      throw Oops{8};
    } catch (const Oops &) {
      G last("last");
      co_return 1;
    }
  }
  co_return 0;
}

ASL_ASYNC asl::Task<int> jumps() {
  int tries = 0;
again:
  if (tries == 2)
    co_return tries;
  {
    G attempt("attempt" + std::to_string(tries));
    co_await ev;
    // An unbraced try statement as a loop's body.
    while (true)
      try {
        co_await risky(tries);
      } catch (const Oops &) {
        ++tries;
        goto again;
      }
  }
}

int main() {
  std::printf("loops %d\n", asl::sync_wait(loops()));
  std::printf("nested %d\n", asl::sync_wait(nested()));
  std::printf("jumps %d\n", asl::sync_wait(jumps()));
}
