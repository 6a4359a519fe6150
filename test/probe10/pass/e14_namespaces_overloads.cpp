// e14: overloads of the same name in nested and inline namespaces, static
// and const async members named like free functions, forward
// declarations defined later; each prints its qualified identity.
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

namespace svc {
inline namespace v2 {
ASL_ASYNC asl::Task<int> get(int k);
ASL_ASYNC asl::Task<int> get(const std::string &k);
} // namespace v2
namespace v1 {
ASL_ASYNC asl::Task<int> get(int k) {
  co_await later(k);
  std::printf("v1::get(int)\n");
  co_return k;
}
} // namespace v1
struct Repo {
  int base = 100;
  static ASL_ASYNC asl::Task<int> get(int k);
  ASL_ASYNC asl::Task<int> get(long k) const;
  ASL_ASYNC asl::Task<int> get(double d);
};
} // namespace svc

ASL_ASYNC asl::Task<int> svc::v2::get(int k) {
  int v = co_await later(k + 1);
  std::printf("v2::get(int)\n");
  co_return v;
}
ASL_ASYNC asl::Task<int> svc::v2::get(const std::string &k) {
  std::string c = k;
  int v = co_await later(static_cast<int>(c.size()));
  std::printf("v2::get(string %s)\n", c.c_str());
  co_return v;
}
ASL_ASYNC asl::Task<int> svc::Repo::get(int k) {
  co_await now(k);
  std::printf("Repo::get static\n");
  co_return -k;
}
ASL_ASYNC asl::Task<int> svc::Repo::get(long k) const {
  int v = co_await later(k);
  std::printf("Repo::get const %d\n", base);
  co_return v + base;
}
ASL_ASYNC asl::Task<int> svc::Repo::get(double d) {
  base += co_await later(static_cast<int>(d));
  std::printf("Repo::get double\n");
  co_return base;
}

ASL_ASYNC asl::Task<int> app() {
  int a = co_await svc::get(1);
  int b = co_await svc::v1::get(2);
  int c = co_await svc::get(std::string("four"));
  int d = co_await svc::Repo::get(3);
  svc::Repo r;
  const svc::Repo &cr = r;
  int e = co_await r.get(2.0);
  int f = co_await cr.get(4L);
  using namespace svc;
  int g = co_await get(5);
  std::printf("%d %d %d %d %d %d %d\n", a, b, c, d, e, f, g);
  co_return a + b + c + d + e + f + g;
}

int main() { std::printf("result %d\n", drive(app())); }
