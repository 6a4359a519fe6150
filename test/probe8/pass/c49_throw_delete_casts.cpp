// c49: awaits as the operand of throw, of casts (static, dynamic, const,
// functional), of a call through an awaited polymorphic pointer, of unary
// operators; a thrown object built from awaited parts.
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


#include <typeinfo>

struct Base {
  virtual ~Base() = default;
  virtual int id() const { return 1; }
};
struct Derived : Base {
  int id() const override { return 2; }
};
struct Err {
  std::string what;
  int code;
};

static Derived the_derived;

ASL_ASYNC asl::Task<Base *> base(bool d) {
  co_await later(d);
  static Base b;
  co_return d ? static_cast<Base *>(&the_derived) : &b;
}

ASL_ASYNC asl::Task<int> app() {
  int r = 0;
  try {
    throw Err{co_await word("bad"), co_await later(7)};
  } catch (const Err &e) {
    std::printf("caught %s %d\n", e.what.c_str(), e.code);
    r += e.code;
  }
  try {
    throw std::runtime_error(co_await word("rt"));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  Derived *d = dynamic_cast<Derived *>(co_await base(true));
  Derived *n = dynamic_cast<Derived *>(co_await base(false));
  Base *bp = co_await base(true);
  bool same = typeid(*bp) == typeid(Derived);
  double f = static_cast<double>(co_await later(3)) / 2;
  long l = long(co_await now(4));
  const int ci = 5;
  int &mut = const_cast<int &>(ci);
  (void)mut;
  std::printf("d=%d n=%d same=%d f=%.1f l=%ld id=%d\n", d != nullptr,
              n != nullptr, same, f, l, (co_await base(true))->id());
  co_return r + d->id();
}

int main() { std::printf("r=%d\n", drive(app())); }
