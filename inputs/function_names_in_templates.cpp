// __func__ and __PRETTY_FUNCTION__ in specializations of async templates
// (function templates, members of class templates) and in coroutine lambdas
// give what the native build gives, `[T = int]` included: each
// specialization's machine is written from its instantiated body, so each
// gets its own string; move_next() never shows.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

template <class T> ASL_ASYNC asl::Task<T> twice(T x) {
  std::printf("%s: %s\n", __func__, __PRETTY_FUNCTION__);
  co_await ready;
  std::printf("%s resumed\n", __FUNCTION__);
  co_return x + x;
}

template <class T> struct Box {
  T value;
  ASL_ASYNC asl::Task<T> get() const {
    co_await ready;
    std::printf("%s: %s\n", __func__, __PRETTY_FUNCTION__);
    co_return value;
  }
};

ASL_ASYNC asl::Task<int> run() {
  auto named = [](int n) -> asl::Task<int> {
    co_await ready;
    std::printf("lambda %s\n", __func__);
    co_return n;
  };
  int a = co_await twice(2);
  double b = co_await twice(1.25);
  int c = co_await Box<int>{7}.get();
  int d = co_await named(5);
  std::printf("%s: %d %g %d %d\n", __func__, a, b, c, d);
  co_return a + c + d;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
