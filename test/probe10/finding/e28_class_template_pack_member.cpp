// e28: an async member function template with a parameter pack in a class
// template (a logger that formats each argument after an await), called
// with several packs; a static async member of the same template.
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

template <class Sink> class Logger {
public:
  explicit Logger(Sink s) : sink_(std::move(s)) {}
  template <class... Args> ASL_ASYNC asl::Task<int> emit(Args... args) {
    std::string line = prefix_;
    ((line += " " + fmt(args) + ":" +
              std::to_string(co_await later(static_cast<int>(sizeof(args))))),
     ...);
    sink_(line);
    co_return static_cast<int>(sizeof...(Args));
  }
  static ASL_ASYNC asl::Task<std::string> tagged(std::string s) {
    co_await now(0);
    co_return "<" + s + ">";
  }

private:
  static std::string fmt(int v) { return std::to_string(v); }
  static std::string fmt(const std::string &v) { return v; }
  static std::string fmt(char c) { return std::string(1, c); }
  Sink sink_;
  std::string prefix_ = "log";
};

struct Print {
  void operator()(const std::string &s) const {
    std::printf("%s\n", s.c_str());
  }
};

ASL_ASYNC asl::Task<int> app() {
  Logger<Print> log{Print{}};
  int n = co_await log.emit(1, std::string("two"), 'c');
  n += co_await log.emit();
  n += co_await log.emit(co_await Logger<Print>::tagged("x"), 5);
  co_return n;
}

int main() { std::printf("result %d\n", drive(app())); }
