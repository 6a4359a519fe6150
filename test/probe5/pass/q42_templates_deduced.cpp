// An async function template deduced for int, std::string and a user type
// with operator+; a class template with an async member using a dependent
// type across awaits.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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

struct Vec2 {
  int x, y;
  Vec2 operator+(const Vec2 &o) const { return {x + o.x, y + o.y}; }
};

template <class V> ASL_ASYNC asl::Task<V> sum_all(std::vector<V> xs, V zero) {
  V acc = zero;
  for (const V &x : xs) {
    co_await Hold{};
    acc = acc + x;
  }
  co_return acc;
}

template <class K, class V> class Store {
public:
  ASL_ASYNC asl::Task<V> get_or(K k, V dflt) {
    co_await Hold{};
    auto it = m_.find(k);
    co_return it == m_.end() ? dflt : it->second;
  }
  void put(K k, V v) { m_[k] = v; }

private:
  std::map<K, V> m_;
};

ASL_ASYNC asl::Task<int> run() {
  int i = co_await sum_all<int>({1, 2, 3}, 0);
  std::string s = co_await sum_all<std::string>({"a", "b"}, "");
  Vec2 v = co_await sum_all(std::vector<Vec2>{{1, 2}, {3, 4}}, Vec2{0, 0});
  Store<std::string, int> st;
  st.put("k", 7);
  int a = co_await st.get_or("k", -1);
  int b = co_await st.get_or("z", -1);
  std::printf("%d %s (%d,%d) %d %d\n", i, s.c_str(), v.x, v.y, a, b);
  co_return i + v.x + v.y + a + b;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
