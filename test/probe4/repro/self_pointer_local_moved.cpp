// A fixed-buffer writer whose cursor points into its own buffer, set by its
// constructor: a trivially copyable class, so the machine (fields Later and
// Writer) is relocatable, starts on the ramp's stack and is moved bytewise
// into its heap box at the first suspension. The moved cursor still points
// into the dead stack copy: after the await, writes and reads go there.
// Same cause as awaiter_address_recorded_then_moved.cpp (the pinning rules
// see addresses the function takes, not ones a constructor stores).
// Expected: native prints "last three: ABC" with no sanitizer report.
// Got: lowered clang++-19 -fsanitize=address: stack-use-after-return
// (WRITE of size 1) in render's move_next after the resumption; the plain
// lowered builds print the same text only because the dead stack bytes were
// not reused yet.
#include <asl/task.h>
#include <cstdio>
#include <functional>

static std::function<void()> resume_later;
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resume_later = [h] { h.resume(); };
  }
  char await_resume() const noexcept { return 'B'; }
};

struct Writer {
  char buf[16] = {};
  char *pos;
  Writer() : pos(buf) {}
  void put(char c) { *pos++ = c; }
};

ASL_ASYNC asl::Task<int> render() {
  Writer w;
  *w.pos++ = 'A';
  char c = co_await Later{};
  *w.pos++ = c;
  *w.pos++ = 'C';
  std::printf("last three: %c%c%c\n", w.pos[-3], w.pos[-2], w.pos[-1]);
  co_return 0;
}

int main() {
  asl::Task<int> t = render();
  resume_later();
  std::printf("length %d\n", asl::sync_wait(std::move(t)));
}
