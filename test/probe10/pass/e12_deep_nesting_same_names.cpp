// e12: deep nesting of scopes with a local `x` (Tr) and `n` (int) in
// each, awaits at every depth, breaks and continues leaving several
// scopes, and a `goto` out of four of them.
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

ASL_ASYNC asl::Task<int> app() {
  Tr x("x0");
  int n = co_await now(1);
  for (int i = 0; i < 3; ++i) {
    Tr x("x1." + std::to_string(i));
    int n = co_await later(i) + 10;
    {
      Tr x("x2");
      int n2 = n;
      if (i == 1) {
        Tr x("x3");
        int n = co_await later(n2 * 2);
        while (n > 0) {
          Tr x("x4." + std::to_string(n));
          n = co_await now(n - 12);
          if (n > 8)
            continue;
          {
            Tr x("x5");
            int n = co_await later(99);
            std::printf("deep %d\n", n);
            if (n == 99)
              goto out;
          }
        }
      }
      std::printf("n %d x %s\n", n, x.n.c_str());
    }
    if (i == 2)
      break;
  }
out:
  std::printf("out n %d x %s\n", n, x.n.c_str());
  {
    Tr x("again");
    int n = co_await later(5);
    {
      Tr x("again2");
      n += co_await later(6);
    }
    std::printf("again %d\n", n);
  }
  co_return n;
}

int main() { std::printf("result %d\n", drive(app())); }
