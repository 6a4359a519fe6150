// Generic coroutine lambdas holding an object of a class whose
// constructor records `this`, named in other ways than b03's
// `decltype(tag) t{3};`: an alias of the deduced type, a class template
// of the deduced type, an aggregate member of the deduced type, an NSDMI
// taking `this` in a deduced type.
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

#include <type_traits>
struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
template <class T> struct Box {
  int v;
  Box(int x) : v(x) { last = this; }
  static Box *last;
};
template <class T> Box<T> *Box<T>::last = nullptr;
template <class T> struct Agg {
  T s;
  int k;
};
struct Node {
  int v;
  Node *self = this;
};

static asl::Task<int> alias_of_deduced() {
  static auto l = [](auto tag) -> asl::Task<int> {
    using T = std::remove_cv_t<decltype(tag)>;
    T t{1};
    co_await later(0);
    T::last->v += 100;
    co_return t.v;
  };
  return l(Sensor{0});
}
static asl::Task<int> template_of_deduced() {
  static auto l = [](auto tag) -> asl::Task<int> {
    Box<decltype(tag)> b{3};
    co_await later(0);
    Box<decltype(tag)>::last->v += 100;
    co_return b.v;
  };
  return l(0);
}
static asl::Task<int> member_of_deduced() {
  static auto l = [](auto tag) -> asl::Task<int> {
    Agg<decltype(tag)> a{decltype(tag){4}, 40};
    co_await later(0);
    Sensor::last->v += 100;
    co_return a.s.v + a.k;
  };
  return l(Sensor{0});
}
static asl::Task<int> nsdmi_of_deduced() {
  static auto l = [](auto tag) -> asl::Task<int> {
    decltype(tag) n{5};
    co_await later(0);
    n.self->v += 100;
    co_return n.v;
  };
  return l(Node{0});
}

int main() {
  run("alias_of_deduced", alias_of_deduced);
  run("template_of_deduced", template_of_deduced);
  run("member_of_deduced", member_of_deduced);
  run("nsdmi_of_deduced", nsdmi_of_deduced);
}
