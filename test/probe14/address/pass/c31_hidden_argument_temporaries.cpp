// Temporaries made for a reference parameter of an awaited async call
// without being written as one: a literal bound to `const int &`, a
// braced list `{5}` bound to `const Pt &`, the result of a conversion
// function, a derived-to-base conversion of a class prvalue, an array
// prvalue from a braced list bound to `const int (&)[2]`. The callee
// reads the reference after its own suspension; natively the temporary
// lives to the end of the caller's full-expression.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>

static std::deque<asl::Event *> waiting;
static std::deque<std::function<void()>> resumers;

// Awaiting a task does not usually suspend, so a machine awaiting later()
// may start on the stack and move at its first suspension.
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

// Suspends until run() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

static int scribbled = 0;
static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

static void pump() {
  scribble();
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      std::function<void()> resume = std::move(resumers.front());
      resumers.pop_front();
      resume();
    }
    scribble();
  }
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = make();
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

struct Pt {
  int v;
};
struct Src {
  int v;
  operator Pt() const { return Pt{v}; }
};
struct DPt : Pt {};
ASL_ASYNC asl::Task<int> read_int(const int &r) {
  co_await later(0);
  co_return r + 100;
}
ASL_ASYNC asl::Task<int> read_pt(const Pt &p) {
  co_await later(0);
  co_return p.v + 100;
}
ASL_ASYNC asl::Task<int> read_arr(const int (&a)[2]) {
  co_await later(0);
  co_return a[1] + 100;
}
static Src g_src{3};

ASL_ASYNC asl::Task<int> literal_to_reference() {
  int r = co_await read_int(1);
  co_return r;
}
ASL_ASYNC asl::Task<int> braced_to_reference() {
  int r = co_await read_pt({2});
  co_return r;
}
ASL_ASYNC asl::Task<int> conversion_to_reference() {
  int r = co_await read_pt(g_src);
  co_return r;
}
ASL_ASYNC asl::Task<int> derived_prvalue_to_base() {
  int r = co_await read_pt(DPt{{4}});
  co_return r;
}
ASL_ASYNC asl::Task<int> braced_array_to_reference() {
  int r = co_await read_arr({0, 5});
  co_return r;
}

int main() {
  run("literal_to_reference", literal_to_reference);
  run("braced_to_reference", braced_to_reference);
  run("conversion_to_reference", conversion_to_reference);
  run("derived_prvalue_to_base", derived_prvalue_to_base);
  run("braced_array_to_reference", braced_array_to_reference);
}
