// Constructors recording the object's address, in forms other than a
// plain constructor of the class: a CRTP base's constructor recording
// static_cast<Derived *>(this), an inherited constructor (`using
// Base::Base;`), a delegating constructor, a class template's constructor,
// a constructor template, a member's member's constructor (depth 2), a
// constructor defined out of line after the async function.
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

template <class D> struct Registered {
  Registered() { last = static_cast<D *>(this); }
  static D *last;
};
template <class D> D *Registered<D>::last = nullptr;
struct Crtp : Registered<Crtp> {
  int v;
  Crtp(int x) : v(x) {}
};
struct Base {
  int v;
  Base(int x) : v(x) { last = this; }
  static Base *last;
};
Base *Base::last = nullptr;
struct Inheriting : Base {
  using Base::Base;
};
struct Delegating {
  int v;
  Delegating(int x, int) : v(x) { last = this; }
  Delegating(int x) : Delegating(x, 0) {}
  static Delegating *last;
};
Delegating *Delegating::last = nullptr;
template <class T> struct Tmpl {
  T v;
  Tmpl(T x) : v(x) { last = this; }
  static Tmpl *last;
};
template <class T> Tmpl<T> *Tmpl<T>::last = nullptr;
struct CtorTemplate {
  int v;
  template <class T> CtorTemplate(T x) : v(static_cast<int>(x)) {
    last = this;
  }
  static CtorTemplate *last;
};
CtorTemplate *CtorTemplate::last = nullptr;
struct Outer {
  int k;
  struct Mid {
    Base b;
  } m;
};
struct Late {
  int v;
  Late(int x);
  static Late *last;
};
Late *Late::last = nullptr;

ASL_ASYNC asl::Task<int> crtp_base() {
  Crtp c{1};
  co_await later(0);
  Crtp::last->v += 100;
  co_return c.v;
}
ASL_ASYNC asl::Task<int> inherited() {
  Inheriting i{2};
  co_await later(0);
  Base::last->v += 100;
  co_return i.v;
}
ASL_ASYNC asl::Task<int> delegating() {
  Delegating d{3};
  co_await later(0);
  Delegating::last->v += 100;
  co_return d.v;
}
ASL_ASYNC asl::Task<int> class_template() {
  Tmpl<int> t{4};
  co_await later(0);
  Tmpl<int>::last->v += 100;
  co_return t.v;
}
ASL_ASYNC asl::Task<int> constructor_template() {
  CtorTemplate c{5L};
  co_await later(0);
  CtorTemplate::last->v += 100;
  co_return c.v;
}
ASL_ASYNC asl::Task<int> depth_two_member() {
  Outer o{60, {Base(6)}};
  co_await later(0);
  Base::last->v += 100;
  co_return o.m.b.v + o.k;
}
ASL_ASYNC asl::Task<int> defined_after() {
  Late l{7};
  co_await later(0);
  Late::last->v += 100;
  co_return l.v;
}
Late::Late(int x) : v(x) { last = this; }

int main() {
  run("crtp_base", crtp_base);
  run("inherited", inherited);
  run("delegating", delegating);
  run("class_template", class_template);
  run("constructor_template", constructor_template);
  run("depth_two_member", depth_two_member);
  run("defined_after", defined_after);
}
