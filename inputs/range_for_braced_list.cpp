// Checks a range-based for over a braced list (`for (int v : {1, 2, 3})`)
// whose body awaits. Natively the list's backing array lives as long as the
// loop; the lowering keeps that array in the machine, so every element
// survives the awaits, and elements with destructors die (last first) when
// the loop ends, as natively. Also: an element that awaits, references to
// the (const) elements, and a break out of the loop.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 20; }
};

struct Named {
  std::string name;
  Named(const char *n) : name(n) { std::printf("  +%s\n", name.c_str()); }
  Named(const Named &other) : name(other.name + "'") {
    std::printf("  +%s\n", name.c_str());
  }
  ~Named() { std::printf("  -%s\n", name.c_str()); }
};

const char *constness(const Named &) { return "const"; }
const char *constness(Named &) { return "mutable"; }

ASL_ASYNC asl::Task<int> loops() {
  int sum = 0;
  for (int v : {1, 12, 13}) {
    co_await Pause{};
    std::printf("  v=%d\n", v);
    sum += v;
  }
  for (auto &n : {Named("a"), Named("b")}) {
    co_await Pause{};
    std::printf("  %s (%s)\n", n.name.c_str(), constness(n));
  }
  std::puts("  after the named loop");
  for (const Named &n : {Named("x"), Named("y"), Named("z")}) {
    if (n.name == "y")
      break;
    co_await Pause{};
    std::printf("  %s\n", n.name.c_str());
  }
  std::puts("  after the break");
  // The list itself awaits.
  for (int v : {1, co_await Pause{}, 3}) {
    co_await Pause{};
    sum += v;
  }
  co_return sum;
}

int main() {
  auto t = loops();
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
