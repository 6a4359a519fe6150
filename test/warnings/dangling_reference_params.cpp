// -Wasync-dangling: a reference parameter, or a pointer or reference into
// its object, read after a suspension point, when the caller's object may
// already be gone. The cases that must stay silent come first.
#include <asl/task.h>

#include <string>

struct Config {
  std::string name;
  int retries = 0;
};

// Silent: the reference is used only before the first await, in the
// await's own operand (evaluated before it suspends) and unevaluated; n is
// a copy.
ASL_ASYNC asl::Task<int> before_only(asl::Event &ready, const std::string &key,
                                     int n) {
  int size = static_cast<int>(key.size());
  co_await ready;
  co_return size + n + static_cast<int>(sizeof(key) - sizeof(std::string));
}

ASL_ASYNC asl::Task<int> after_await(asl::Event &ready,
                                     const std::string &key) {
  co_await ready;
  co_return static_cast<int>(key.size()) + static_cast<int>(key.size());
}
// expect-warning: 26:30: warning: reference parameter 'key' is used after a
//   suspension point; the caller's object it refers to may be gone when the
//   function resumes [-Wasync-dangling]
// expect-note: 25:3: note: the function may suspend here, before the use

// The pointer inherits the risk; config itself is not read after the await.
ASL_ASYNC asl::Task<int> derived(asl::Event &ready, Config &config) {
  const int *retries = &config.retries;
  co_await ready;
  co_return *retries;
}
// expect-warning: 37:14: warning: 'retries' points into the object of
//   reference parameter 'config' and is used after a suspension point
// expect-note: 36:3: note: the function may suspend here, before the use

// In a loop, a use before the await runs again after it.
ASL_ASYNC asl::Task<int> in_loop(asl::Event &tick, const int &step, int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) {
    total += step;
    co_await tick;
  }
  co_return total;
}
// expect-warning: 47:14: warning: reference parameter 'step' is used after
// expect-warning: 48:14: warning: reference parameter 'tick' is used after
// expect-note: 48:5: note: the loop may suspend here; its next iteration uses
//   it after resuming

// A template is checked in each specialization, and warns once.
template <class T>
ASL_ASYNC asl::Task<T> later(asl::Event &ready, const T &value) {
  co_await ready;
  co_return value;
}
// expect-warning: 61:13: warning: reference parameter 'value' is used after a
//   suspension point; the caller's object it refers to may be gone when the
//   function resumes [-Wasync-dangling]
// expect-note: 60:3: note: the function may suspend here, before the use

int main() {
  asl::Event ready, tick;
  std::string key = "abc";
  Config config{"c", 3};
  int step = 2;
  asl::Task<int> a = before_only(ready, key, 1);
  asl::Task<int> b = after_await(ready, key);
  asl::Task<int> c = derived(ready, config);
  asl::Task<int> d = in_loop(tick, step, 2);
  double half = 0.5;
  asl::Task<int> e = later(ready, step);
  asl::Task<double> f = later(ready, half);
  ready.set();
  tick.set();
  return asl::sync_wait(std::move(a)) + asl::sync_wait(std::move(b)) +
                 asl::sync_wait(std::move(c)) + asl::sync_wait(std::move(d)) +
                 asl::sync_wait(std::move(e)) + asl::sync_wait(std::move(f)) >
             0
             ? 0
             : 1;
}
