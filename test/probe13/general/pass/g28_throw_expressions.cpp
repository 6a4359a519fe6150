#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <stdexcept>
#include <string>
#include <vector>

// Validation code where throws meet awaits: a throw in one arm of a
// ternary whose other arm awaits, a throw whose operand awaits inside a
// loop, exceptions from await_resume of a custom awaiter while a guard
// and a range-for temporary are alive, a rethrow from a nested catch that
// is caught two frames up, and an if without else ending in such a throw.

struct Invalid : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

struct Checked {
  int v;
  bool await_ready() const noexcept { return v % 2 == 0; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  int await_resume() const {
    if (v < 0)
      throw Invalid("negative " + std::to_string(v));
    return v;
  }
};

ASL_ASYNC asl::Task<std::string> reason(int v) {
  co_return "bad value " + std::to_string(co_await later(v));
}

static std::vector<int> window(const std::vector<int> &v, size_t at) {
  return std::vector<int>(v.begin() + static_cast<long>(at),
                          v.begin() + static_cast<long>(
                                          std::min(at + 2, v.size())));
}

ASL_ASYNC asl::Task<int> validate(std::vector<int> in) {
  int sum = 0;
  for (size_t i = 0; i < in.size(); i += 2) {
    Guard g("window");
    for (int x : window(in, i)) {
      int ok = x < 100 ? co_await Checked{x}
                       : throw std::out_of_range(co_await reason(x));
      if (ok == 13)
        throw Invalid(co_await reason(ok));
      sum += ok;
    }
  }
  co_return sum;
}

ASL_ASYNC asl::Task<int> middle(std::vector<int> in) {
  try {
    co_return co_await validate(std::move(in));
  } catch (const Invalid &e) {
    std::printf("  middle saw invalid: %s\n", e.what());
    try {
      throw;
    } catch (const std::logic_error &) {
      std::printf("  rethrowing as logic_error\n");
      throw;
    }
  }
}

ASL_ASYNC asl::Task<std::string> top(std::vector<int> in) {
  try {
    int v = co_await middle(in);
    if (v > 50)
      throw std::length_error(co_await reason(v));
    co_return "sum " + std::to_string(v);
  } catch (const std::out_of_range &e) {
    co_return std::string("range: ") + e.what();
  } catch (const std::logic_error &e) {
    co_return std::string("logic: ") + e.what();
  }
}

int main() {
  for (auto v : {std::vector<int>{1, 2, 3}, std::vector<int>{4, -5, 6},
                 std::vector<int>{7, 130}, std::vector<int>{2, 13},
                 std::vector<int>{20, 21, 22}}) {
    asl::Task<std::string> t = top(v);
    drain();
    std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
  }
}
