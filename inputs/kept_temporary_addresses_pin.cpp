// A temporary kept in the machine to the end of its full-expression, past
// an await, whose address a call may keep: an async member called on it
// (its task holds `this`), a member returning an awaiter that points at it,
// a member function or a function returning a pointer or a reference into
// it, an async function given it by reference, also through a base.
// Natively the coroutine frame never moves; the machine may start on the
// caller's stack and move to the heap at its first suspension, so such a
// temporary pins it in its heap box from the start. run() writes over the
// stack the machines started on before resuming them, so a pointer left to
// the old place would show.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>

static std::deque<asl::Event *> waiting;

ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

struct Base {
  int x;
  const int *where() const { return &x; }
};
struct P : Base {
  ASL_ASYNC asl::Task<int> get() const { co_return co_await later(1) + x; }
  const int &ref() const { return x; }
};

// An operation whose awaiter points back at it (`co_await
// Delay{5}.wait()`), both trivially copyable; run() resumes it.
static std::deque<std::function<void()>> resumers;
struct Delay {
  int ms;
  struct Awaiter {
    const Delay *op;
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      resumers.push_back([h] { h.resume(); });
    }
    int await_resume() const noexcept { return op->ms; }
  };
  Awaiter wait() const { return Awaiter{this}; }
};

const int &id_ref(const P &p) { return p.x; }
int add(const int *a, int b) { return *a + b; }
int add_ref(const int &a, int b) { return a + b; }

ASL_ASYNC asl::Task<int> by_ref(const Base &b) {
  co_await later(2);
  co_return b.x;
}

ASL_ASYNC asl::Task<int> member_task() { co_return co_await P{{5}}.get(); }

ASL_ASYNC asl::Task<int> base_member_task() {
  co_return co_await by_ref(P{{7}});
}

ASL_ASYNC asl::Task<int> pointer_into_temporary() {
  co_return add(P{{11}}.where(), co_await later(3));
}

ASL_ASYNC asl::Task<int> reference_into_temporary() {
  co_return add_ref(P{{13}}.ref(), co_await later(4));
}

ASL_ASYNC asl::Task<int> reference_returned_by_function() {
  co_return add_ref(id_ref(P{{17}}), co_await later(5));
}

ASL_ASYNC asl::Task<int> awaiter_holding_temporary() {
  co_return co_await Delay{23}.wait();
}

// Read in place: nothing keeps the address, so no pin is needed.
ASL_ASYNC asl::Task<int> member_read() {
  co_return add_ref(P{{19}}.x, co_await later(6));
}

static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
}

// The machine starts in the frame of make(), below run's, where scribble()
// then writes.
static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = make();
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
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

int main() {
  run("member_task", member_task);
  run("base_member_task", base_member_task);
  run("pointer_into_temporary", pointer_into_temporary);
  run("reference_into_temporary", reference_into_temporary);
  run("reference_returned_by_function", reference_returned_by_function);
  run("awaiter_holding_temporary", awaiter_holding_temporary);
  run("member_read", member_read);
}
