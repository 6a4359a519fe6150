// Nested try blocks with awaits, rethrow from an inner handler after
// cleanup, catch(...) and typed handlers, exceptions thrown after resumption.
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

struct ParseError : std::runtime_error {
  int line;
  ParseError(const std::string &m, int l) : std::runtime_error(m), line(l) {}
};

ASL_ASYNC asl::Task<int> parse_line(int line) {
  R r("parse" + std::to_string(line));
  co_await Gate{};
  if (line == 2)
    throw ParseError("bad token", line);
  if (line == 4)
    throw std::logic_error("logic");
  if (line == 5)
    throw 42;
  co_return line * 2;
}

ASL_ASYNC asl::Task<int> parse_all() {
  int sum = 0;
  for (int line = 1; line <= 6; ++line) {
    bool recover = false;
    try {
      R t1("outer" + std::to_string(line));
      try {
        R t2("inner" + std::to_string(line));
        sum += co_await parse_line(line);
        co_await Gate{};
      } catch (const ParseError &e) {
        std::printf("inner caught %s at %d\n", e.what(), e.line);
        if (e.line == 2) {
          sum += 1000;
        }
      } catch (const std::exception &) {
        std::printf("inner rethrows\n");
        throw;
      }
      std::printf("after inner %d\n", line);
    } catch (const std::logic_error &e) {
      std::printf("outer logic %s\n", e.what());
    } catch (...) {
      std::printf("outer catch-all\n");
      recover = true;
    }
    if (recover)
      sum += co_await val("recover", 7);
  }
  co_return sum;
}

int main() {
  auto t = parse_all();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
