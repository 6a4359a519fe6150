// d58: multiple inheritance: a derived class's async member awaiting async
// members of both bases (one virtual), through `this` and qualified names.
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


struct Reader {
  int reads = 0;
  ASL_ASYNC virtual asl::Task<std::string> read() {
    ++reads;
    co_return co_await word("r");
  }
  virtual ~Reader() = default;
};
struct Writer {
  std::string sink;
  ASL_ASYNC asl::Task<void> write(std::string s) {
    co_await later(static_cast<int>(s.size()));
    sink += s;
  }
};
struct Pipe : Reader, Writer {
  ASL_ASYNC asl::Task<std::string> read() override {
    co_return "[" + co_await Reader::read() + "]";
  }
  ASL_ASYNC asl::Task<int> pump_n(int n) {
    for (int i = 0; i < n; ++i)
      co_await write(co_await read() + std::to_string(i));
    co_return reads;
  }
};

ASL_ASYNC asl::Task<int> app() {
  Pipe p;
  Reader &r = p;
  int n = co_await p.pump_n(2);
  std::string x = co_await r.read();
  std::printf("n=%d x=%s sink=%s\n", n, x.c_str(), p.sink.c_str());
  co_return p.reads;
}

int main() { std::printf("%d\n", drive(app())); }
