// The order in which a task's objects are built and destroyed around its
// completion, as a native coroutine orders them: the co_return operand (a
// local, a temporary, a parameter, a member, a conditional, an await's
// result) is moved or copied into the task's result, then the body's
// locals die, then the awaiter resumes and takes the result; the result
// the task stored dies with the task, and only then the parameters' copies
// (a native frame destroys its promise first). Also for a parameter whose
// type may move bytewise (a machine that may finish on the caller's stack),
// for a task destroyed without being awaited, suspended or finished, and
// for a body that throws.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <utility>

int serial = 0;

struct N {
  const char *name;
  int id = ++serial;
  bool moved = false;
  explicit N(const char *n) : name(n) {
    std::printf("    make %s#%d\n", name, id);
  }
  N(const N &o) : name(o.name) {
    std::printf("    copy %s#%d from #%d\n", name, id, o.id);
  }
  N(N &&o) noexcept : name(o.name) {
    o.moved = true;
    std::printf("    move %s#%d from #%d\n", name, id, o.id);
  }
  ~N() {
    std::printf("    drop %s#%d%s\n", name, id, moved ? " (moved-from)" : "");
  }
};

// A parameter type. The argument's own object (the caller's parameter
// object, which a compiler may build in either order and which a lowered
// awaited call destroys before it suspends: docs/design.md) prints nothing;
// what the task does with its copy does.
struct Arg {
  const char *name;
  int stage = 0;
  int id = 0;
  explicit Arg(const char *n) : name(n), id(++serial) {
    std::printf("    make %s#%d\n", name, id);
  }
  Arg(Arg &&o) noexcept : name(o.name), stage(o.stage + 1) {
    if (stage != 1) {
      id = ++serial;
      std::printf("    move %s#%d\n", name, id);
    }
  }
  ~Arg() {
    if (stage != 1)
      std::printf("    drop %s#%d\n", name, id);
  }
};

// The same, declared relocatable: a machine with only such fields may
// start on the caller's stack.
struct Token {
  const char *name;
  int stage = 0;
  int id = 0;
  explicit Token(const char *n) : name(n), id(++serial) {
    std::printf("    make %s#%d\n", name, id);
  }
  Token(Token &&o) noexcept : name(o.name), stage(o.stage + 1) {
    if (stage != 1) {
      id = ++serial;
      std::printf("    move %s#%d\n", name, id);
    }
  }
  ~Token() {
    if (stage != 1)
      std::printf("    drop %s#%d\n", name, id);
  }
};
template <> struct asl::is_relocatable<Token> : std::true_type {};

struct Aw {
  N tag{"awaiter"};
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) noexcept {}
  N await_resume() { return N("resumed"); }
};

asl::Event gate;

// Waits for the gate when asked to, so that each function is checked both
// finishing at once and finishing after a suspension.
#define MAYBE_WAIT(wait)                                                       \
  if (wait) {                                                                  \
    co_await gate;                                                             \
    gate.reset();                                                              \
  }

ASL_ASYNC asl::Task<N> ret_local(bool wait) {
  N loc("local");
  N other("other");
  MAYBE_WAIT(wait)
  co_return loc;
}

ASL_ASYNC asl::Task<N> ret_temp(bool wait) {
  N loc("local");
  MAYBE_WAIT(wait)
  co_return N("temp");
}

ASL_ASYNC asl::Task<N> ret_param(N p, bool wait) {
  N loc("local");
  MAYBE_WAIT(wait)
  co_return p;
}

ASL_ASYNC asl::Task<int> take_args(Arg a, Arg b, bool wait) {
  N loc("local");
  MAYBE_WAIT(wait)
  std::printf("    body end %s %s\n", a.name, b.name);
  co_return 1;
}

// Its machine's fields all may move bytewise: it starts on the stack.
ASL_ASYNC asl::Task<N> take_token(Token t, bool wait) {
  MAYBE_WAIT(wait)
  N loc("local");
  co_return N(t.name);
}

struct Holder {
  N m{"member"};
  ASL_ASYNC asl::Task<N> ret_member(bool wait) {
    MAYBE_WAIT(wait)
    co_return m;
  }
};

ASL_ASYNC asl::Task<N> ret_cond(bool c, bool wait) {
  N a("a");
  N b("b");
  MAYBE_WAIT(wait)
  co_return c ? a : b;
}

