// The checks that look into a class (a constructor or an NSDMI recording
// `this`, an await_ready() recording the awaiter's address) in templates
// that are not generic lambdas: an async function template with a
// dependent and a non-dependent awaiter, an NSDMI type as its parameter,
// an async member template, an async member of a class template, a
// coroutine lambda inside a function template.
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

struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
static const int *g_v = nullptr;
template <class T> struct Aw {
  T v;
  bool await_ready() noexcept {
    g_v = &v;
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return *g_v; }
};
struct Node {
  int v;
  const Node *self = this;
};

template <class T> ASL_ASYNC asl::Task<int> dependent_awaiter() {
  int r = co_await Aw<T>{1};
  co_return r;
}
template <class T> ASL_ASYNC asl::Task<int> plain_awaiter() {
  int r = co_await Aw<int>{2};
  co_return r + static_cast<int>(sizeof(T)) * 0;
}
template <class T> ASL_ASYNC asl::Task<int> nsdmi_parameter_type() {
  T n{3};
  co_await later(0);
  n.v += 100;
  co_return n.self->v;
}
struct Host {
  template <class T> ASL_ASYNC asl::Task<int> member_template(T k) const {
    Sensor s(static_cast<int>(k));
    co_await later(0);
    Sensor::last->v += 100;
    co_return s.v;
  }
};
template <class T> struct Owner {
  ASL_ASYNC asl::Task<int> member(T k) const {
    Sensor s(static_cast<int>(k));
    co_await later(0);
    Sensor::last->v += 100;
    co_return s.v;
  }
};
template <class T> asl::Task<int> lambda_in_template(T k) {
  auto l = [](T j) -> asl::Task<int> {
    Sensor s(static_cast<int>(j));
    co_await later(0);
    Sensor::last->v += 100;
    co_return s.v;
  };
  return l(k);
}

static asl::Task<int> member_template_call() {
  static const Host h{};
  return h.member_template(4L);
}
static asl::Task<int> class_template_call() {
  static const Owner<int> o{};
  return o.member(5);
}
static asl::Task<int> lambda_in_template_call() {
  return lambda_in_template(6);
}

int main() {
  run("dependent_awaiter", dependent_awaiter<int>);
  run("plain_awaiter", plain_awaiter<int>);
  run("nsdmi_parameter_type", nsdmi_parameter_type<Node>);
  run("member_template", member_template_call);
  run("class_template_member", class_template_call);
  run("lambda_in_template", lambda_in_template_call);
}
