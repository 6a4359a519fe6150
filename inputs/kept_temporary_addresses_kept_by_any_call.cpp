// A temporary kept in the machine to the end of its full-expression, past
// an await, whose address a function of the program's keeps in a global
// that a later part of the same full-expression reads: a function returning
// a number, one returning nothing (left of a comma), and a member function
// returning a number called on the temporary. Natively the coroutine frame
// never moves; the machine may start on the caller's stack and move to the
// heap at its first suspension, so any call of the program's that is given
// such a temporary by reference (or as its object) pins the machine in its
// heap box from the start, whatever the call returns. run() writes over the
// stack the machines started on before resuming them, so a pointer left to
// the old place would show.
#include <asl/task.h>
#include <cstdio>
#include <deque>

static std::deque<asl::Event *> waiting;
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
struct Tag {
  int v;
};
static const int *seen;
int enlist(const Tag &t) {
  seen = &t.v;
  return t.v;
}
void enlist_void(const Tag &t) { seen = &t.v; }
struct Reader {
  int v;
  int keep() const {
    seen = &v;
    return v;
  }
};
int read_seen() { return *seen; }

ASL_ASYNC asl::Task<int> by_number() {
  co_return enlist(Tag{5}) + co_await later(1) + read_seen();
}
ASL_ASYNC asl::Task<int> by_void() {
  co_return (enlist_void(Tag{6}), co_await later(1)) + read_seen();
}
ASL_ASYNC asl::Task<int> by_member() {
  co_return Reader{7}.keep() + co_await later(1) + read_seen();
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
  run("number", by_number);
  run("void", by_void);
  run("member", by_member);
}
