// A factory of the program's whose named return value lets its address go
// (NRVO builds it in the machine's field: Big is returned in memory) pins
// the machine however its result reaches the field: through the standard
// library's invokers (std::invoke, std::apply, a std::function, std::visit,
// std::bind, std::mem_fn), which return what the function they call
// returns; as the overrider of a virtual function called; as the
// await_resume() of an await whose result initializes the local (also in
// a `?:` arm, an aggregate's member, a class template awaiter, a coroutine
// lambda); as a default member initializer; after a comma. Which function
// a library call reaches is not followed, so any factory of the same class
// counts; one of a class no factory keeps (Quiet) does not pin. The stack
// is written over before each resumption.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <tuple>
#include <variant>

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

// Returned in memory (40 bytes): NRVO builds a named return value in the
// caller's object.
struct Big {
  int v;
  int pad[9];
};
static const Big *g_big = nullptr;
__attribute__((noinline)) static void keep(const Big *b) { g_big = b; }

static Big make_named(int v) {
  Big b{v, {}};
  keep(&b);
  return b;
}
static std::function<Big(int)> maker = make_named;

struct Visitor {
  Big operator()(int v) const {
    Big b{v, {}};
    keep(&b);
    return b;
  }
};

struct Factory {
  int base;
  Big make(int v) const {
    Big b{base + v, {}};
    keep(&b);
    return b;
  }
};
static const Factory factory{0};

// The base's make() keeps nothing; the overrider called does.
struct Maker {
  virtual ~Maker() = default;
  virtual Big make(int v) const { return Big{v, {}}; }
};
struct KeepingMaker : Maker {
  Big make(int v) const override {
    Big b{v, {}};
    keep(&b);
    return b;
  }
};
static const KeepingMaker keeping_maker;
static const Maker &some_maker = keeping_maker;

// Completes at once; await_resume() is the factory.
struct BigReady {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  Big await_resume() const {
    Big b{v, {}};
    keep(&b);
    return b;
  }
};
template <class T> struct ReadyAs {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  T await_resume() const {
    T b{v, {}};
    keep(&b);
    return b;
  }
};

struct Holder {
  int tag;
  Big big;
};
struct WithBig {
  int tag = 0;
  Big big = make_named(13);
};

// No factory of Quiet keeps its address.
struct Quiet {
  int v;
  int pad[9];
};
static Quiet make_quiet(int v) {
  Quiet q{0, {}};
  q.v = v;
  return q;
}

static int ticks = 0;
static void tick() { ++ticks; }

ASL_ASYNC asl::Task<int> through_invoke() {
  Big b = std::invoke(make_named, 1);
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> through_apply() {
  Big b = std::apply(make_named, std::tuple<int>(2));
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> through_function() {
  Big b = maker(3);
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> through_visit() {
  Big b = std::visit(Visitor{}, std::variant<int>(4));
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> through_bind() {
  Big b = std::bind(make_named, 5)();
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> through_mem_fn() {
  Big b = std::mem_fn(&Factory::make)(factory, 6);
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> virtual_overrider() {
  Big b = some_maker.make(7);
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> await_resume_result() {
  Big b = co_await BigReady{8};
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> await_resume_in_choice(bool pick) {
  Big b = pick ? co_await BigReady{9} : Big{90, {}};
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> await_resume_member() {
  Holder h{0, co_await BigReady{10}};
  co_await Later{};
  h.big.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> await_resume_of_template() {
  auto b = co_await ReadyAs<Big>{11};
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

static auto await_resume_lambda = []() -> asl::Task<int> {
  Big b = co_await BigReady{12};
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
};

ASL_ASYNC asl::Task<int> default_member_initializer() {
  WithBig w;
  co_await Later{};
  w.big.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> after_comma() {
  Big b = (tick(), make_named(14));
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

// May start on the stack.
ASL_ASYNC asl::Task<int> quiet_through_invoke() {
  Quiet q = std::invoke(make_quiet, 15);
  co_await Later{};
  q.v += 100;
  co_return q.v;
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
  run("through_invoke", through_invoke);
  run("through_apply", through_apply);
  run("through_function", through_function);
  run("through_visit", through_visit);
  run("through_bind", through_bind);
  run("through_mem_fn", through_mem_fn);
  run("virtual_overrider", virtual_overrider);
  run("await_resume_result", await_resume_result);
  run("await_resume_in_choice", [] { return await_resume_in_choice(true); });
  run("await_resume_member", await_resume_member);
  run("await_resume_of_template", await_resume_of_template);
  run("await_resume_lambda", [] { return await_resume_lambda(); });
  run("default_member_initializer", default_member_initializer);
  run("after_comma", after_comma);
  run("quiet_through_invoke", quiet_through_invoke);
  std::printf("ticks %d\n", ticks);
}
