// d38: a retry loop in C# style: try around awaits, an exception filter
// done with `if (...) throw;` in the handler, continue to the next attempt
// with a delay awaited after the handler, a finally-like RAII guard.
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


struct HttpError {
  int status;
};
static int attempt_no = 0;
ASL_ASYNC asl::Task<std::string> get(std::string url) {
  ++attempt_no;
  co_await later(attempt_no);
  if (attempt_no < 3)
    throw HttpError{503};
  if (url == "bad")
    throw HttpError{404};
  co_return "body of " + url;
}
struct Finally {
  const char *what;
  ~Finally() { std::printf("finally %s\n", what); }
};

ASL_ASYNC asl::Task<std::string> fetch(std::string url) {
  for (int tries = 0;; ++tries) {
    Finally f{"attempt"};
    bool retry = false;
    try {
      co_return co_await get(url);
    } catch (const HttpError &e) {
      if (e.status != 503)
        throw;
      std::printf("retry after %d\n", e.status);
      retry = true;
    }
    if (retry)
      co_await later(100 + tries);
  }
}

ASL_ASYNC asl::Task<int> app() {
  std::string a = co_await fetch("ok");
  std::printf("%s\n", a.c_str());
  try {
    co_await fetch("bad");
  } catch (const HttpError &e) {
    std::printf("gave up %d\n", e.status);
  }
  co_return attempt_no;
}

int main() { std::printf("%d\n", drive(app())); }
