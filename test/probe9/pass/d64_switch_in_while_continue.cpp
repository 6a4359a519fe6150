// d64: a tokenizer loop: switch inside a while, continue inside a case
// (continues the loop), break inside a case (leaves the switch), awaits in
// case bodies and in the loop condition, a lifted token string.
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


ASL_ASYNC asl::Task<char> next_char(const std::string &src, std::size_t &pos) {
  co_await later(static_cast<int>(pos));
  co_return pos < src.size() ? src[pos++] : '\0';
}

ASL_ASYNC asl::Task<int> app() {
  const std::string src = "ab 12+c 3";
  std::size_t pos = 0;
  std::string tok;
  std::vector<std::string> toks;
  char c;
  while ((c = co_await next_char(src, pos)) != '\0') {
    switch (c) {
    case ' ':
      if (!tok.empty())
        toks.push_back(std::exchange(tok, std::string()));
      continue;
    case '+':
      toks.push_back(tok);
      tok = co_await word("PLUS");
      toks.push_back(tok);
      tok.clear();
      break;
    case '0':
    case '1':
    case '2':
    case '3':
      tok += static_cast<char>(c + (co_await now(0)));
      break;
    default:
      tok += c;
    }
    std::printf("after %c tok=%s\n", c, tok.c_str());
  }
  toks.push_back(tok);
  for (auto &t : toks)
    std::printf("[%s]", t.c_str());
  std::printf("\n");
  co_return static_cast<int>(toks.size());
}

int main() { std::printf("%d\n", drive(app())); }
