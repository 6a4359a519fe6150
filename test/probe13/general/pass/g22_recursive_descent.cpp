#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

// A recursive-descent parser for arithmetic over an async token stream:
// tokens arrive through awaits, parse functions are mutually recursive
// async members, errors throw from deep frames carrying the position,
// std::string temporaries are built before awaits in later arguments,
// and a parse is restarted with goto after an error.

struct ParseError : std::runtime_error {
  size_t pos;
  ParseError(const std::string &m, size_t p)
      : std::runtime_error(m + " at " + std::to_string(p)), pos(p) {}
};

class Parser {
public:
  explicit Parser(std::string src) : src_(std::move(src)) {}

  ASL_ASYNC asl::Task<long> expr() {
    long v = co_await term();
    while (co_await peek() == '+' || co_await peek() == '-') {
      char op = co_await take();
      long r = co_await term();
      v = op == '+' ? v + r : v - r;
    }
    co_return v;
  }

private:
  ASL_ASYNC asl::Task<char> peek() {
    while (pos_ < src_.size() && src_[pos_] == ' ')
      ++pos_;
    co_return co_await later(pos_ < src_.size() ? src_[pos_] : '\0');
  }
  ASL_ASYNC asl::Task<char> take() {
    char c = co_await peek();
    ++pos_;
    co_return c;
  }
  ASL_ASYNC asl::Task<long> term() {
    long v = co_await factor();
    for (char c = co_await peek(); c == '*' || c == '/';
         c = co_await peek()) {
      ++pos_;
      long r = co_await factor();
      if (c == '/' && r == 0)
        throw ParseError(std::string("division by ") + "zero", pos_);
      v = c == '*' ? v * r : v / r;
    }
    co_return v;
  }
  ASL_ASYNC asl::Task<long> factor() {
    char c = co_await take();
    if (c == '(') {
      long v = co_await expr();
      if (co_await take() != ')')
        throw ParseError(expected(")"), pos_ - 1);
      co_return v;
    }
    if (c == '-')
      co_return -co_await factor();
    if (!std::isdigit(static_cast<unsigned char>(c)))
      throw ParseError(expected("digit") + " got '" + std::string(1, c) +
                           "'",
                       pos_ - 1);
    long v = c - '0';
    while (std::isdigit(static_cast<unsigned char>(co_await peek())))
      v = v * 10 + (co_await take() - '0');
    co_return v;
  }
  static std::string expected(const char *what) {
    return std::string("expected ") + what;
  }
  std::string src_;
  size_t pos_ = 0;
};

ASL_ASYNC asl::Task<void> calc(std::vector<std::string> lines) {
  size_t i = 0;
next:
  while (i < lines.size()) {
    Parser p(lines[i]);
    std::string shown = "'" + lines[i++] + "'";
    try {
      long v = co_await p.expr();
      std::printf("  %s = %ld\n", shown.c_str(), v);
    } catch (const ParseError &e) {
      std::printf("  %s: %s\n", shown.c_str(), e.what());
      goto next;
    }
  }
}

int main() {
  asl::Task<void> t = calc({"1 + 2 * 3", "(4 + 5) * -(2 - 7)", "12 / (3 - 3)",
                            "2 * (3 + 4", "7 - x", "100/7/2 - 3*(2)",
                            "--5"});
  drain();
  asl::sync_wait(std::move(t));
}