ASL_ASYNC asl::Task<N> ret_awaited(bool wait) {
  N loc("local");
  MAYBE_WAIT(wait)
  co_return co_await Aw{};
}

ASL_ASYNC asl::Task<N> throws(Arg a, bool wait) {
  N loc("local");
  MAYBE_WAIT(wait)
  if (a.name != nullptr)
    throw std::runtime_error("boom");
  co_return N("never");
}

ASL_ASYNC asl::Task<int> caller(bool wait) {
  std::printf("  co_await ret_local\n");
  {
    N r = co_await ret_local(wait);
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  std::printf("  co_await ret_temp\n");
  {
    N r = co_await ret_temp(wait);
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  // Not ret_param: the argument's own object would die before the
  // suspension (docs/design.md, Known limits).
  std::printf("  co_await take_args\n");
  {
    Arg a("a"), b("b");
    int r = co_await take_args(std::move(a), std::move(b), wait);
    std::printf("    got %d\n", r);
  }
  std::printf("  co_await take_token\n");
  {
    Token t("token");
    N r = co_await take_token(std::move(t), wait);
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  std::printf("  co_await ret_member\n");
  {
    Holder h;
    N r = co_await h.ret_member(wait);
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  std::printf("  co_await ret_cond\n");
  {
    N r = co_await ret_cond(false, wait);
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  std::printf("  co_await ret_awaited\n");
  {
    N r = co_await ret_awaited(wait);
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  std::printf("  co_await throws\n");
  try {
    Arg a("a");
    N r = co_await throws(std::move(a), wait);
  } catch (std::exception &e) {
    std::printf("    caught %s\n", e.what());
  }
  std::printf("  co_await ret_local, result discarded\n");
  co_await ret_local(wait);
  std::printf("  co_await a task variable\n");
  {
    asl::Task<N> t = ret_local(wait);
    std::printf("    started\n");
    N r = co_await t;
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  std::printf("  end of caller\n");
  co_return 0;
}

void open_gate() {
  gate.set();
  gate.reset();
}

int main() {
  std::printf("== sync_wait\n");
  {
    N r = asl::sync_wait(ret_local(false));
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  {
    N p("param");
    N r = asl::sync_wait(ret_param(std::move(p), false));
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  {
    Arg a("a"), b("b");
    int r = asl::sync_wait(take_args(std::move(a), std::move(b), false));
    std::printf("    got %d\n", r);
  }
  {
    Token t("token");
    N r = asl::sync_wait(take_token(std::move(t), false));
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  for (int wait = 0; wait < 2; ++wait) {
    std::printf("== caller, wait %d\n", wait);
    asl::Task<int> t = caller(wait != 0);
    while (!t.is_ready())
      open_gate();
    std::printf("  result %d\n", asl::sync_wait(std::move(t)));
  }
  std::printf("== not awaited, finished at once\n");
  {
    N p("param");
    asl::Task<N> t = ret_param(std::move(p), false);
    std::printf("    dropping the task\n");
  }
  {
    Token k("token");
    asl::Task<N> t = take_token(std::move(k), false);
    std::printf("    dropping the task\n");
  }
  std::printf("== not awaited, discarded\n");
  static_cast<void>(ret_local(false));
  std::printf("== not awaited, suspended\n");
  {
    Arg a("a"), b("b");
    asl::Task<int> t = take_args(std::move(a), std::move(b), true);
    std::printf("    dropping the task\n");
  }
  {
    Token k("token");
    asl::Task<N> t = take_token(std::move(k), true);
    std::printf("    dropping the task\n");
  }
  std::printf("== not awaited, finished after suspending\n");
  {
    N p("param");
    asl::Task<N> t = ret_param(std::move(p), true);
    open_gate();
    std::printf("    dropping the task\n");
  }
  std::printf("== sync_wait after suspending\n");
  {
    Arg a("a"), b("b");
    asl::Task<int> t = take_args(std::move(a), std::move(b), true);
    open_gate();
    std::printf("    waiting\n");
    int r = asl::sync_wait(std::move(t));
    std::printf("    got %d\n", r);
  }
  {
    Token k("token");
    asl::Task<N> t = take_token(std::move(k), true);
    open_gate();
    N r = asl::sync_wait(std::move(t));
    std::printf("    got %s#%d\n", r.name, r.id);
  }
  std::printf("== end\n");
}
