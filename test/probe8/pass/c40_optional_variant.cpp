// c40: optional and variant results awaited in conditions, visited, with
// std::get_if on an awaited variant and value_or on an awaited optional.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
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


using Msg = std::variant<int, std::string, std::vector<int>>;

ASL_ASYNC asl::Task<Msg> recv(int i) {
  co_await later(i);
  switch (i % 3) {
  case 0:
    co_return Msg(i);
  case 1:
    co_return Msg("s" + std::to_string(i));
  default:
    co_return Msg(std::vector<int>(static_cast<std::size_t>(i), 1));
  }
}

ASL_ASYNC asl::Task<std::optional<int>> parse(std::string s) {
  co_await later(0);
  if (s.empty() || s[0] < '0' || s[0] > '9')
    co_return std::nullopt;
  co_return std::stoi(s);
}

ASL_ASYNC asl::Task<int> app() {
  int sum = 0;
  for (int i = 0; i < 6; ++i) {
    Msg m = co_await recv(i);
    if (auto *p = std::get_if<int>(&m)) {
      sum += *p;
    } else if (auto *s = std::get_if<std::string>(&m)) {
      sum += static_cast<int>(s->size()) * co_await now(10);
    } else {
      sum += static_cast<int>(std::get<2>(m).size()) * 100;
    }
    sum += std::visit([](const auto &v) { return sizeof(v) > 4 ? 0 : 1; },
                      co_await recv(i));
  }
  sum += (co_await parse("42")).value_or(-1);
  sum += (co_await parse("x")).value_or(-1);
  if (std::holds_alternative<std::string>(co_await recv(4)))
    sum += 1000;
  co_return sum;
}

int main() { std::printf("sum=%d\n", drive(app())); }
