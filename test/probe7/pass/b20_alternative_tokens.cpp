// Alternative tokens and digraphs around awaits: `and`, `or`, `not`,
// `bitand`, `bitor`, `xor`, `compl`, `not_eq`, `and_eq`/`or_eq`, and the
// digraphs <% %> <: :>, with awaits as operands (short-circuit kept).
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<int> alt(int v) <%
  int arr<:3:> = <%1, 2, 3%>;
  bool both = co_await yes("l", v > 0) and co_await yes("r", v > 1);
  bool either = co_await yes("e1", v == 0) or co_await yes("e2", v == 5);
  bool neg = not co_await yes("n", v != 2);
  int bits = (co_await num("b1", v) bitand 0b110) bitor
             (co_await num("b2", 1) xor 3);
  int c = compl co_await num("c", v);
  bool ne = co_await num("ne", v) not_eq 5;
  unsigned flags = 1;
  flags or_eq static_cast<unsigned>(co_await num("oe", 8));
  flags and_eq 0xF;
  flags xor_eq 2;
  arr<:co_await num("idx", 1):> += 10;
  std::printf("v=%d both=%d either=%d neg=%d bits=%d c=%d ne=%d flags=%u "
              "arr=%d\n",
              v, both, either, neg, bits, c, ne, flags, arr<:1:>);
  co_return arr<:1:>;
%>

int main() {
  for (int v : {0, 2, 5}) {
    auto t = alt(v);
    pump();
    std::printf("-> %d\n", asl::sync_wait(std::move(t)));
  }
}
