// Addresses of lifted locals kept by standard-library objects outside the
// machine: std::ref pushed into a global vector of reference_wrapper,
// emplace_back(x) into it, a std::string_view over a lifted char array
// kept globally, an std::array iterator kept globally, a shared_ptr
// aliasing a local, std::bind with std::ref kept in a std::function,
// std::bind with a pointer to a member function and &s, a back_inserter
// into a trivially copyable fixed vector.
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
#include <iterator>
#include <memory>
#include <string_view>
#include <vector>
static std::vector<std::reference_wrapper<int>> g_refs;
static std::string_view g_sv;
static std::array<int, 3>::iterator g_it;
static std::shared_ptr<int> g_sp;
static std::function<int()> g_fn;
static int get(const int &x) { return x; }
struct Slot {
  int v;
  int read() const { return v; }
};
struct FixedVec {
  int a[4];
  int n;
  using value_type = int;
  void push_back(int x) { a[n++] = x; }
};
static FixedVec g_dummy{{}, 0};
static std::back_insert_iterator<FixedVec> g_out(g_dummy);

ASL_ASYNC asl::Task<int> ref_in_vector() {
  int x = 1;
  g_refs.clear();
  g_refs.push_back(std::ref(x));
  co_await later(0);
  g_refs[0].get() += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> emplace_back_ref() {
  int x = 2;
  g_refs.clear();
  g_refs.emplace_back(x);
  co_await later(0);
  g_refs[0].get() += 100;
  co_return x;
}
ASL_ASYNC asl::Task<int> string_view_global() {
  char buf[4] = {'a', 'b', 'c', 0};
  g_sv = buf;
  co_await later(0);
  buf[0] = 'z';
  co_return g_sv[0];
}
ASL_ASYNC asl::Task<int> iterator_global() {
  std::array<int, 3> a{{4, 5, 6}};
  g_it = a.begin() + 1;
  co_await later(0);
  *g_it += 100;
  co_return a[1];
}
ASL_ASYNC asl::Task<int> shared_ptr_alias() {
  int x = 7;
  g_sp = std::shared_ptr<int>(std::make_shared<int>(0), &x);
  co_await later(0);
  *g_sp += 100;
  g_sp.reset();
  co_return x;
}
ASL_ASYNC asl::Task<int> bind_ref() {
  int x = 8;
  g_fn = std::bind(get, std::ref(x));
  co_await later(0);
  x += 100;
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> bind_member_pointer() {
  Slot s{9};
  g_fn = std::bind(&Slot::read, &s);
  co_await later(0);
  s.v += 100;
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> back_inserter_kept() {
  FixedVec fv{{}, 0};
  g_out = std::back_inserter(fv);
  co_await later(0);
  *g_out++ = 10;
  co_return fv.a[0] + fv.n;
}

int main() {
  run("ref_in_vector", ref_in_vector);
  run("emplace_back_ref", emplace_back_ref);
  run("string_view_global", string_view_global);
  run("iterator_global", iterator_global);
  run("shared_ptr_alias", shared_ptr_alias);
  run("bind_ref", bind_ref);
  run("bind_member_pointer", bind_member_pointer);
  run("back_inserter_kept", back_inserter_kept);
}
