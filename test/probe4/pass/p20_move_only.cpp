// Move-only, non-default-constructible and non-movable locals across awaits.
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

struct Pinned {
  const int id;
  explicit Pinned(int i) : id(i) { std::printf("+pinned%d\n", id); }
  Pinned(const Pinned &) = delete;
  Pinned(Pinned &&) = delete;
  ~Pinned() { std::printf("-pinned%d\n", id); }
};
struct NoDefault {
  std::string tag;
  const double w;
  NoDefault(std::string t, double x) : tag(std::move(t)), w(x) {}
};

ASL_ASYNC asl::Task<std::unique_ptr<R>> make(const char *n) {
  co_await Gate{};
  co_return std::make_unique<R>(n);
}
ASL_ASYNC asl::Task<int> consume(std::unique_ptr<R> p) {
  co_await Gate{};
  std::printf("consume %s\n", p->name().c_str());
  co_return static_cast<int>(p->name().size());
}

ASL_ASYNC asl::Task<int> run() {
  Pinned pin(co_await val("id", 7));
  NoDefault nd("nd", co_await val("w", 2) * 0.5);
  std::unique_ptr<R> a = co_await make("A");
  auto b = co_await make("B");
  int n = co_await consume(std::move(a));
  std::printf("a empty=%d\n", a == nullptr);
  std::unique_ptr<R> c;
  c = std::move(b);
  co_await Gate{};
  std::printf("pin=%d nd=%s/%g c=%s\n", pin.id, nd.tag.c_str(), nd.w,
              c->name().c_str());
  co_return n + co_await consume(std::move(c));
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
