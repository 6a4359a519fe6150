// Checks a named std::initializer_list built from a braced list that lives
// across awaits. Natively its backing array lives as long as the list; the
// lowering keeps the array in the machine and makes the list point to it.
// Shows ints read after several awaits, `auto` deduction, a class that
// prints when it is built and destroyed (elements built in place, once, in
// order; destroyed, last first, where the list's scope ends, between the
// locals declared around it), a list in a loop (one array per iteration),
// elements that await, an element constructor that throws, and a task
// destroyed while suspended in the list's scope.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 20; }
};

struct Noisy {
  int id;
  Noisy(int i) : id(i) {
    if (i == 13)
      throw std::runtime_error("unlucky");
    std::printf("  +%d\n", id);
  }
  Noisy(const Noisy &other) : id(other.id + 100) {
    std::printf("  copy +%d\n", id);
  }
  ~Noisy() { std::printf("  -%d\n", id); }
};

int sum(std::initializer_list<int> xs) {
  int s = 0;
  for (int x : xs)
    s += x;
  return s;
}

ASL_ASYNC asl::Task<int> run() {
  int a = 10;
  std::initializer_list<int> xs = {1, 2, a};
  int r = co_await Pause{};
  a = 0;
  std::printf("ints %d (size %zu)\n", sum(xs), xs.size());
  r += co_await Pause{};
  std::printf("ints again %d, first %d\n", sum(xs), *xs.begin());

  auto words = {std::string("one"), std::string("two")};
  co_await Pause{};
  for (const std::string &w : words)
    std::printf("word %s\n", w.c_str());

  std::puts("scope:");
  {
    Noisy before(1);
    std::initializer_list<Noisy> ns = {Noisy(2), 3};
    Noisy after(4);
    co_await Pause{};
    for (const Noisy &n : ns)
      std::printf("  read %d\n", n.id);
  }

  std::puts("loop:");
  for (int i = 0; i < 2; ++i) {
    std::initializer_list<Noisy> each = {Noisy(30 + i), Noisy(40 + i)};
    co_await Pause{};
    std::printf("  iteration %d: %d %d\n", i, each.begin()->id,
                (each.begin() + 1)->id);
  }

  std::puts("awaiting elements:");
  {
    std::initializer_list<Noisy> zs = {Noisy(5), Noisy(co_await Pause{})};
    co_await Pause{};
    std::printf("  %d %d\n", zs.begin()->id, (zs.end() - 1)->id);
    std::initializer_list<int> is = {co_await Pause{}, a, 3};
    std::printf("  ints %d\n", sum(is));
  }

  std::puts("throwing element:");
  try {
    std::initializer_list<Noisy> bad = {Noisy(6), Noisy(13), Noisy(7)};
    co_await Pause{};
    std::printf("not reached %zu\n", bad.size());
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  std::puts("throwing element after an awaiting one:");
  try {
    std::initializer_list<Noisy> bad = {Noisy(8), Noisy(co_await Pause{}),
                                        Noisy(13)};
    std::printf("not reached %zu\n", bad.size());
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  std::puts("leaving the scope by a jump:");
  for (int i = 0;; ++i) {
    std::initializer_list<Noisy> jumped = {Noisy(50 + i)};
    co_await Pause{};
    if (i == 1)
      break;
    std::printf("  continue after %d\n", jumped.begin()->id);
  }
  co_return r;
}

// Destroyed while suspended in the list's scope: the array dies once.
ASL_ASYNC asl::Task<int> abandoned() {
  std::initializer_list<Noisy> held = {Noisy(21), Noisy(22)};
  co_await Pause{};
  co_return static_cast<int>(held.size());
}

// Destroyed while suspended between two elements: the one built dies once.
ASL_ASYNC asl::Task<int> abandoned_while_building() {
  std::initializer_list<Noisy> held = {Noisy(23), Noisy(co_await Pause{})};
  co_return static_cast<int>(held.size());
}

int main() {
  auto t = run();
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));

  std::puts("abandoned:");
  {
    auto u = abandoned();
    std::puts("destroying the suspended task");
  }
  pending = nullptr;
  std::puts("abandoned while building:");
  {
    auto u = abandoned_while_building();
    std::puts("destroying the suspended task");
  }
  pending = nullptr;
  std::puts("done");
}
