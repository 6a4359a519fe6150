// e11: sixty awaits in one function: sequential statements, awaits in
// one long expression, in nested blocks with Tr locals, in a loop with
// an accumulator; every await's value printed at the end.
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
  int s = 0;
  Tr outer("outer");
  s += co_await later(0) * 1;
  s += co_await later(1) * 2;
  s += co_await later(2) * 3;
  s += co_await later(3) * 1;
  s += co_await later(4) * 2;
  s += co_await later(5) * 3;
  s += co_await later(6) * 1;
  s += co_await later(7) * 2;
  s += co_await later(8) * 3;
  s += co_await later(9) * 1;
  s += co_await later(10) * 2;
  s += co_await later(11) * 3;
  s += co_await later(12) * 1;
  s += co_await later(13) * 2;
  s += co_await later(14) * 3;
  s += co_await later(15) * 1;
  s += co_await later(16) * 2;
  s += co_await later(17) * 3;
  s += co_await later(18) * 1;
  s += co_await later(19) * 2;
  {
    Tr b1("b1");
    int v20 = co_await now(20);
    int v21 = co_await now(21);
    int v22 = co_await now(22);
    int v23 = co_await now(23);
    int v24 = co_await now(24);
    int v25 = co_await now(25);
    int v26 = co_await now(26);
    int v27 = co_await now(27);
    int v28 = co_await now(28);
    int v29 = co_await now(29);
    s += v20 + v21 + v22 + v23 + v24;
    s += v25 - v26 - v27 - v28 - v29;
    {
      Tr b2("b2");
      int e = co_await later(30) + co_await now(31) +
              co_await later(32) * co_await now(33) -
              co_await later(34) + (co_await later(35) ^
                                    co_await now(36));
      s += e;
    }
  }
  if (co_await later(37) % 2 == 0)
    s -= co_await now(2);
  if (co_await later(38) % 2 == 0)
    s -= co_await now(3);
  if (co_await later(39) % 2 == 0)
    s -= co_await now(4);
  if (co_await later(40) % 2 == 0)
    s -= co_await now(5);
  if (co_await later(41) % 2 == 0)
    s -= co_await now(6);
  if (co_await later(42) % 2 == 0)
    s -= co_await now(0);
  if (co_await later(43) % 2 == 0)
    s -= co_await now(1);
  if (co_await later(44) % 2 == 0)
    s -= co_await now(2);
  if (co_await later(45) % 2 == 0)
    s -= co_await now(3);
  if (co_await later(46) % 2 == 0)
    s -= co_await now(4);
  if (co_await later(47) % 2 == 0)
    s -= co_await now(5);
  if (co_await later(48) % 2 == 0)
    s -= co_await now(6);
  if (co_await later(49) % 2 == 0)
    s -= co_await now(0);
  std::string text;
  text += std::to_string(co_await later(50)) + ",";
  text += std::to_string(co_await later(51)) + ",";
  text += std::to_string(co_await later(52)) + ",";
  text += std::to_string(co_await later(53)) + ",";
  text += std::to_string(co_await later(54)) + ",";
  text += std::to_string(co_await later(55)) + ",";
  text += std::to_string(co_await later(56)) + ",";
  text += std::to_string(co_await later(57)) + ",";
  text += std::to_string(co_await later(58)) + ",";
  text += std::to_string(co_await later(59)) + ",";
  text += std::to_string(co_await later(60)) + ",";
  text += std::to_string(co_await later(61)) + ",";
  std::printf("text %s\n", text.c_str());
  co_return s;
}

int main() { std::printf("result %d\n", drive(app())); }
