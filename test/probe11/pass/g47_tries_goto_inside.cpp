// g47: resume points inside nested try blocks: a goto backwards to a
// label inside the same try across awaits, continue from inside a try
// to a for increment that awaits, an exception after a resumption in the
// innermost try caught by the middle handler, then more awaits in the
// outer try; break out of a try inside a switch inside a loop.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
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

ASL_ASYNC asl::Task<int> run() {
  int s = 0;
  try {
    int n = 3;
    try {
    again:
      Tr t("again" + std::to_string(n));
      s += co_await later(n);
      if (--n > 0)
        goto again;
      try {
        co_await later(50);
        throw std::runtime_error("inner");
      } catch (const std::logic_error &) {
        std::printf("wrong\n");
      }
    } catch (const std::runtime_error &e) {
      std::printf("middle %s\n", e.what());
      s += 1000;
    }
    s += co_await later(60);
    for (int i = 0; i < 5; i += co_await later(1)) {
      try {
        if (i % 2)
          continue;
        s += co_await later(i);
      } catch (...) {
      }
    }
    for (int i = 0;; ++i) {
      switch (i) {
      case 0:
        try {
          co_await later(70);
          break;
        } catch (...) {
        }
        std::printf("not reached\n");
        break;
      default:
        try {
          if (co_await later(i) > 2)
            goto out;
        } catch (...) {
        }
      }
    }
  out:
    throw Tr("outer");
  } catch (const Tr &t) {
    std::printf("outer %s\n", t.n.c_str());
  }
  co_return s;
}
int main() { std::printf("%d\n", drive(run())); }
