// Unicode in async code: UTF-8 string literals kept across awaits, u8/u/U/L
// literals and their lengths, identifiers with non-ASCII letters (locals,
// a parameter, a function name, a struct member), and comments in other
// scripts (日本語, Ελληνικά).
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

struct Größe {
  int höhe, breite;
};

ASL_ASYNC asl::Task<int> fläche(Größe g) {
  co_await Hold{}; // 面積を計算する
  co_return g.höhe *g.breite;
}

ASL_ASYNC asl::Task<std::string> grüße(std::string name) {
  std::string café = "café ☕";
  int π_approx = 3;
  co_await Hold{}; // Ελληνικά σχόλια
  std::u16string u16 = u"žluťoučký";
  std::u32string u32 = U"🙂🙃";
  std::wstring w = L"wide ü";
  int größe = co_await fläche(Größe{2, π_approx});
  co_return "Grüß dich, " + name + "! " + café + " " + std::to_string(größe) +
      " " + std::to_string(u16.size()) + "/" + std::to_string(u32.size()) +
      "/" + std::to_string(w.size());
}

ASL_ASYNC asl::Task<void> main_task() {
  std::string ünïcödé = co_await grüße("Zoë");
  std::printf("%s (%zu bytes)\n", ünïcödé.c_str(), ünïcödé.size());
  std::string emoji = reinterpret_cast<const char *>(u8"\U0001F600 smile");
  co_await Hold{};
  std::printf("%s %zu\n", emoji.c_str(), emoji.size());
}

int main() {
  auto t = main_task();
  pump();
  asl::sync_wait(std::move(t));
}
