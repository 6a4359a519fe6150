// An awaiter that completes at once runs await_resume() while the machine
// may still be on the caller's stack, and stays in the machine to the end
// of its full-expression. When another await of that full-expression may
// suspend first, the machine moves to its heap box there; an address of
// the awaiter that await_resume() kept (in a global, through a member
// function, a member's member function or a free function) would point
// into the dead stack copy. So such an
// await_resume() pins the machine, whatever it returns. One that only
// reads its members does not, nor one whose awaiter is the only await of
// its full-expression (it dies before any later suspension). The stack is
// written over before each resumption.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>

static std::deque<std::function<void()>> resumers;

// Suspends until pump() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return 0; }
};

static int scribbled = 0;

// Writes over the stack below its caller, where a machine that started on
// the stack and moved left its dead copy, then resumes what waits from
// below that region, which no later call writes again.
__attribute__((noinline)) static void pump() {
  volatile char junk[16384];
  for (auto &c : junk)
    c = 0x55;
  while (!resumers.empty()) {
    std::function<void()> resume = std::move(resumers.front());
    resumers.pop_front();
    resume();
  }
  scribbled += junk[100];
}

static const int *g_v = nullptr;

// Keeps the address of a member itself.
struct KeepsMember {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() noexcept {
    g_v = &v;
    return v;
  }
};

// Through a member function.
struct KeepsByHelper {
  int v;
  void enlist() { g_v = &v; }
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() {
    enlist();
    return v;
  }
};

// Through a member's member function.
struct Cell {
  int v;
  void enlist() { g_v = &v; }
};
struct KeepsByMember {
  Cell cell;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() {
    cell.enlist();
    return cell.v;
  }
};

// Through a free function, in an await_resume() defined after its uses.
void enlist_elsewhere(const int *);
struct KeepsElsewhere {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const;
};

// Only reads its members: no pin.
struct Reads {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const noexcept { return v + 1; }
};

// Braced: its elements are evaluated in order.
struct Pair {
  int first, second;
};
// Reads through the kept address while the awaiter still lives.
static int show(Pair p) { return p.first * 1000 + p.second + *g_v; }

ASL_ASYNC asl::Task<int> keeps_member() {
  co_return show(Pair{co_await KeepsMember{1}, co_await Later{}});
}

ASL_ASYNC asl::Task<int> keeps_by_helper() {
  co_return show(Pair{co_await KeepsByHelper{2}, co_await Later{}});
}

ASL_ASYNC asl::Task<int> keeps_by_member() {
  co_return show(Pair{co_await KeepsByMember{{3}}, co_await Later{}});
}

ASL_ASYNC asl::Task<int> keeps_elsewhere() {
  co_return show(Pair{co_await KeepsElsewhere{4}, co_await Later{}});
}

// In a function template.
template <class Awaiter> ASL_ASYNC asl::Task<int> in_template(int v) {
  co_return show(Pair{co_await Awaiter{v}, co_await Later{}});
}

// Only reads: may start on the stack.
ASL_ASYNC asl::Task<int> reads() {
  static const int seven = 7;
  g_v = &seven;
  co_return show(Pair{co_await Reads{5}, co_await Later{}});
}

// The only await of its full-expression: the awaiter is gone before the
// next await, so the machine may start on the stack.
ASL_ASYNC asl::Task<int> alone() {
  int first = co_await KeepsMember{6};
  static const int eight = 8;
  g_v = &eight;
  co_await Later{};
  co_return show(Pair{first, 0});
}

void enlist_elsewhere(const int *v) { g_v = v; }
int KeepsElsewhere::await_resume() const {
  enlist_elsewhere(&v);
  return v;
}

// Starts a task in a frame below run()'s, which pump() then writes over.
__attribute__((noinline)) static asl::Task<int>
start(asl::Task<int> (*make)()) {
  return make();
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = start(make);
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

int main() {
  run("keeps_member", keeps_member);
  run("keeps_by_helper", keeps_by_helper);
  run("keeps_by_member", keeps_by_member);
  run("keeps_elsewhere", keeps_elsewhere);
  run("in_template", [] { return in_template<KeepsMember>(9); });
  run("reads", reads);
  run("alone", alone);
}
