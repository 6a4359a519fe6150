// A temporary of a full-expression, made before an await of it, whose
// address reaches a saved operand by array-to-pointer decay rather than by
// a call: a member array of a class prvalue (`Arr{{4, 5, 6}}.a`, or a
// string_view over `Key{...}.text`) or an array prvalue (`A3{7, 8, 9}`)
// passed as a pointer. The temporary is kept in the machine, but the
// machine is not pinned: it moves to its heap box when later() suspends,
// and the saved pointer still points at the stack copy. Expected: 48, 82.
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

struct Arr {
  int a[3];
};
using A3 = int[3];
static int first(const int *p, int k) { return p[0] * 10 + p[2] + k; }

ASL_ASYNC asl::Task<int> member_array() {
  co_return first(Arr{{4, 5, 6}}.a, co_await later(2));
}
ASL_ASYNC asl::Task<int> array_prvalue() {
  co_return first(A3{7, 8, 9}, co_await later(3));
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
  run([] { return member_array(); });
  run([] { return array_prvalue(); });
}
