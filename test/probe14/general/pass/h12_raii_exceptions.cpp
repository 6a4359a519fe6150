// h12: a file-copy job with RAII handles: guards alive across awaits,
// exceptions thrown after resumption and caught in the right handler,
// try inside a loop with continue/break, rethrow to the caller, a goto
// retry label jumping back out of a try, and a catch(...) cleanup.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
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
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
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

struct IoError : std::runtime_error {
  int code;
  IoError(const std::string &w, int c) : std::runtime_error(w), code(c) {}
};

class Handle {
public:
  explicit Handle(std::string n) : name_(std::move(n)) {
    std::printf("  open %s\n", name_.c_str());
  }
  Handle(const Handle &) = delete;
  ~Handle() { std::printf("  close %s\n", name_.c_str()); }
  ASL_ASYNC asl::Task<std::string> read(int block) {
    co_await tick();
    if (block == 3 && name_ == "b.txt")
      throw IoError("read error in " + name_, 5);
    if (block >= 4)
      co_return std::string();
    co_return name_.substr(0, 1) + std::to_string(block);
  }

private:
  std::string name_;
};

static int g_flaky = 2;

ASL_ASYNC asl::Task<int> copy_file(std::string name) {
  int attempts = 0;
retry:
  ++attempts;
  try {
    Handle in(name);
    Guard g("copy");
    int blocks = 0;
    for (int b = 0;; ++b) {
      std::string data = co_await in.read(b);
      if (data.empty())
        break;
      if (name == "c.txt" && g_flaky > 0 && b == 1) {
        --g_flaky;
        throw IoError("flaky " + name, 1);
      }
      ++blocks;
      std::printf("    %s\n", data.c_str());
    }
    co_return blocks;
  } catch (const IoError &e) {
    std::printf("  caught %s (code %d)\n", e.what(), e.code);
    if (e.code == 1 && attempts < 5)
      goto retry;
    throw;
  }
}

ASL_ASYNC asl::Task<int> copy_all(std::vector<std::string> names) {
  int total = 0;
  Guard all("all");
  for (const auto &n : names) {
    try {
      if (n.empty())
        continue;
      total += co_await copy_file(n);
      if (total > 20)
        break;
    } catch (const IoError &e) {
      std::printf("  skip %s: %s\n", n.c_str(), e.what());
    } catch (...) {
      std::printf("  unknown\n");
      throw;
    }
  }
  co_return total;
}

int main() {
  auto t = copy_all({"a.txt", "", "b.txt", "c.txt"});
  drain();
  std::printf("copied %d\n", asl::sync_wait(std::move(t)));
}
