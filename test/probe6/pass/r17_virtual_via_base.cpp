// Virtual async members called through base pointers and references: a
// three-level hierarchy, a derived override calling the base version with
// a qualified name, a pure virtual, and a vector of unique_ptr<Base>.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <algorithm>
#include <any>
#include <array>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

struct Shape {
  virtual ~Shape() { std::printf("~Shape\n"); }
  ASL_ASYNC virtual asl::Task<int> area() const = 0;
  ASL_ASYNC virtual asl::Task<std::string> name() const {
    co_await Hold{};
    co_return "shape";
  }
};
struct Rect : Shape {
  int w, h;
  Rect(int a, int b) : w(a), h(b) {}
  ASL_ASYNC asl::Task<int> area() const override {
    co_await Hold{};
    co_return w * h;
  }
  ASL_ASYNC asl::Task<std::string> name() const override {
    std::string base = co_await Shape::name();
    co_return "rect<" + base + ">";
  }
};
struct Square final : Rect {
  explicit Square(int s) : Rect(s, s) {}
  ~Square() override { std::printf("~Square\n"); }
  ASL_ASYNC asl::Task<int> area() const override {
    int r = co_await Rect::area();
    co_return r + 1;
  }
};

ASL_ASYNC asl::Task<int> total(const std::vector<std::unique_ptr<Shape>> &v) {
  int sum = 0;
  for (const auto &s : v) {
    std::string n = co_await s->name();
    int a = co_await s->area();
    std::printf("%s %d\n", n.c_str(), a);
    sum += a;
  }
  co_return sum;
}

ASL_ASYNC asl::Task<int> run() {
  std::vector<std::unique_ptr<Shape>> v;
  v.push_back(std::make_unique<Rect>(2, 3));
  v.push_back(std::make_unique<Square>(4));
  int t = co_await total(v);
  Square sq(2);
  Shape &ref = sq;
  t += co_await ref.area();
  co_return t;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
