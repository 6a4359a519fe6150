// e17: catch (...) keeps std::current_exception() in a local, awaits, then
// rethrows with std::rethrow_exception; a handler that rethrows with
// `throw;` caught two frames up; nested exceptions across awaits.
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

struct Err : std::runtime_error {
  int code;
  Err(const char *m, int c) : std::runtime_error(m), code(c) {}
};

ASL_ASYNC asl::Task<int> risky(int n) {
  Tr t("risky" + std::to_string(n));
  co_await later(n);
  if (n % 2)
    throw Err("odd", n);
  co_return n;
}

ASL_ASYNC asl::Task<int> middle(int n) {
  std::exception_ptr saved;
  int got = 0;
  try {
    got = co_await risky(n);
  } catch (...) {
    saved = std::current_exception();
    std::printf("middle saved\n");
  }
  Tr cleanup("cleanup");
  co_await later(100 + n);
  if (saved) {
    std::printf("middle rethrows\n");
    std::rethrow_exception(saved);
  }
  co_return got;
}

ASL_ASYNC asl::Task<int> upper(int n) {
  try {
    co_return co_await middle(n);
  } catch (const Err &e) {
    std::printf("upper sees %d\n", e.code);
    throw;
  }
}

ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  for (int i = 2; i <= 5; ++i) {
    std::exception_ptr wrapped;
    try {
      s += co_await upper(i);
    } catch (const std::runtime_error &e) {
      std::printf("app caught %s\n", e.what());
      try {
        std::throw_with_nested(std::logic_error("wrap"));
      } catch (const std::logic_error &) {
        wrapped = std::current_exception();
      }
    }
    if (wrapped) {
      co_await later(0);
      try {
        std::rethrow_exception(wrapped);
      } catch (const std::logic_error &w) {
        try {
          std::rethrow_if_nested(w);
        } catch (const Err &inner) {
          s += inner.code * 100;
        }
      }
    }
  }
  co_return s;
}

int main() { std::printf("result %d\n", drive(app())); }
