// Lifted std::optional, std::array and std::variant of a class whose
// member keeps `this`, reached through operator->, operator*, value(),
// emplace(), at(), std::get and std::visit.
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
#include <optional>
#include <variant>
struct Slot {
  int v;
  void publish() { last = this; }
  static Slot *last;
};
Slot *Slot::last = nullptr;

ASL_ASYNC asl::Task<int> optional_arrow() {
  std::optional<Slot> o{Slot{1}};
  o->publish();
  co_await later(0);
  Slot::last->v += 100;
  co_return o->v;
}
ASL_ASYNC asl::Task<int> optional_star() {
  std::optional<Slot> o{Slot{2}};
  (*o).publish();
  co_await later(0);
  Slot::last->v += 100;
  co_return o->v;
}
ASL_ASYNC asl::Task<int> optional_emplace() {
  std::optional<Slot> o;
  o.emplace(Slot{3}).publish();
  co_await later(0);
  Slot::last->v += 100;
  co_return o->v;
}
ASL_ASYNC asl::Task<int> array_at() {
  std::array<Slot, 2> a{{{4}, {5}}};
  a.at(1).publish();
  co_await later(0);
  Slot::last->v += 100;
  co_return a[1].v;
}
ASL_ASYNC asl::Task<int> variant_get() {
  std::variant<int, Slot> var{Slot{6}};
  std::get<1>(var).publish();
  co_await later(0);
  Slot::last->v += 100;
  co_return std::get<Slot>(var).v;
}
ASL_ASYNC asl::Task<int> variant_visit() {
  std::variant<int, Slot> var{Slot{7}};
  std::visit(
      [](auto &x) {
        if constexpr (std::is_same_v<std::decay_t<decltype(x)>, Slot>)
          x.publish();
      },
      var);
  co_await later(0);
  Slot::last->v += 100;
  co_return std::get<Slot>(var).v;
}
ASL_ASYNC asl::Task<int> optional_value_pointer() {
  std::optional<int> o{8};
  int *p = &o.value();
  co_await later(0);
  *p += 100;
  co_return *o;
}
ASL_ASYNC asl::Task<int> optional_star_pointer() {
  std::optional<int> o{9};
  int *p = &*o;
  co_await later(0);
  *p += 100;
  co_return *o;
}

int main() {
  run("optional_arrow", optional_arrow);
  run("optional_star", optional_star);
  run("optional_emplace", optional_emplace);
  run("array_at", array_at);
  run("variant_get", variant_get);
  run("variant_visit", variant_visit);
  run("optional_value_pointer", optional_value_pointer);
  run("optional_star_pointer", optional_star_pointer);
}
