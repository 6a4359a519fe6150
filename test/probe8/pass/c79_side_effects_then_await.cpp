// c79: a side effect on a variable sequenced (by C++17) before an await
// whose operand reads it: `os << i++ << co_await f(i)`, `x += co_await
// f(x++)`, `(i++, co_await f(i))`, `i++ && co_await ...`, `i++ ? ... : ...`.
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


#include <sstream>

ASL_ASYNC asl::Task<std::string> app() {
  std::ostringstream os;
  int i = 0;
  os << i++ << "," << co_await later(i) << "," << i;
  int x = 0;
  x = co_await later(x++);
  os << " x=" << x;
  int y = 5;
  y += co_await later(y++);
  os << " y=" << y;
  int arr[4] = {0, 0, 0, 0};
  int k = 0;
  arr[k] = (k++, co_await now(k));
  os << " arr0=" << arr[0] << " k=" << k;
  int j = 0;
  bool b = j++ && co_await flag("never", true);
  bool c = j++ && co_await flag("once", true);
  os << " b=" << b << " c=" << c << " j=" << j;
  int t = j++ ? co_await later(j) : -1;
  os << " t=" << t;
  std::vector<int> v;
  v.push_back(j++);
  v.push_back(co_await now(j));
  int p = 1, q = 2;
  p = q = co_await later(q++);
  os << " v=" << v[0] << v[1] << " p=" << p << " q=" << q;
  std::string s = "a";
  s += (s += "b", co_await word(s));
  os << " s=" << s;
  co_return os.str();
}

int main() { std::printf("%s\n", drive(app()).c_str()); }
