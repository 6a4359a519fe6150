// Checks several awaits in one full-expression: in a call's arguments, in
// binary operators and << chains, a member call on an awaited result, and
// co_return f(co_await a, co_await b); operands run left to right, as clang does.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

template <class T> struct Later { // yields `value` after a real suspension
  T value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::cout << "  suspend for " << value << "\n";
    pending = [h] { h.resume(); };
  }
  T await_resume() { return value; }
};

static Later<int> num(int v) { return {v}; }
static Later<std::string> word(const char *w) { return {w}; }
static int next_id() {
  static int id = 0;
  std::cout << "  next_id\n";
  return ++id;
}
static std::string concat(const std::string &a, const std::string &b,
                          const std::string &c) {
  return a + b + c;
}
static int combine(int a, int b) { return a * 10 + b; }

ASL_ASYNC asl::Task<int> twice(asl::Event &go, int v) {
  co_await go;
  co_return 2 * v;
}

ASL_ASYNC asl::Task<int> demo(asl::Event &go) {
  int s = co_await num(1) + co_await num(2) * co_await num(3);
  std::cout << "s=" << s << "\n";
  std::string j = concat(co_await word("x"), std::string("-"), co_await word("y"));
  std::cout << "j=" << j << "\n";
  std::size_t n = (co_await word("hello")).size();
  std::cout << "n=" << n << "\n";
  std::string ab = (co_await word("ab")).append(co_await word("cd"));
  std::cout << "ab=" << ab << "\n";
  std::cout << "chain " << co_await num(4) << " " << co_await twice(go, 5)
            << " " << next_id() << "\n";
  int r = combine(next_id(), co_await num(6)) - co_await twice(go, 1);
  std::cout << "r=" << r << "\n";
  co_return combine(co_await num(7), co_await twice(go, 4));
}

int main() {
  asl::Event go;
  asl::Task<int> t = demo(go);
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
    if (!go.is_set() && pending == nullptr) {
      std::cout << "  set go\n";
      go.set();
    }
  }
  std::cout << "result " << asl::sync_wait(std::move(t)) << "\n";
}
