// Classes local to the async function: a local struct with member
// functions and a constructor used across awaits, a local enum, a local
// class derived from a namespace-scope base with a virtual override, and a
// vector of local structs.
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

struct Base {
  virtual ~Base() = default;
  virtual int weight() const { return 1; }
};

ASL_ASYNC asl::Task<int> run() {
  enum class Mode { Fast, Slow };
  struct Item {
    std::string name;
    int qty;
    Mode mode;
    int cost() const { return qty * (mode == Mode::Fast ? 3 : 1); }
  };
  struct Heavy : Base {
    int w;
    explicit Heavy(int v) : w(v) {}
    int weight() const override { return w; }
  };
  std::vector<Item> items;
  items.push_back({"a", co_await num("qa", 2), Mode::Fast});
  items.push_back(Item{co_await text("b"), 5, Mode::Slow});
  Heavy h(co_await num("h", 7));
  const Base &b = h;
  co_await Hold{};
  int total = 0;
  for (const Item &it : items) {
    total += it.cost();
    co_await Hold{};
  }
  std::printf("%d %d %s\n", total, b.weight(), items[1].name.c_str());
  co_return total + b.weight();
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
