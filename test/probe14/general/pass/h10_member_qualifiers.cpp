// h10: a document store with async members that are const, overloaded on
// ref-qualifiers (& and &&: the && one moves out), virtual in a base and
// overridden in derived classes (calling the base's), called through base
// references and unique_ptrs.
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
#include <string>
#include <vector>

class Doc {
public:
  explicit Doc(std::string body) : body_(std::move(body)) {}
  ASL_ASYNC asl::Task<std::size_t> size() const {
    co_await tick();
    co_return body_.size();
  }
  ASL_ASYNC asl::Task<std::string> take() & {
    co_await tick();
    co_return "copy:" + body_;
  }
  ASL_ASYNC asl::Task<std::string> take() && {
    co_await tick();
    std::string out = "moved:" + std::move(body_);
    body_ = "(empty)";
    co_return out;
  }
  const std::string &body() const { return body_; }

private:
  std::string body_;
};

class Store {
public:
  virtual ~Store() = default;
  virtual ASL_ASYNC asl::Task<std::string> get(int key) const {
    co_await tick();
    co_return "base" + std::to_string(key);
  }
  virtual ASL_ASYNC asl::Task<void> put(int key, std::string v) {
    co_await tick();
    std::printf("  base put %d %s\n", key, v.c_str());
  }
};

class CachedStore : public Store {
public:
  ASL_ASYNC asl::Task<std::string> get(int key) const override {
    if (key == last_)
      co_return "cached";
    std::string v = co_await Store::get(key);
    co_return "c(" + v + ")";
  }
  ASL_ASYNC asl::Task<void> put(int key, std::string v) override {
    last_ = key;
    co_await Store::put(key, v + "!");
  }

private:
  int last_ = -1;
};

class LoudStore final : public CachedStore {
public:
  ASL_ASYNC asl::Task<std::string> get(int key) const override {
    std::string v = co_await CachedStore::get(key);
    co_return v + "!!";
  }
};

ASL_ASYNC asl::Task<int> use(const Store &s, Store &w) {
  co_await w.put(2, "two");
  std::string a = co_await s.get(1);
  std::string b = co_await s.get(2);
  std::printf("  %s %s\n", a.c_str(), b.c_str());
  co_return static_cast<int>(a.size() + b.size());
}

ASL_ASYNC asl::Task<int> run() {
  Doc d("hello");
  const Doc &cd = d;
  std::size_t n = co_await cd.size();
  std::string c = co_await d.take();
  std::string m = co_await std::move(d).take();
  std::string t = co_await Doc("temp").take();
  std::printf("  %zu %s %s %s now=%s\n", n, c.c_str(), m.c_str(), t.c_str(),
              d.body().c_str());
  std::vector<std::unique_ptr<Store>> stores;
  stores.push_back(std::make_unique<Store>());
  stores.push_back(std::make_unique<CachedStore>());
  stores.push_back(std::make_unique<LoudStore>());
  int total = 0;
  for (auto &s : stores)
    total += co_await use(*s, *s);
  co_return total;
}

int main() {
  auto t = run();
  drain();
  std::printf("total %d\n", asl::sync_wait(std::move(t)));
}
