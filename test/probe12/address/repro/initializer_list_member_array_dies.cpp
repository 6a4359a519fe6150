// An aggregate with an std::initializer_list member initialized from a
// braced list (`L l{{1, 3, 5}, 2};`) and kept across an await: natively
// the list's array lives as long as l (as a temporary bound to a
// reference member would); the machine builds the member with
// `::new (p) std::initializer_list<int>({1, 3, 5})`, whose array dies at
// the end of that statement, so reading l.il after the await reads a dead
// array. Shown both where the machine may move (plain) and where it is
// pinned (pinned: a std::string local keeps it in its box), so it is a
// lifetime error, not only a relocation one. Expected: 2135, 2135.
#include <asl/task.h>
#include <cstdio>
#include <initializer_list>
#include <string>

asl::Event ready;
ASL_ASYNC asl::Task<void> later() { co_await ready; }

struct L {
  std::initializer_list<int> il;
  int k;
};
static int sum(std::initializer_list<int> il, int k) {
  int s = k;
  for (int e : il)
    s = s * 10 + e;
  return s;
}

ASL_ASYNC asl::Task<int> plain() {
  L l{{1, 3, 5}, 2};
  co_await later();
  co_return sum(l.il, l.k);
}
ASL_ASYNC asl::Task<int> pinned() {
  std::string keep = "x";
  L l{{1, 3, 5}, 2};
  co_await later();
  co_return sum(l.il, l.k) + static_cast<int>(keep.size()) - 1;
}

static int scribbled = 0;
static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

template <class F> static void run(F make) {
  asl::Task<int> t = make();
  scribble();
  ready.set();
  scribble();
  ready.reset();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}

int main() {
  run([] { return plain(); });
  run([] { return pinned(); });
}
