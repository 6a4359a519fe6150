// await_ready() that lets the awaiter's address go in ways other than a
// member assignment: through a free function given *this or this, a
// static member, a base class's await_ready, a class template's, a lambda
// capturing this, one defined out of line after its use. The awaiter
// suspends; await_resume reads through the recorded pointer.
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

struct Rec;
static const void *g_aw = nullptr;
static void enlist_ref(const Rec &r);
static void enlist_ptr(const void *p) { g_aw = p; }

struct Rec {
  int v;
  bool await_ready() const noexcept {
    enlist_ref(*this);
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept {
    return static_cast<const Rec *>(g_aw)->v;
  }
};
static void enlist_ref(const Rec &r) { g_aw = &r; }

struct ByPtr {
  int v;
  bool await_ready() const noexcept {
    enlist_ptr(this);
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept {
    return static_cast<const ByPtr *>(g_aw)->v;
  }
};
struct ByStatic {
  int v;
  static void note(const ByStatic *p) { g_aw = p; }
  bool await_ready() const noexcept {
    note(this);
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept {
    return static_cast<const ByStatic *>(g_aw)->v;
  }
};
struct ReadyBase {
  int v;
  bool await_ready() const noexcept {
    g_aw = this;
    return false;
  }
};
struct Derived : ReadyBase {
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept {
    return static_cast<const ReadyBase *>(g_aw)->v;
  }
};
template <class T> struct Tmpl {
  T v;
  bool await_ready() const noexcept {
    g_aw = this;
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  T await_resume() const noexcept { return static_cast<const Tmpl *>(g_aw)->v; }
};
static std::function<int()> g_reader;
struct ByLambda {
  int v;
  bool await_ready() const noexcept {
    g_reader = [this] { return v; };
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return g_reader(); }
};
struct OutOfLine {
  int v;
  bool await_ready() const noexcept;
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept {
    return static_cast<const OutOfLine *>(g_aw)->v;
  }
};

ASL_ASYNC asl::Task<int> free_ref() { co_return co_await Rec{1}; }
ASL_ASYNC asl::Task<int> free_ptr() { co_return co_await ByPtr{2}; }
ASL_ASYNC asl::Task<int> static_member() { co_return co_await ByStatic{3}; }
ASL_ASYNC asl::Task<int> base_ready() { co_return co_await Derived{{4}}; }
ASL_ASYNC asl::Task<int> template_ready() { co_return co_await Tmpl<int>{5}; }
ASL_ASYNC asl::Task<int> lambda_ready() { co_return co_await ByLambda{6}; }
ASL_ASYNC asl::Task<int> out_of_line() { co_return co_await OutOfLine{7}; }
ASL_ASYNC asl::Task<int> named_local() {
  Rec r{8};
  int a = co_await r;
  co_return a;
}

bool OutOfLine::await_ready() const noexcept {
  g_aw = this;
  return false;
}

int main() {
  run("free_ref", free_ref);
  run("free_ptr", free_ptr);
  run("static_member", static_member);
  run("base_ready", base_ready);
  run("template_ready", template_ready);
  run("lambda_ready", lambda_ready);
  run("out_of_line", out_of_line);
  run("named_local", named_local);
}
