// e33: a recursive-descent parser for a tiny JSON subset over a
// string_view, each token fetched by an await; values are a recursive
// variant held by unique_ptr; errors thrown from deep recursion carry the
// position; Tr guards per nesting level.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

struct Value;
using Obj = std::vector<std::pair<std::string, std::unique_ptr<Value>>>;
using Arr = std::vector<std::unique_ptr<Value>>;
struct Value {
  std::variant<int, std::string, Arr, Obj> v;
};

struct ParseError {
  std::size_t pos;
  std::string what;
};

class Parser {
public:
  explicit Parser(std::string_view s) : src_(s) {}
  ASL_ASYNC asl::Task<std::unique_ptr<Value>> value(int depth) {
    Tr level("L" + std::to_string(depth));
    char c = co_await peek();
    auto out = std::make_unique<Value>();
    if (c == '[') {
      ++pos_;
      Arr a;
      while (co_await peek() != ']') {
        a.push_back(co_await value(depth + 1));
        if (co_await peek() == ',')
          ++pos_;
      }
      ++pos_;
      out->v = std::move(a);
    } else if (c == '{') {
      ++pos_;
      Obj o;
      while (co_await peek() != '}') {
        std::string key = co_await str();
        if (co_await peek() != ':')
          throw ParseError{pos_, "expected :"};
        ++pos_;
        o.emplace_back(std::move(key), co_await value(depth + 1));
        if (co_await peek() == ',')
          ++pos_;
      }
      ++pos_;
      out->v = std::move(o);
    } else if (c == '"') {
      out->v = co_await str();
    } else if (c >= '0' && c <= '9') {
      int n = 0;
      while ((c = co_await peek()) >= '0' && c <= '9') {
        n = n * 10 + (c - '0');
        ++pos_;
      }
      out->v = n;
    } else {
      throw ParseError{pos_, std::string("unexpected ") + c};
    }
    co_return out;
  }

private:
  ASL_ASYNC asl::Task<char> peek() {
    co_await now(0);
    co_return pos_ < src_.size() ? src_[pos_] : '$';
  }
  ASL_ASYNC asl::Task<std::string> str() {
    if (co_await peek() != '"')
      throw ParseError{pos_, "expected string"};
    std::size_t end = src_.find('"', pos_ + 1);
    std::string s(src_.substr(pos_ + 1, end - pos_ - 1));
    pos_ = end + 1;
    co_return s;
  }
  std::string_view src_;
  std::size_t pos_ = 0;
};

std::string show(const Value &v) {
  if (auto *i = std::get_if<int>(&v.v))
    return std::to_string(*i);
  if (auto *s = std::get_if<std::string>(&v.v))
    return "'" + *s + "'";
  std::string r;
  if (auto *a = std::get_if<Arr>(&v.v)) {
    r = "[";
    for (auto &e : *a)
      r += show(*e) + ";";
    return r + "]";
  }
  r = "{";
  for (auto &[k, e] : std::get<Obj>(v.v))
    r += k + "=" + show(*e) + ";";
  return r + "}";
}

ASL_ASYNC asl::Task<int> app() {
  int ok = 0;
  for (std::string_view s :
       {"[1,{\"a\":[2,3],\"b\":\"x\"},42]", "{\"k\":[1,[2,?]]}", "7"}) {
    try {
      Parser p(s);
      auto v = co_await p.value(0);
      std::printf("%s\n", show(*v).c_str());
      ++ok;
    } catch (const ParseError &e) {
      std::printf("error at %zu: %s\n", e.pos, e.what.c_str());
    }
  }
  co_return ok;
}

int main() { std::printf("result %d\n", drive(app())); }
