// Tasks destroyed while suspended, holding hidden objects of every kind
// (a range-for's prvalue range, a binding's hidden object, an extended
// temporary, an optional, an initializer_list's array, a closure's copy, a
// kept awaiter and temporary, a parameter copy): destroy_live() must
// destroy each once, last constructed first, and the parameter copy last.
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

#include <array>
#include <initializer_list>
#include <optional>
// A traced object: prints its constructions, copies, moves and deaths.
struct Tr {
  char name[16];
  int v;
  void set_name(const char *n, char suffix) {
    int i = 0;
    for (; n[i] && i < 12; ++i)
      name[i] = n[i];
    if (suffix)
      name[i++] = suffix;
    name[i] = 0;
    std::printf("+%s ", name);
  }
  explicit Tr(const char *n, int val = 0) : v(val) { set_name(n, 0); }
  Tr(const Tr &o) : v(o.v) { set_name(o.name, '\''); }
  Tr(Tr &&o) noexcept : v(o.v) { set_name(o.name, '~'); }
  Tr &operator=(const Tr &) = delete;
  ~Tr() { std::printf("-%s ", name); }
};
struct TwoTr {
  Tr a, b;
};
static int peek(const Tr &t, int k) { return t.v + k; }

ASL_ASYNC asl::Task<int> holder(Tr p) {
  for (const Tr &t : std::array<Tr, 2>{{Tr("a", 1), Tr("b", 2)}}) {
    auto [x, y] = TwoTr{Tr("c"), Tr("d")};
    const Tr &e = Tr("e");
    std::optional<Tr> o;
    o.emplace("f");
    std::initializer_list<Tr> il = {Tr("g"), Tr("h")};
    auto f = [m = Tr("i")] { return m.v; };
    co_return peek(Tr("j"), co_await later(t.v)) + p.v + x.v + y.v + e.v +
        f() + static_cast<int>(il.size());
  }
  co_return 0;
}

static void destroy_suspended() {
  {
    asl::Task<int> t = holder(Tr("p", 5));
    std::printf("| suspended | ");
  }
  waiting.clear();
  resumers.clear();
  std::printf("| destroyed\n");
}
static asl::Task<int> completed() { return holder(Tr("q", 6)); }

int main() {
  destroy_suspended();
  run("completed", completed);
}
