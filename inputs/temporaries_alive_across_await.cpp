// Checks temporaries of a full-expression that are alive across an await: an
// argument built before an await in a later argument, temporaries left of an
// awaited << operand, and those the awaited call itself reads after resuming,
// all live to the end of the statement and die in reverse order of creation.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::cout << "  suspend " << value << "\n";
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
struct Noisy {
  std::string name;
  Noisy(const char *n) : name(n) { std::cout << "  make " << name << "\n"; }
  Noisy(const Noisy &) = delete;
  ~Noisy() { std::cout << "  drop " << name << "\n"; }
  const std::string &text() const { return name; }
};

static void show(const Noisy &a, int n) {
  std::cout << "  show(" << a.text() << ", " << n << ")\n";
}
static void show2(const Noisy &a, int n, const Noisy &b, int m) {
  std::cout << "  show2(" << a.text() << n << b.text() << m << ")\n";
}
static std::size_t measure(std::string s, int n) { return s.size() + n; }

ASL_ASYNC asl::Task<int> lookup(const Noisy &key) {
  co_await Later{0};
  std::cout << "  lookup reads " << key.text() << " after resuming\n";
  co_return static_cast<int>(key.text().size());
}

ASL_ASYNC asl::Task<int> run() {
  show(Noisy("first"), co_await Later{1});
  std::cout << "-- next\n";
  show2(Noisy("a"), co_await Later{2}, Noisy("b"), co_await Later{3});
  std::cout << "-- next\n";
  std::size_t m = measure(Noisy("str").text() + "!", co_await Later{4});
  std::cout << "m=" << m << "\n";
  std::cout << "left " << Noisy("left").text() << " " << co_await Later{5}
            << "\n";
  int k = co_await lookup(Noisy("key")) + co_await lookup(Noisy("key2"));
  std::cout << "k=" << k << "\n";
  co_return k;
}

int main() {
  asl::Task<int> t = run();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::cout << "result " << asl::sync_wait(std::move(t)) << "\n";
}
