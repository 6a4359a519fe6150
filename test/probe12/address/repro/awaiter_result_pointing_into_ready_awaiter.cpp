// An awaiter that completes at once (await_ready() true) lives in the
// machine to the end of its full-expression; its await_resume() returns a
// view (or a pointer) into itself, saved while a later await of the same
// full-expression suspends for the first time. The machine is not pinned:
// it moves to its heap box there and the saved view points at the stack
// copy left behind. (An await_resume() returning a reference is seen.)
// Expected: 96355, 53.
#include <asl/task.h>
#include <cstdio>
#include <string_view>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

struct Ready {
  char text[8];
  int n;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  std::string_view await_resume() const noexcept {
    return std::string_view(text, static_cast<std::size_t>(n));
  }
};
struct ReadyPtr {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  const int *await_resume() const noexcept { return &v; }
};
static int show(std::string_view s, int k) {
  int h = 0;
  for (char c : s)
    h = h * 31 + c;
  return h + k;
}
static int addp(const int *a, int b) { return *a + b; }

ASL_ASYNC asl::Task<int> view_result() {
  co_return show(co_await Ready{{'a', 'b', 'c'}, 3}, co_await later(1));
}
ASL_ASYNC asl::Task<int> pointer_result() {
  co_return addp(co_await ReadyPtr{50}, co_await later(3));
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
  run([] { return view_result(); });
  run([] { return pointer_result(); });
}
