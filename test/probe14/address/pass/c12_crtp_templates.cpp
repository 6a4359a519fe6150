// CRTP in templates: a base template's member function recording
// `static_cast<D *>(this)`, a base template's default member initializer
// recording the derived object, a mixin template that registers itself in
// its constructor, used in an async function template.
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

#include <vector>
template <class D> struct Enlist {
  static inline std::vector<D *> all;
  void enlist() { all.push_back(static_cast<D *>(this)); }
};
struct Item : Enlist<Item> {
  int v;
};
template <class D> struct SelfBase {
  D *self = static_cast<D *>(this);
};
struct Leaf : SelfBase<Leaf> {
  int v = 2;
};
template <class D> struct Registered {
  static inline D *last = nullptr;
  Registered() { last = static_cast<D *>(this); }
};
struct Widget : Registered<Widget> {
  int v = 3;
};
template <class T> struct Cell : Enlist<Cell<T>> {
  T v;
};

ASL_ASYNC asl::Task<int> crtp_member_call() {
  Item it{{}, 1};
  it.enlist();
  co_await later(0);
  it.v += 100;
  co_return Enlist<Item>::all.back()->v;
}
ASL_ASYNC asl::Task<int> crtp_nsdmi() {
  Leaf l;
  co_await later(0);
  l.v += 100;
  co_return l.self->v;
}
ASL_ASYNC asl::Task<int> crtp_constructor() {
  Widget w;
  co_await later(0);
  w.v += 100;
  co_return Registered<Widget>::last->v;
}
template <class T> ASL_ASYNC asl::Task<int> crtp_in_template(T v) {
  Cell<T> c{{}, v};
  c.enlist();
  co_await later(0);
  c.v += 100;
  co_return Enlist<Cell<T>>::all.back()->v;
}
static asl::Task<int> crtp_in_template_int() { return crtp_in_template(4); }

int main() {
  run("crtp_member_call", crtp_member_call);
  run("crtp_nsdmi", crtp_nsdmi);
  run("crtp_constructor", crtp_constructor);
  run("crtp_in_template", crtp_in_template_int);
}
