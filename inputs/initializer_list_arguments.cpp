// Checks braced lists passed as a function's std::initializer_list argument
// before an await of the same full-expression (`co_await total({1, 2, a})`).
// Natively the list's backing array lives to the end of the
// full-expression, after the await, so an async callee may read it after it
// suspends; the lowering keeps the array in the machine until then. Shows
// ints, strings and a class that prints when it is built and destroyed
// (each element built in place, once, in order; all destroyed after the
// await, last first), an element that awaits, a list passed on through two
// async calls, an element constructor that throws (the elements built
// before it are destroyed), and a task destroyed while suspended there.
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

ASL_ASYNC asl::Task<int> total(std::initializer_list<int> xs) {
  co_await Pause{};
  int s = 0;
  for (int x : xs)
    s += x;
  co_return s;
}

ASL_ASYNC asl::Task<std::string> join(std::initializer_list<std::string> xs) {
  co_await Pause{};
  std::string out;
  for (const std::string &x : xs)
    out += x + ";";
  co_return out;
}

ASL_ASYNC asl::Task<int> ids(std::initializer_list<Noisy> xs) {
  co_await Pause{};
  int s = 0;
  for (const Noisy &x : xs) {
    std::printf("  read %d\n", x.id);
    s += x.id;
  }
  co_return s;
}

// The list is passed on: it still points to the first caller's array.
ASL_ASYNC asl::Task<int> outer(std::initializer_list<int> xs) {
  co_await Pause{};
  int s = co_await total(xs);
  co_return s + static_cast<int>(xs.size());
}

ASL_ASYNC asl::Task<int> one() {
  co_await Pause{};
  co_return 1;
}

int count(std::initializer_list<int> xs) { return static_cast<int>(xs.size()); }

// Reads its list after the caller's await in a later argument.
int sum_plus(std::initializer_list<Noisy> xs, int b) {
  int s = b;
  for (const Noisy &x : xs)
    s += x.id;
  return s;
}

ASL_ASYNC asl::Task<int> run() {
  int a = 10;
  int r = co_await total({1, 2, a});
  std::printf("ints %d\n", r);

  std::string s = "two";
  std::string joined = co_await join({std::string("one"), s, "three"});
  std::printf("strings %s\n", joined.c_str());

  std::puts("noisy:");
  r = co_await ids({Noisy(1), 2, Noisy(3)});
  std::printf("noisy %d\n", r);

  std::puts("an element awaits:");
  r = co_await ids({Noisy(4), Noisy(co_await one())}) + 1000;
  std::printf("awaited element %d\n", r);
  r = co_await total({co_await one(), 2, co_await one()});
  std::printf("awaited ints %d\n", r);

  r = co_await outer({5, 6, a});
  std::printf("two levels %d\n", r);

  r = count({1, 2}) + co_await total({3});
  std::printf("scalar call %d\n", r);

  std::puts("a later argument awaits:");
  r = sum_plus({Noisy(5), Noisy(6)}, co_await one());
  std::printf("later argument %d\n", r);

  std::puts("throwing element:");
  try {
    r = co_await ids({Noisy(7), Noisy(13), Noisy(8)});
    std::puts("not reached");
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  std::puts("throwing element after an awaiting one:");
  try {
    r = co_await ids({Noisy(9), Noisy(co_await one() + 9), Noisy(13)});
    std::puts("not reached");
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return r;
}

// Destroyed while suspended in the callee: the array dies once.
ASL_ASYNC asl::Task<int> abandoned() {
  int r = co_await ids({Noisy(21), Noisy(22)});
  co_return r;
}

// Destroyed while suspended between two elements: the one built dies once.
ASL_ASYNC asl::Task<int> abandoned_while_building() {
  int r = co_await ids({Noisy(23), Noisy(co_await one()), Noisy(24)});
  co_return r;
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
