// A temporary kept in the machine to the end of its full-expression, past
// an await, whose address reaches a saved operand by array-to-pointer
// decay rather than through a call: a member array of a class prvalue
// (`Arr{{4, 5, 6}}.a`, a string_view over `Key{...}.text`) or an array
// prvalue (`A3{7, 8, 9}`) given as a pointer. The machine may start on the
// caller's stack and move to the heap at its first suspension, so such a
// decay pins it in its heap box from the start; reading an element
// (`Arr{{1, 2, 3}}.a[1]`) does not. run() writes over the stack the
// machines started on before resuming them, so a pointer left to the old
// place would show.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <string_view>

static std::deque<asl::Event *> waiting;
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
struct Arr {
  int a[3];
};
struct Key {
  char text[4];
};
using A3 = int[3];
static int first(const int *p, int k) { return p[0] * 10 + p[2] + k; }
static int hash(std::string_view s, int k) {
  int h = k;
  for (char c : s)
    h = h * 31 + c;
  return h;
}

ASL_ASYNC asl::Task<int> member_array() {
  co_return first(Arr{{4, 5, 6}}.a, co_await later(2));
}
ASL_ASYNC asl::Task<int> array_prvalue() {
  co_return first(A3{7, 8, 9}, co_await later(3));
}
ASL_ASYNC asl::Task<int> view_over_member() {
  co_return hash(std::string_view(Key{{'a', 'b', 'c'}}.text, 3),
                 co_await later(4));
}
// Not pinned: an element is read where it is.
ASL_ASYNC asl::Task<int> element_read() {
  co_return Arr{{1, 2, 3}}.a[1] + co_await later(5);
}

static int scribble() {
  volatile int buf[2048];
  for (int i = 0; i < 2048; ++i)
    buf[i] = -i;
  return buf[7];
}
template <class F> void run(const char *name, F f) {
  auto t = f();
  std::printf("scribbled %d\n", scribble());
  while (!waiting.empty()) {
    auto *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}
int main() {
  run("member array", member_array);
  run("array prvalue", array_prvalue);
  run("view over member", view_over_member);
  run("element read", element_read);
}
