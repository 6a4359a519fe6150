// A pull-based async sequence: a Paginator class with an async next() that
// fetches pages lazily, combinators (take_while, map) as classes wrapping
// another source, and a consumer loop "while (auto x = co_await src.next())".
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

template <class T> struct Source {
  virtual ~Source() = default;
  virtual asl::Task<std::optional<T>> next() = 0;
};

class Paginator : public Source<int> {
  int page_ = 0, pos_ = 0, pages_;
  std::vector<int> buf_;

public:
  int fetched = 0;
  explicit Paginator(int pages) : pages_(pages) {}
  ASL_ASYNC asl::Task<std::optional<int>> next() override {
    if (pos_ == static_cast<int>(buf_.size())) {
      if (page_ == pages_)
        co_return std::nullopt;
      co_await Hold{};
      ++fetched;
      buf_.clear();
      for (int i = 0; i < 3 + page_ % 2; ++i)
        buf_.push_back(page_ * 10 + i);
      ++page_;
      pos_ = 0;
    }
    co_return buf_[pos_++];
  }
};

template <class T, class F>
class Mapped : public Source<std::invoke_result_t<F, T>> {
  Source<T> &in_;
  F f_;

public:
  Mapped(Source<T> &in, F f) : in_(in), f_(std::move(f)) {}
  ASL_ASYNC asl::Task<std::optional<std::invoke_result_t<F, T>>>
  next() override {
    std::optional<T> v = co_await in_.next();
    if (!v)
      co_return std::nullopt;
    co_return f_(*v);
  }
};

template <class T, class P> class TakeWhile : public Source<T> {
  Source<T> &in_;
  P p_;
  bool done_ = false;

public:
  TakeWhile(Source<T> &in, P p) : in_(in), p_(std::move(p)) {}
  ASL_ASYNC asl::Task<std::optional<T>> next() override {
    if (done_)
      co_return std::nullopt;
    auto v = co_await in_.next();
    if (!v || !p_(*v)) {
      done_ = true;
      co_return std::nullopt;
    }
    co_return v;
  }
};

ASL_ASYNC asl::Task<std::string> drain(Source<std::string> &src) {
  std::string out;
  while (auto s = co_await src.next())
    out += *s + ",";
  co_return out;
}

ASL_ASYNC asl::Task<long> sum_all(Source<int> &src) {
  long s = 0;
  for (std::optional<int> v; (v = co_await src.next());)
    s += *v;
  co_return s;
}

int main() {
  Paginator p(5);
  TakeWhile<int, bool (*)(int)> tw(p, [](int v) { return v < 32; });
  auto fmt = [](int v) { return "<" + std::to_string(v) + ">"; };
  Mapped<int, decltype(fmt)> m(tw, fmt);
  auto t = drain(m);
  pump();
  std::printf("%s fetched %d\n", asl::sync_wait(std::move(t)).c_str(),
              p.fetched);
  Paginator q(4);
  auto t2 = sum_all(q);
  pump();
  std::printf("sum %ld fetched %d\n", asl::sync_wait(std::move(t2)), q.fetched);
}
