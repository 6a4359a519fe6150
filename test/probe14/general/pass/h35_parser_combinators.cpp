// h35: async parser combinators: parsers are std::function objects
// holding coroutine lambdas returned by ordinary factory functions
// (char_, seq, alt, many, map_), capturing other parsers by copy; input
// arrives through an async reader; results are optional<pair>.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
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
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <optional>
#include <string>
#include <vector>

struct Input {
  std::string text;
  ASL_ASYNC asl::Task<int> at(std::size_t i) const {
    if (i % 3 == 0)
      co_await tick();
    co_return i < text.size() ? text[i] : -1;
  }
};

using Result = std::optional<std::pair<std::string, std::size_t>>;
using Parser = std::function<asl::Task<Result>(const Input &, std::size_t)>;

static Parser char_(char lo, char hi) {
  return [lo, hi](const Input &in, std::size_t pos) -> asl::Task<Result> {
    int c = co_await in.at(pos);
    if (c >= lo && c <= hi)
      co_return Result({std::string(1, static_cast<char>(c)), pos + 1});
    co_return std::nullopt;
  };
}

static Parser seq(Parser a, Parser b) {
  return [a, b](const Input &in, std::size_t pos) -> asl::Task<Result> {
    auto ra = co_await a(in, pos);
    if (!ra)
      co_return std::nullopt;
    auto rb = co_await b(in, ra->second);
    if (!rb)
      co_return std::nullopt;
    co_return Result({ra->first + rb->first, rb->second});
  };
}

static Parser alt(std::vector<Parser> ps) {
  return [ps](const Input &in, std::size_t pos) -> asl::Task<Result> {
    for (const auto &p : ps)
      if (auto r = co_await p(in, pos))
        co_return r;
    co_return std::nullopt;
  };
}

static Parser many(Parser p) {
  return [p](const Input &in, std::size_t pos) -> asl::Task<Result> {
    std::string acc;
    while (auto r = co_await p(in, pos)) {
      acc += r->first;
      pos = r->second;
    }
    co_return Result({acc, pos});
  };
}

using Mapper = std::function<std::string(const std::string &)>;

static Parser map_(Parser p, Mapper f) {
  return [p, f](const Input &in, std::size_t pos) -> asl::Task<Result> {
    auto r = co_await p(in, pos);
    if (r)
      r->first = f(r->first);
    co_return r;
  };
}

ASL_ASYNC asl::Task<int> parse_all(std::vector<std::string> lines) {
  Parser digit = char_('0', '9');
  Parser letter = char_('a', 'z');
  Parser ident = seq(letter, many(alt({letter, digit})));
  Parser number = map_(seq(digit, many(digit)), [](const std::string &s) {
    return "#" + std::to_string(std::stoi(s) * 2);
  });
  Parser token = alt({ident, number});
  int ok = 0;
  for (const auto &l : lines) {
    Input in{l};
    auto r = co_await token(in, 0);
    if (r && r->second == l.size()) {
      ++ok;
      std::printf("  '%s' -> %s\n", l.c_str(), r->first.c_str());
    } else {
      std::printf("  '%s' -> no (%zu)\n", l.c_str(), r ? r->second : 0);
    }
  }
  co_return ok;
}

int main() {
  auto t = parse_all({"abc1", "42", "7x", "", "z"});
  drain();
  std::printf("ok %d\n", asl::sync_wait(std::move(t)));
}
