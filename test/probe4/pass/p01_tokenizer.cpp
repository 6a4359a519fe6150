// Tokenizer reading chunks asynchronously: switch on characters with awaits
// in cases, continue/break inside the switch inside a loop, string state.
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

ASL_ASYNC asl::Task<std::optional<std::string>> next_chunk(int &i) {
  static const char *chunks[] = {"ab 12", "+c", " 7*(x", ")", nullptr};
  co_await Gate{};
  const char *c = chunks[i++];
  if (!c)
    co_return std::nullopt;
  co_return std::string(c);
}

ASL_ASYNC asl::Task<std::vector<std::string>> tokenize() {
  std::vector<std::string> out;
  std::string cur;
  R guard("tok");
  int idx = 0;
  while (auto chunk = co_await next_chunk(idx)) {
    for (char ch : *chunk) {
      switch (ch) {
      case ' ':
        if (!cur.empty())
          out.push_back(std::move(cur));
        cur.clear();
        continue;
      case '+':
      case '*':
      case '(':
      case ')': {
        R op(std::string("op") + ch);
        if (!cur.empty()) {
          out.push_back(cur);
          cur.clear();
        }
        co_await Gate{};
        out.push_back(std::string(1, ch));
        break;
      }
      default:
        cur += ch;
      }
    }
    std::printf("chunk done, %zu tokens\n", out.size());
  }
  if (!cur.empty())
    out.push_back(cur);
  co_return out;
}

int main() {
  auto t = tokenize();
  drain();
  for (auto &s : asl::sync_wait(std::move(t)))
    std::printf("[%s]", s.c_str());
  std::printf("\n");
}
