// e05: a small actor: a mailbox channel of variant messages, a loop that
// receives until closed and replies through promises made of events; the
// sender awaits the replies in order.
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

struct Add {
  int n;
};
struct Get {
  asl::Event *done;
  int *out;
};
using Msg = std::variant<Add, Get, std::string>;

class Counter {
public:
  asl::Channel<Msg> box{8};
  ASL_ASYNC asl::Task<int> run() {
    int handled = 0;
    while (auto m = co_await box.receive()) {
      ++handled;
      if (auto *a = std::get_if<Add>(&*m)) {
        total_ += co_await now(a->n);
      } else if (auto *g = std::get_if<Get>(&*m)) {
        *g->out = total_;
        g->done->set();
      } else {
        std::printf("log %s\n", std::get<std::string>(*m).c_str());
      }
    }
    co_return handled;
  }

private:
  int total_ = 0;
};

ASL_ASYNC asl::Task<int> client(Counter &c) {
  int sum = 0;
  for (int i = 1; i <= 3; ++i) {
    co_await c.box.send(Add{i});
    co_await c.box.send(std::string("added ") + std::to_string(i));
    asl::Event done;
    int out = 0;
    co_await c.box.send(Get{&done, &out});
    co_await done;
    std::printf("total now %d\n", out);
    sum += out;
  }
  c.box.close();
  co_return sum;
}

int main() {
  Counter c;
  asl::Task<int> actor = c.run();
  asl::Task<int> cl = client(c);
  int s = asl::sync_wait(std::move(cl));
  int h = asl::sync_wait(std::move(actor));
  std::printf("sum %d handled %d\n", s, h);
}
