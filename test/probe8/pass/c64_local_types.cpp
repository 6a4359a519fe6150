// c64: a class and an enum declared in the async function's body, with
// member functions, living across awaits; a local struct array; a lambda
// stored in a local and called after awaits.
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


ASL_ASYNC asl::Task<int> app() {
  enum class Mode { Read, Write };
  struct Op {
    Mode mode;
    std::string key;
    int val;
    std::string show() const {
      return (mode == Mode::Read ? "R " : "W ") + key + "=" +
             std::to_string(val);
    }
  };
  Op ops[3] = {{Mode::Write, "a", 1}, {Mode::Read, "a", 0},
               {Mode::Write, "b", 2}};
  std::map<std::string, int> db;
  auto apply = [&db](Op &op) {
    if (op.mode == Mode::Write)
      db[op.key] = op.val;
    else
      op.val = db[op.key];
  };
  for (Op &op : ops) {
    op.val += co_await later(op.val);
    apply(op);
    std::printf("%s\n", op.show().c_str());
  }
  Op last{Mode::Read, co_await word("b"), 0};
  co_await later(9);
  apply(last);
  std::printf("%s\n", last.show().c_str());
  co_return last.val;
}

int main() { std::printf("r=%d\n", drive(app())); }
