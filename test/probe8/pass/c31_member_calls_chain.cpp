// c31: member calls on awaited results in chains: a fluent builder whose
// steps take awaited arguments, methods of awaited temporaries, operator
// calls on awaited objects, a call through an awaited function object.
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


struct Query {
  std::string text;
  Query &where(const std::string &c) {
    text += " where " + c;
    return *this;
  }
  Query &limit(int n) {
    text += " limit " + std::to_string(n);
    return *this;
  }
  Query operator+(const Query &o) const { return {text + " +" + o.text}; }
  bool operator==(const std::string &s) const { return text == s; }
};

ASL_ASYNC asl::Task<Query> from(std::string table) {
  co_await later(1);
  co_return Query{"from " + table};
}

ASL_ASYNC asl::Task<std::function<int(int)>> adder(int n) {
  co_await later(n);
  co_return [n](int x) { return x + n; };
}

ASL_ASYNC asl::Task<std::string> app() {
  Query q = (co_await from("users"))
                .where(co_await word("age>3"))
                .limit(co_await later(10));
  std::printf("%s\n", q.text.c_str());
  Query both = co_await from("a") + (co_await from("b")).limit(2);
  std::printf("%s\n", both.text.c_str());
  bool same = co_await from("x") == "from x";
  int v = (co_await adder(5))(co_await now(37));
  std::size_t len = (co_await word("hello")).append(co_await word("!"))
                        .size();
  std::printf("same=%d v=%d len=%zu\n", same, v, len);
  std::vector<std::string> names{"b", "a"};
  names.push_back((co_await from("c")).where("z").text);
  co_return names.back() + "|" + std::to_string(names.size());
}

int main() { std::printf("%s\n", drive(app()).c_str()); }
