// Strings across awaits: a string_view into a lifted string, a c_str()
// pointer kept across a suspension (the string does not move), short and
// long strings appended from awaits, and a string built with += of an
// awaited temporary's substr.
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

ASL_ASYNC asl::Task<int> run() {
  std::string shortstr = "abc";
  std::string longstr(100, 'x');
  std::string_view sv = longstr;
  const char *cs = shortstr.c_str();
  co_await Hold{};
  std::printf("%d %d\n", cs == shortstr.c_str(), sv.data() == longstr.data());
  shortstr += co_await text("def");
  longstr.replace(0, 3, co_await text("YYY"));
  std::string part = (co_await text("0123456789")).substr(3, 4);
  part += (co_await text("zz")) + shortstr;
  std::string_view tail = std::string_view(part).substr(2);
  co_await Hold{};
  std::printf("%s %.5s %s %.*s\n", shortstr.c_str(), longstr.c_str(),
              part.c_str(), static_cast<int>(tail.size()), tail.data());
  std::string moved = std::move(shortstr);
  shortstr = co_await text("refilled");
  co_return static_cast<int>(moved.size() + shortstr.size() + part.size());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
