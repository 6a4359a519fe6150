// await_ready() of an awaiter held in the machine (it then suspends) that
// lets an address go by ways a08 of probe 12 did not try: through a
// member subobject's member function keeping its own `this`, a lambda
// capturing this called at once, the address of a data member, std::ref
// of *this kept in a global, a member function template, a dependent
// ADL call in a class template's await_ready.
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

static const int *g_v = nullptr;
static std::reference_wrapper<const int> g_cref = std::cref(scribbled);

struct Inner {
  int v;
  void enlist() const { g_v = &v; }
};
struct SubobjectAw {
  Inner in;
  bool await_ready() const noexcept {
    in.enlist();
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return *g_v; }
};
struct LambdaAw {
  int v;
  bool await_ready() const noexcept {
    [this] { g_v = &v; }();
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return *g_v; }
};
struct MemberAddrAw {
  int v;
  bool await_ready() const noexcept {
    g_v = &v;
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return *g_v; }
};
struct RefAw {
  int v;
  bool await_ready() const noexcept {
    g_cref = std::cref(v);
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return g_cref.get(); }
};
struct TemplAw {
  int v;
  template <class P> void put(P p) const { g_v = p; }
  bool await_ready() const noexcept {
    put(&v);
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return *g_v; }
};
namespace n {
struct Tag {};
inline void note(Tag, const int *p) { g_v = p; }
} // namespace n
template <class T> struct AdlAw {
  int v;
  bool await_ready() const noexcept {
    note(T{}, &v);
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return *g_v; }
};

ASL_ASYNC asl::Task<int> subobject() {
  int r = co_await SubobjectAw{{1}};
  co_return r;
}
ASL_ASYNC asl::Task<int> immediate_lambda() {
  int r = co_await LambdaAw{2};
  co_return r;
}
ASL_ASYNC asl::Task<int> member_address() {
  int r = co_await MemberAddrAw{3};
  co_return r;
}
ASL_ASYNC asl::Task<int> std_cref() {
  int r = co_await RefAw{4};
  co_return r;
}
ASL_ASYNC asl::Task<int> member_template() {
  int r = co_await TemplAw{5};
  co_return r;
}
ASL_ASYNC asl::Task<int> dependent_adl() {
  int r = co_await AdlAw<n::Tag>{6};
  co_return r;
}

int main() {
  run("subobject", subobject);
  run("immediate_lambda", immediate_lambda);
  run("member_address", member_address);
  run("std_cref", std_cref);
  run("member_template", member_template);
  run("dependent_adl", dependent_adl);
}
