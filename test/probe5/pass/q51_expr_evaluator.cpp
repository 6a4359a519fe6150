// A recursive-descent arithmetic evaluator whose token source is async:
// expr/term/factor are async members calling each other recursively.
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

class Calc {
public:
  explicit Calc(std::string_view s) : src_(s) {}
  ASL_ASYNC asl::Task<long> expr() {
    long v = co_await term();
    while (true) {
      char c = co_await peek();
      if (c != '+' && c != '-')
        break;
      ++pos_;
      long r = co_await term();
      v = c == '+' ? v + r : v - r;
    }
    co_return v;
  }

private:
  ASL_ASYNC asl::Task<char> peek() {
    co_await Hold{};
    while (pos_ < src_.size() && src_[pos_] == ' ')
      ++pos_;
    co_return pos_ < src_.size() ? src_[pos_] : '\0';
  }
  ASL_ASYNC asl::Task<long> term() {
    long v = co_await factor();
    for (char c; (c = co_await peek()) == '*' || c == '/';) {
      ++pos_;
      long r = co_await factor();
      v = c == '*' ? v * r : v / r;
    }
    co_return v;
  }
  ASL_ASYNC asl::Task<long> factor() {
    char c = co_await peek();
    if (c == '(') {
      ++pos_;
      long v = co_await expr();
      co_await peek();
      ++pos_;
      co_return v;
    }
    if (c == '-') {
      ++pos_;
      co_return -co_await factor();
    }
    long v = 0;
    while (pos_ < src_.size() && src_[pos_] >= '0' && src_[pos_] <= '9')
      v = v * 10 + (src_[pos_++] - '0');
    co_return v;
  }
  std::string_view src_;
  std::size_t pos_ = 0;
};

ASL_ASYNC asl::Task<int> run() {
  long total = 0;
  for (const char *s : {"1 + 2 * 3", "(4 + 6) / -(2 - 4)", "2*(3+4)*5 - 1"}) {
    Calc c(s);
    long v = co_await c.expr();
    std::printf("%s = %ld\n", s, v);
    total += v;
  }
  co_return static_cast<int>(total);
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
