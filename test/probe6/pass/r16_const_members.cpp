// const async member functions reading members across awaits, a const
// member calling another const async member, mutable members changed from
// a const async member, and a const object's async member.
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

class Store {
public:
  explicit Store(std::string n) : name_(std::move(n)) {}
  ASL_ASYNC asl::Task<int> size() const {
    ++reads_;
    co_await Hold{};
    co_return static_cast<int>(name_.size()) + reads_;
  }
  ASL_ASYNC asl::Task<std::string> describe() const {
    int s = co_await size();
    std::string d = name_ + ":" + std::to_string(s);
    co_await Hold{};
    co_return d + "/" + std::to_string(co_await this->size());
  }
  ASL_ASYNC asl::Task<void> rename(std::string n) {
    co_await Hold{};
    name_ = std::move(n);
  }

private:
  std::string name_;
  mutable int reads_ = 0;
};

ASL_ASYNC asl::Task<int> run() {
  const Store cs("const");
  Store s("mut");
  std::string a = co_await cs.describe();
  co_await s.rename("renamed");
  const Store &ref = s;
  std::string b = co_await ref.describe();
  std::printf("%s %s\n", a.c_str(), b.c_str());
  co_return co_await cs.size() + co_await ref.size();
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
