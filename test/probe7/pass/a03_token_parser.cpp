// A parser that reads tokens asynchronously from a channel fed by a lexer
// task: a recursive-descent calculator with variables, assignment and
// error recovery at ';'.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
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

enum class Kind { Num, Ident, Op, LParen, RParen, Semi, End };
struct Token {
  Kind kind;
  std::string text;
  double num = 0;
};

ASL_ASYNC asl::Task<void> lex(asl::Channel<Token> &out, std::string src) {
  std::size_t i = 0;
  while (i < src.size()) {
    char c = src[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    Token t{Kind::Op, std::string(1, c)};
    if (std::isdigit(static_cast<unsigned char>(c))) {
      std::size_t used = 0;
      t.num = std::stod(src.substr(i), &used);
      t.kind = Kind::Num;
      t.text = src.substr(i, used);
      i += used;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      std::size_t j = i;
      while (j < src.size() && std::isalnum(static_cast<unsigned char>(src[j])))
        ++j;
      t = Token{Kind::Ident, src.substr(i, j - i)};
      i = j;
    } else {
      t.kind = c == '('   ? Kind::LParen
               : c == ')' ? Kind::RParen
               : c == ';' ? Kind::Semi
                          : Kind::Op;
      ++i;
    }
    co_await out.send(std::move(t));
  }
  co_await out.send(Token{Kind::End, "<end>"});
  out.close();
}

class Parser {
  asl::Channel<Token> &in_;
  Token cur_{Kind::End, ""};
  std::map<std::string, double> vars_;

  ASL_ASYNC asl::Task<void> next() {
    std::optional<Token> t = co_await in_.receive();
    cur_ = t ? std::move(*t) : Token{Kind::End, "<eof>"};
  }
  ASL_ASYNC asl::Task<double> primary() {
    if (cur_.kind == Kind::Num) {
      double v = cur_.num;
      co_await next();
      co_return v;
    }
    if (cur_.kind == Kind::Ident) {
      std::string name = cur_.text;
      co_await next();
      if (cur_.kind == Kind::Op && cur_.text == "=") {
        co_await next();
        double v = co_await expr();
        vars_[name] = v;
        co_return v;
      }
      auto it = vars_.find(name);
      if (it == vars_.end())
        throw std::runtime_error("unknown " + name);
      co_return it->second;
    }
    if (cur_.kind == Kind::LParen) {
      co_await next();
      double v = co_await expr();
      if (cur_.kind != Kind::RParen)
        throw std::runtime_error("expected ) at " + cur_.text);
      co_await next();
      co_return v;
    }
    if (cur_.kind == Kind::Op && cur_.text == "-") {
      co_await next();
      co_return -(co_await primary());
    }
    throw std::runtime_error("unexpected " + cur_.text);
  }
  ASL_ASYNC asl::Task<double> term() {
    double v = co_await primary();
    while (cur_.kind == Kind::Op && (cur_.text == "*" || cur_.text == "/")) {
      bool mul = cur_.text == "*";
      co_await next();
      double r = co_await primary();
      v = mul ? v * r : v / r;
    }
    co_return v;
  }
  ASL_ASYNC asl::Task<double> expr() {
    double v = co_await term();
    while (cur_.kind == Kind::Op && (cur_.text == "+" || cur_.text == "-")) {
      int sign = cur_.text == "+" ? 1 : -1;
      v += sign * (co_await next(), co_await term());
    }
    co_return v;
  }

public:
  explicit Parser(asl::Channel<Token> &in) : in_(in) {}
  ASL_ASYNC asl::Task<int> run() {
    int statements = 0;
    co_await next();
    while (cur_.kind != Kind::End) {
      bool failed = false;
      try {
        double v = co_await expr();
        std::printf("= %g\n", v);
        ++statements;
      } catch (const std::exception &e) {
        std::printf("error: %s\n", e.what());
        failed = true;
      }
      while (failed && cur_.kind != Kind::Semi && cur_.kind != Kind::End)
        co_await next();
      if (cur_.kind == Kind::Semi)
        co_await next();
    }
    co_return statements;
  }
};

int main() {
  asl::Channel<Token> ch(2);
  Parser p(ch);
  auto parsed = p.run();
  auto lexed = lex(ch, "x = 2 + 3 * 4; y = (x - 4) / 2; z + 1; -x + y * 2 - 1; "
                       "(1 + ; 7 - 2 - 1");
  asl::sync_wait(std::move(lexed));
  std::printf("statements %d\n", asl::sync_wait(std::move(parsed)));
}
