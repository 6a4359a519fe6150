// Checks lifted locals whose types are written with names only the
// function's body can see: an alias declared in the function (`using Vec =
// ...`, `typedef ... Map`, also inside a template argument and under a
// pointer) and `decltype(this)`, which in the machine would mean the
// machine. Their fields are spelled with the types they stand for. Found by
// the probe (local_type_alias_in_machine, decltype_this_lifted_local).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <map>
#include <vector>

static std::function<void()> pending;

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

ASL_ASYNC asl::Task<int> aliases() {
  using Vec = std::vector<int>;
  typedef std::map<int, Vec> Map;
  Vec v{1, 2};
  Map m;
  const Vec *pv = &v;
  co_await Pause{};
  m[2] = *pv;
  // A use of Map outside the lifted declarations (see TypeSpelling.cpp:
  // otherwise the alias is unused in the output, a warning).
  std::printf("size=%d first=%d entries=%d\n", static_cast<int>(m[2].size()),
              m[2][0], static_cast<int>(Map(m).size()));
  co_return static_cast<int>(v.size());
}

struct Holder {
  int base = 5;
  ASL_ASYNC asl::Task<int> run() {
    decltype(this) p = this;
    co_await Pause{};
    co_return p->base;
  }
};

int main() {
  auto t = aliases();
  pending();
  std::printf("aliases %d\n", asl::sync_wait(std::move(t)));
  Holder h;
  auto u = h.run();
  pending();
  std::printf("decltype %d\n", asl::sync_wait(std::move(u)));
}
