// Generic coroutine lambdas inside async members of class templates and
// async member templates: capturing 'this', a parameter by copy and a
// lifted local by reference, kept across the outer function's awaits and
// called with several argument types; one inside a non-generic coroutine
// lambda of an async function template; one in an async function template
// with a parameter pack that it does not name.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <string>
#include <utility>

// pause(tag) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<void> pause(const char *tag) {
  std::printf("  pause %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

template <class T> class Meter {
public:
  explicit Meter(T level) : level_(level) {}

  // An async member: [this] and a parameter by copy.
  ASL_ASYNC asl::Task<T> read(T scale) {
    auto scaled = [this, scale](auto amount) -> asl::Task<T> {
      co_await pause("scaled");
      level_ = level_ + static_cast<T>(amount) * scale;
      co_return level_;
    };
    co_await pause("read");
    T a = co_await scaled(1);
    T b = co_await scaled(0.5);
    co_return a + b;
  }

  // An async member template: [&] of a lifted local and the parameter.
  template <class U> ASL_ASYNC asl::Task<T> mix(U extra) {
    T sum = level_;
    auto add = [&](auto x, auto y) -> asl::Task<T> {
      co_await pause("add");
      sum = sum + static_cast<T>(x) + static_cast<T>(y) +
            static_cast<T>(extra);
      co_return sum;
    };
    T r = co_await add(1, 2);
    co_await pause("mix");
    r = r + co_await add(0.5, 'a' - 'a');
    co_return r;
  }

private:
  T level_;
};

// Inside a non-generic coroutine lambda of an async function template,
// which is not mutable: by copy what that lambda captures by copy (const
// there) and by reference.
template <class T> ASL_ASYNC asl::Task<T> layered(T base) {
  T step = base;
  auto outer = [base, &step](int times) -> asl::Task<T> {
    auto inner = [base, step](auto v) -> asl::Task<T> {
      co_await pause("inner");
      co_return base + step + static_cast<T>(v);
    };
    T sum = T();
    for (int i = 0; i < times; ++i)
      sum = sum + co_await inner(i) + co_await inner(0.5);
    co_return sum;
  };
  co_await pause("layered");
  co_return co_await outer(2);
}

// In an async function template with a parameter pack, not named by the
// lambda.
template <class T, class... Rest>
ASL_ASYNC asl::Task<T> packed(T first, Rest... rest) {
  T count = static_cast<T>(sizeof...(Rest));
  auto add = [&count](auto x) -> asl::Task<T> {
    co_await pause("packed");
    count = count + static_cast<T>(x);
    co_return count;
  };
  T r = co_await add(first);
  r = r + co_await add(1.5);
  co_return r + (T() + ... + static_cast<T>(rest));
}

int main() {
  Meter<int> mi(1);
  std::printf("Meter<int>::read = %d\n", drive(mi.read(2)));
  std::printf("Meter<int>::mix<int> = %d\n", drive(mi.mix(3)));
  std::printf("Meter<int>::mix<double> = %d\n", drive(mi.mix(0.5)));
  Meter<double> md(0.5);
  std::printf("Meter<double>::read = %g\n", drive(md.read(2.0)));
  std::printf("Meter<double>::mix<int> = %g\n", drive(md.mix(1)));
  std::printf("layered<int> = %d\n", drive(layered(3)));
  std::printf("layered<double> = %g\n", drive(layered(0.25)));
  std::printf("packed<int> = %d\n", drive(packed(1, 2, 3)));
  std::printf("packed<double> = %g\n", drive(packed(0.5)));
}
