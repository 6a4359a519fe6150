// Checks &&, || and ?: whose operand holding an await is not taken: the awaiter
// is never constructed (its constructor prints), an awaited task is never
// called, and temporaries of that operand are never built or destroyed.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Probe {
  const char *name;
  bool result;
  Probe(const char *n, bool r) : name(n), result(r) {
    std::printf("  construct %s\n", name);
  }
  ~Probe() { std::printf("  destroy %s\n", name); }
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  bool await_resume() { return result; }
};
struct Note {
  std::string text;
  Note(const char *t) : text(t) { std::printf("  note %s\n", t); }
  ~Note() { std::printf("  drop note %s\n", text.c_str()); }
};

ASL_ASYNC asl::Task<int> lookup(const Note &n, int v) {
  std::printf("  lookup(%s) called\n", n.text.c_str());
  co_await Probe("inside lookup", true);
  co_return v;
}

ASL_ASYNC asl::Task<int> logic(bool yes, bool no) {
  bool a = yes || co_await Probe("A", false);
  bool b = no && co_await Probe("B", true);
  bool c = no || (yes && co_await Probe("C", true));
  std::printf("a=%d b=%d c=%d\n", a, b, c);
  int d = yes ? 1 : co_await lookup(Note("d"), 2);
  int e = no ? co_await lookup(Note("e"), 3) : co_await lookup(Note("e2"), 4);
  int f = (co_await Probe("F", false)) ? co_await lookup(Note("f"), 5) : 6;
  std::printf("d=%d e=%d f=%d\n", d, e, f);
  if (yes || co_await Probe("G", true))
    std::puts("if taken without G");
  int rounds = 0;
  while (rounds < 2 && co_await Probe("H", true))
    ++rounds;
  std::printf("rounds=%d\n", rounds);
  co_return (no && co_await lookup(Note("r"), 1)) + d + e + f;
}

int main() {
  asl::Task<int> t = logic(true, false);
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
