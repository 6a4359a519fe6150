#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

// A report generator that formats with std::ostringstream across awaits:
// << chains whose operands await (left to right), manipulators between
// awaited operands, a stream held across awaits in a loop, str() of an
// awaited stream-building call, and a custom operator<< for a class
// printed from an awaited value.

struct Money {
  long cents;
};
static std::ostream &operator<<(std::ostream &os, const Money &m) {
  return os << (m.cents < 0 ? "-" : "") << '$' << std::abs(m.cents) / 100
            << '.' << std::setw(2) << std::setfill('0')
            << std::abs(m.cents) % 100 << std::setfill(' ');
}

static int g_seq = 0;
ASL_ASYNC asl::Task<Money> price(const std::string &item) {
  int s = ++g_seq;
  long c = co_await later(static_cast<long>(item.size()) * 199 - 300);
  co_return Money{c + s};
}
ASL_ASYNC asl::Task<int> qty(const std::string &item) {
  int s = ++g_seq;
  co_return co_await later(static_cast<int>(item[0] % 5) + s);
}

ASL_ASYNC asl::Task<std::string> line(const std::string &item) {
  std::ostringstream os;
  os << std::left << std::setw(8) << item << std::right << std::setw(4)
     << co_await qty(item) << " x " << co_await price(item);
  co_return os.str();
}

ASL_ASYNC asl::Task<std::string> report(std::vector<std::string> items) {
  std::ostringstream os;
  os << "REPORT " << co_await later(std::string("Q3")) << '\n';
  long total = 0;
  for (const auto &it : items) {
    Money m = co_await price(it);
    total += m.cents;
    os << (co_await line(it)) << " = " << m << '\n';
  }
  os << "TOTAL " << Money{total} << " seq " << g_seq << " "
     << co_await qty("zz") << " " << g_seq << '\n';
  co_return os.str();
}

int main() {
  asl::Task<std::string> t = report({"apple", "kiwi", "ab", "durian"});
  drain();
  std::printf("%s", asl::sync_wait(std::move(t)).c_str());
}
