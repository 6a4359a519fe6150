// e06: an async state machine parser over a string_view: a switch on an
// enum state inside a loop, awaits in case bodies and in the switch
// condition, errors thrown and caught, tokens traced.
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

enum class St { Start, Num, Ident, Done };

ASL_ASYNC asl::Task<char> peek(std::string_view s, std::size_t i) {
  co_await later(static_cast<int>(i));
  co_return i < s.size() ? s[i] : '\0';
}

ASL_ASYNC asl::Task<std::vector<std::string>> lex(std::string_view src) {
  std::vector<std::string> out;
  std::string cur;
  std::size_t i = 0;
  St st = St::Start;
  while (st != St::Done) {
    switch (char c = co_await peek(src, i); st) {
    case St::Start:
      if (c == '\0') {
        st = St::Done;
      } else if (c >= '0' && c <= '9') {
        st = St::Num;
        continue;
      } else if (c == ' ') {
        ++i;
      } else if (c >= 'a' && c <= 'z') {
        st = St::Ident;
        continue;
      } else {
        throw std::invalid_argument(std::string("bad char ") + c);
      }
      break;
    case St::Num:
    case St::Ident: {
      Tr tok(st == St::Num ? "num" : "id");
      bool digit = st == St::Num;
      while ((digit && c >= '0' && c <= '9') ||
             (!digit && c >= 'a' && c <= 'z')) {
        cur += c;
        c = co_await peek(src, ++i);
      }
      out.push_back(std::move(cur));
      cur.clear();
      st = St::Start;
      break;
    }
    case St::Done:
      break;
    }
  }
  co_return out;
}

ASL_ASYNC asl::Task<int> app() {
  int n = 0;
  for (std::string_view s : {"ab 12 c", "x!y", ""}) {
    try {
      auto toks = co_await lex(s);
      for (auto &t : toks)
        std::printf("[%s]", t.c_str());
      std::printf(" %zu\n", toks.size());
      n += static_cast<int>(toks.size());
    } catch (const std::invalid_argument &e) {
      std::printf("error %s\n", e.what());
    }
  }
  co_return n;
}

int main() { std::printf("result %d\n", drive(app())); }
