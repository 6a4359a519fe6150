// Comments and odd formatting in awkward places: inside await expressions,
// between co_await and its operand, between tokens of a declaration whose
// initializer awaits, line breaks everywhere, a co_return split over lines,
// and tabs.
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

ASL_ASYNC asl::Task<int> odd_layout(int v
                                    /* the input */) {
  int a = co_await /* before operand */ num("a", v) /* after operand */;
  int b = co_await
      // a line comment between co_await and its operand
      num("b", // a comment in the arguments
          /* inline */ 2);
  std::string /*type*/ s /*name*/ =
      /*init*/ co_await /**/ text("s"
                                  "glued" /* adjacent string literals */);
  int tabbed = co_await num("tab", 3);
  int c = (co_await num("c", 4)
           /* between operands */
           +
           // and another
           co_await num("d", 5));
  if (/*cond*/ co_await /*x*/ yes("if", true) /*y*/) /*then*/ {
    c += 1;
  } /*else*/ else {
    c -= 1;
  }
  co_await Hold{}; /* trailing */
  co_await Hold{}; // two on one line
  std::printf("%d %d %s %d %d\n", a, b, s.c_str(), tabbed, c);
  co_return a
      /* mid */
      + b + tabbed
      // end
      ;
}

ASL_ASYNC asl::Task<int> one_line(int x) {
  int y = co_await num("ol", x);
  co_await Hold{};
  co_return y * 2;
}

ASL_ASYNC
asl::Task<int> split_header(int x) { co_return co_await one_line(x); }

int main() {
  auto t = odd_layout(1);
  auto u = split_header(7);
  pump();
  std::printf("%d %d\n", asl::sync_wait(std::move(t)),
              asl::sync_wait(std::move(u)));
}
