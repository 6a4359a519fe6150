// A spreadsheet with async cell formulas: cells reference other cells, values
// are computed lazily and memoized, a reference cycle is detected through an
// "in progress" set and reported as #CYCLE, errors propagate as #ERR.
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

struct Sheet;
using Formula = std::function<asl::Task<double>(Sheet &)>;

struct CycleError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Sheet {
  std::map<std::string, Formula> cells;
  std::map<std::string, double> memo;
  std::set<std::string> busy;
  int evaluations = 0;

  ASL_ASYNC asl::Task<double> get(const std::string &name) {
    if (auto it = memo.find(name); it != memo.end())
      co_return it->second;
    if (!busy.insert(name).second)
      throw CycleError(name);
    auto f = cells.find(name);
    if (f == cells.end()) {
      busy.erase(name);
      throw std::out_of_range("no cell " + name);
    }
    ++evaluations;
    double v;
    try {
      v = co_await f->second(*this);
    } catch (...) {
      busy.erase(name);
      throw;
    }
    busy.erase(name);
    memo[name] = v;
    co_return v;
  }
};

Formula constant(double v) {
  return [v](Sheet &) -> asl::Task<double> { co_return v; };
}
Formula sum(std::vector<std::string> refs) {
  return [refs](Sheet &s) -> asl::Task<double> {
    double t = 0;
    for (const auto &r : refs)
      t += co_await s.get(r);
    co_return t;
  };
}
Formula ratio(std::string a, std::string b) {
  return [a, b](Sheet &s) -> asl::Task<double> {
    double den = co_await s.get(b);
    if (den == 0)
      throw std::domain_error("div0 in " + a + "/" + b);
    co_return co_await s.get(a) / den;
  };
}

ASL_ASYNC asl::Task<std::string> show(Sheet &s, std::string name) {
  std::ostringstream os;
  os << name << " = ";
  try {
    os << co_await s.get(name);
  } catch (const CycleError &e) {
    os << "#CYCLE(" << e.what() << ")";
  } catch (const std::exception &e) {
    os << "#ERR(" << e.what() << ")";
  }
  co_return os.str();
}

int main() {
  Sheet s;
  s.cells["A1"] = constant(10);
  s.cells["A2"] = constant(32);
  s.cells["A3"] = sum({"A1", "A2"});
  s.cells["B1"] = ratio("A3", "A1");
  s.cells["B2"] = ratio("A3", "Z0");
  s.cells["Z0"] = constant(0);
  s.cells["C1"] = sum({"C2", "A1"});
  s.cells["C2"] = sum({"C3"});
  s.cells["C3"] = sum({"C1"});
  s.cells["D1"] = sum({"A3", "B1", "Q9"});
  for (const char *c : {"A3", "B1", "B2", "C1", "C3", "D1", "A3"}) {
    auto t = show(s, c);
    std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
  }
  std::printf("evaluations %d memo %zu busy %zu\n", s.evaluations,
              s.memo.size(), s.busy.size());
}
