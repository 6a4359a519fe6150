// Async members of a class template: a repository keyed by K holding V,
// members reading and writing the container across awaits, a static async
// member, and two specializations used together.
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

template <class K, class V> class Repo {
public:
  ASL_ASYNC asl::Task<void> put(K k, V v) {
    co_await Hold{};
    data_[k] = std::move(v);
    ++writes;
  }
  ASL_ASYNC asl::Task<std::optional<V>> get(const K &k) const {
    co_await Hold{};
    auto it = data_.find(k);
    if (it == data_.end())
      co_return std::nullopt;
    co_return it->second;
  }
  ASL_ASYNC static asl::Task<int> version() {
    co_await Hold{};
    co_return 3;
  }
  static inline int writes = 0;

private:
  std::map<K, V> data_;
};

ASL_ASYNC asl::Task<int> run() {
  Repo<std::string, int> ages;
  Repo<int, std::string> names;
  co_await ages.put("ann", 31);
  co_await names.put(1, "one");
  co_await ages.put("bob", co_await num("bob", 40));
  auto a = co_await ages.get("bob");
  auto b = co_await names.get(2);
  auto c = co_await names.get(1);
  int v = co_await Repo<int, int>::version();
  std::printf("%d %d %s %d %d %d\n", *a, b.has_value(), c->c_str(), v,
              Repo<std::string, int>::writes, Repo<int, std::string>::writes);
  co_return *a + v;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
