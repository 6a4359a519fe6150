// e65: a C#-style event with async subscribers: handlers stored as
// std::function returning tasks, raised in order, each awaited; one
// handler unsubscribes another during the raise; one throws and the raise
// collects the exception and rethrows it after the rest ran.
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

class Event2 {
public:
  using Handler = std::function<asl::Task<void>(int)>;
  int subscribe(Handler h) {
    hs_.emplace_back(next_, std::move(h));
    return next_++;
  }
  void unsubscribe(int id) {
    for (auto &p : hs_)
      if (p.first == id)
        p.second = nullptr;
  }
  ASL_ASYNC asl::Task<int> raise(int arg) {
    std::exception_ptr first;
    int ran = 0;
    for (std::size_t i = 0; i < hs_.size(); ++i) {
      Handler h = hs_[i].second;
      if (!h)
        continue;
      try {
        co_await h(arg);
        ++ran;
      } catch (...) {
        if (!first)
          first = std::current_exception();
      }
    }
    if (first)
      std::rethrow_exception(first);
    co_return ran;
  }

private:
  std::vector<std::pair<int, Handler>> hs_;
  int next_ = 1;
};

ASL_ASYNC asl::Task<int> app() {
  Event2 ev;
  int total = 0;
  int victim = 0;
  ev.subscribe([&total](int a) -> asl::Task<void> {
    total += co_await later(a);
  });
  ev.subscribe([&ev, &victim](int a) -> asl::Task<void> {
    co_await now(a);
    if (a > 1)
      ev.unsubscribe(victim);
  });
  victim = ev.subscribe([&total](int a) -> asl::Task<void> {
    Tr t("victim");
    total += 100 * co_await later(a);
  });
  ev.subscribe([](int a) -> asl::Task<void> {
    co_await later(a);
    if (a == 2)
      throw std::runtime_error("handler failed");
  });
  for (int a = 1; a <= 3; ++a) {
    try {
      int ran = co_await ev.raise(a);
      std::printf("raise %d ran %d\n", a, ran);
    } catch (const std::exception &e) {
      std::printf("raise %d threw %s\n", a, e.what());
    }
  }
  co_return total;
}

int main() { std::printf("result %d\n", drive(app())); }
