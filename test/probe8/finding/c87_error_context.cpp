// c87: an error built up with context while a request runs (its fields
// filled between awaits), thrown at the end if anything failed, caught by
// the caller; the error type counts its copies as a logging type would.
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


struct RequestError {
  std::string where;
  std::vector<std::string> notes;
  RequestError() = default;
  RequestError(const RequestError &o) : where(o.where), notes(o.notes) {
    std::printf("RequestError copied\n");
  }
  RequestError(RequestError &&o) noexcept = default;
};

ASL_ASYNC asl::Task<bool> step(int i) {
  co_await later(i);
  co_return i % 2 == 0;
}

ASL_ASYNC asl::Task<int> request(int steps) {
  RequestError err;
  err.where = "request/" + std::to_string(steps);
  int ok = 0;
  for (int i = 0; i < steps; ++i) {
    if (co_await step(i))
      ++ok;
    else
      err.notes.push_back("step " + std::to_string(i) + " failed");
  }
  if (!err.notes.empty())
    throw err;
  co_return ok;
}

ASL_ASYNC asl::Task<int> app() {
  int total = 0;
  for (int n : {1, 3}) {
    try {
      total += co_await request(n);
    } catch (const RequestError &e) {
      std::printf("%s: %zu notes, first: %s\n", e.where.c_str(),
                  e.notes.size(), e.notes.front().c_str());
    }
  }
  co_return total;
}

int main() { std::printf("total=%d\n", drive(app())); }
