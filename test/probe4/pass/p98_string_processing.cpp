// Text processing with awaits inside string expressions: substr/find on
// awaited strings, += with awaited operands, append in a loop with
// conditional awaits, char arithmetic.
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

#include <cctype>
ASL_ASYNC asl::Task<std::string> fetch_word(int i) {
  static const char *words[] = {"Hello", "async", "World", "lowering"};
  co_await Gate{};
  co_return words[i % 4];
}

ASL_ASYNC asl::Task<std::string> run() {
  std::string out;
  for (int i = 0; i < 4; ++i) {
    std::string w = co_await fetch_word(i);
    if (std::isupper(static_cast<unsigned char>(w[0])))
      out += w.substr(0, 1) + "." + (co_await fetch_word(i + 1)).substr(1, 2);
    else
      out += static_cast<char>(std::toupper(
          static_cast<unsigned char>((co_await fetch_word(i))[0])));
    out += i < 3 ? "|" : "";
  }
  auto pos = (co_await fetch_word(3)).find("ring");
  co_return out + ":" + std::to_string(pos);
}

int main() {
  auto t = run();
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
