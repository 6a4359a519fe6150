// Checks that a lambda's closure or an object of a local class, which the
// machine cannot name and so does not lift, declared in a block after a
// lifted object with a destructor, is destroyed before that object, as
// natively (last declared first), also in a loop's body.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { std::printf("  move %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
};

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

ASL_ASYNC asl::Task<int> run() {
  int sum = 0;
  {
    Noisy a{1};
    for (int i = 0; i < 2; ++i) {
      Noisy c{10 + i};
      co_await later(i);
      auto h = [k = Noisy{20 + i}] { return k.id; };
      std::printf("h %d\n", h());
    }
    auto f = [n = Noisy{2}] { return n.id; };
    std::printf("f %d\n", f());
    struct Local {
      ~Local() { std::printf("  - local\n"); }
    } l;
    Noisy b{3};
    auto g = [m = Noisy{4}] { return m.id; };
    std::printf("g %d\n", g());
    sum = a.id + b.id;
  }
  co_return sum;
}

int main() {
  asl::Task<int> t = run();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
