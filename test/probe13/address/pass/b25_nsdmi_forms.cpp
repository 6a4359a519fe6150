// Default member initializers that record the object's address in forms
// other than `T *self = this;`: a member of a class whose NSDMI takes
// `this` (a member subobject's address), a base's NSDMI, an NSDMI calling
// a member function that returns `this`, an NSDMI with a lambda called at
// once, an NSDMI in an anonymous struct member, an NSDMI passing *this to
// a free function.
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

struct Link {
  int v;
  const Link *self = this;
};
struct HasLink {
  int k;
  Link l{3};
};
struct SelfBase {
  const SelfBase *self = this;
};
struct FromBase : SelfBase {
  int v;
};
struct ByCall {
  int v;
  const ByCall *me() const { return this; }
  const ByCall *self = me();
};
struct ByLambda {
  int v;
  const ByLambda *self = [this] { return this; }();
};
struct Anon {
  int v;
  struct {
    const int *p;
  } inner = {&v};
};
struct ByFree;
static const ByFree *g_free = nullptr;
static int enlist(const ByFree &b);
struct ByFree {
  int v;
  int token = enlist(*this);
};
static int enlist(const ByFree &b) {
  g_free = &b;
  return 1;
}

ASL_ASYNC asl::Task<int> member_subobject() {
  HasLink h{1};
  co_await later(0);
  h.l.v += 100;
  co_return h.l.self->v;
}
ASL_ASYNC asl::Task<int> base_nsdmi() {
  FromBase f{{}, 2};
  co_await later(0);
  f.v += 100;
  co_return static_cast<const FromBase *>(f.self)->v;
}
ASL_ASYNC asl::Task<int> member_call_nsdmi() {
  ByCall c{3};
  co_await later(0);
  c.v += 100;
  co_return c.self->v;
}
ASL_ASYNC asl::Task<int> lambda_nsdmi() {
  ByLambda c{4};
  co_await later(0);
  c.v += 100;
  co_return c.self->v;
}
ASL_ASYNC asl::Task<int> anonymous_struct_nsdmi() {
  Anon a{5};
  co_await later(0);
  a.v += 100;
  co_return *a.inner.p;
}
ASL_ASYNC asl::Task<int> free_function_nsdmi() {
  ByFree b{6};
  co_await later(0);
  b.v += 100;
  co_return g_free->v + b.token;
}

int main() {
  run("member_subobject", member_subobject);
  run("base_nsdmi", base_nsdmi);
  run("member_call_nsdmi", member_call_nsdmi);
  run("lambda_nsdmi", lambda_nsdmi);
  run("anonymous_struct_nsdmi", anonymous_struct_nsdmi);
  run("free_function_nsdmi", free_function_nsdmi);
}
