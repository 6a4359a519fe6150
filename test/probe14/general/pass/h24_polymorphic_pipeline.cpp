// h24: an audio-effects chain: an abstract Stage with a pure virtual async
// process(), derived stages (one final, one calling its base's), stages
// owned in vector<unique_ptr<Stage>> and applied in a range-for, a stage
// that throws after an await, a virtual destructor printing, and a
// decorator stage holding another stage.
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
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

class Stage {
public:
  explicit Stage(std::string n) : name_(std::move(n)) {}
  virtual ~Stage() { std::printf("  ~%s\n", name_.c_str()); }
  virtual ASL_ASYNC asl::Task<std::vector<int>>
  process(std::vector<int> in) = 0;
  const std::string &name() const { return name_; }

private:
  std::string name_;
};

class Gain : public Stage {
public:
  explicit Gain(int g) : Stage("gain"), g_(g) {}
  ASL_ASYNC asl::Task<std::vector<int>>
  process(std::vector<int> in) override {
    co_await tick();
    for (int &x : in)
      x *= g_;
    co_return in;
  }

private:
  int g_;
};

class Clip final : public Gain {
public:
  Clip(int g, int limit) : Gain(g), limit_(limit) {}
  ASL_ASYNC asl::Task<std::vector<int>>
  process(std::vector<int> in) override {
    std::vector<int> v = co_await Gain::process(std::move(in));
    for (int &x : v)
      if (x > limit_)
        x = limit_;
    co_return v;
  }

private:
  int limit_;
};

class Checked : public Stage {
public:
  explicit Checked(std::unique_ptr<Stage> inner)
      : Stage("checked"), inner_(std::move(inner)) {}
  ASL_ASYNC asl::Task<std::vector<int>>
  process(std::vector<int> in) override {
    auto out = co_await inner_->process(in);
    co_await tick();
    for (int x : out)
      if (x < 0)
        throw std::domain_error(inner_->name() + " went negative");
    co_return out;
  }

private:
  std::unique_ptr<Stage> inner_;
};

ASL_ASYNC asl::Task<std::vector<int>> run_chain(
    std::vector<std::unique_ptr<Stage>> &chain, std::vector<int> signal) {
  for (auto &stage : chain) {
    signal = co_await stage->process(std::move(signal));
    std::printf("  after %s:", stage->name().c_str());
    for (int x : signal)
      std::printf(" %d", x);
    std::printf("\n");
  }
  co_return signal;
}

int main() {
  std::vector<std::unique_ptr<Stage>> chain;
  chain.push_back(std::make_unique<Gain>(2));
  chain.push_back(std::make_unique<Clip>(3, 20));
  chain.push_back(std::make_unique<Checked>(std::make_unique<Gain>(-1)));
  auto t = run_chain(chain, {1, 2, 3});
  drain();
  try {
    asl::sync_wait(std::move(t));
  } catch (const std::exception &e) {
    std::printf("error: %s\n", e.what());
  }
  chain.pop_back();
  auto t2 = run_chain(chain, {0, 5});
  drain();
  std::printf("final size %zu\n", asl::sync_wait(std::move(t2)).size());
}
