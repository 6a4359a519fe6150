// Finding (refusal, not in Known limits): a reference that extends a
// temporary through a cast, `const Tr &s = static_cast<const Tr &>(Tr());`
// (the whole temporary, [class.temporary]/6 lists the cast), or through an
// element of an array prvalue, `int &&x = IA{a, a + 1, a + 2}[1];`, living
// across an await: "reference 's' is bound to part of a temporary, which
// it keeps alive, and lives across a co_await; not supported yet (bind the
// temporary itself, or copy the part)". design.md ("References and
// structured bindings") says a reference bound to part of the temporary it
// extends (a base, a member) keeps the whole temporary; Known limits does
// not list these forms, and for the cast the message is wrong (the
// reference is bound to the temporary itself). Rare shapes; `const Tr &s =
// Tr();` and `const int &n = make().member;` lower. Expected output:
// "tr 1 x 11".
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>

struct Tr {
  int v = 1;
};
using IA = int[3];

ASL_ASYNC asl::Task<int> f(asl::Event &e) {
  const Tr &s = static_cast<const Tr &>(Tr());
  co_await e;
  co_return s.v;
}

ASL_ASYNC asl::Task<int> g(asl::Event &e, int a) {
  int &&x = IA{a, a + 1, a + 2}[1];
  co_await e;
  co_return x;
}

int main() {
  asl::Event e;
  asl::Task<int> t = f(e);
  asl::Task<int> u = g(e, 10);
  e.set();
  int tr = asl::sync_wait(std::move(t));
  std::printf("tr %d x %d\n", tr, asl::sync_wait(std::move(u)));
}
