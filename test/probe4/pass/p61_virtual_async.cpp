// Virtual async member functions overridden in derived classes, called
// through base references and unique_ptr<Base>, base call from an override.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

struct Handler {
  virtual ~Handler() = default;
  ASL_ASYNC virtual asl::Task<std::string> handle(int v) {
    co_await Gate{};
    co_return "base" + std::to_string(v);
  }
};
struct Upper : Handler {
  ASL_ASYNC asl::Task<std::string> handle(int v) override {
    std::string b = co_await Handler::handle(v);
    co_return "U(" + b + ")";
  }
};
struct Twice final : Upper {
  ASL_ASYNC asl::Task<std::string> handle(int v) override {
    R r("twice");
    co_return co_await Upper::handle(v) + co_await Upper::handle(v + 1);
  }
};

ASL_ASYNC asl::Task<int> run() {
  std::vector<std::unique_ptr<Handler>> hs;
  hs.push_back(std::make_unique<Handler>());
  hs.push_back(std::make_unique<Upper>());
  hs.push_back(std::make_unique<Twice>());
  std::size_t total = 0;
  for (auto &h : hs) {
    std::string s = co_await h->handle(static_cast<int>(total));
    std::printf("%s\n", s.c_str());
    total += s.size();
  }
  co_return static_cast<int>(total);
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
