// Checks coroutine lambdas inside coroutines: one kept in a local and awaited
// while the outer function is suspended, capturing lifted locals by reference
// (a renamed one and a reference among them) and by copy; one invoked at once
// in an awaited expression; an init-capture; in async member functions, one
// capturing this and one capturing *this (in a function defined out of
// line); a mutable one called twice; one inside a coroutine lambda; an
// exception thrown by one and caught by the outer function; the destruction
// of a suspended outer task with a kept closure; a global read by one whose
// name a later local takes; and, outside coroutines, lambdas capturing
// *this, mutable and not.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>

asl::Event first, second, never;

struct Noisy { // says when the closure's copy of it dies
  std::string name;
  Noisy(std::string n) : name(std::move(n)) {}
  Noisy(const Noisy &other) : name(other.name + "'") {}
  ~Noisy() { std::printf("  ~Noisy(%s)\n", name.c_str()); }
};

ASL_ASYNC asl::Task<int> kept(int base) {
  std::string label = "kept";
  int bump = 1;
  int &alias = bump;
  {
    int bump = 100; // a second 'bump': the field of the first is renamed
    co_await first;
    bump += 1;
    std::printf("inner bump %d\n", bump);
  }
  auto child = [&](int x) -> asl::Task<int> {
    co_await first;
    bump += x;
    alias += 10;
    co_return x + static_cast<int>(label.size());
  };
  int r = co_await child(2);
  auto copied = [base, label](int x) -> asl::Task<int> {
    co_await second;
    co_return base + x + static_cast<int>(label.size());
  };
  label = "changed"; // the closure keeps its copy
  co_await first;
  r += co_await copied(3);
  r += co_await child(1);
  std::printf("%s: r=%d bump=%d\n", label.c_str(), r, bump);
  co_return r;
}

ASL_ASYNC asl::Task<std::string> at_once(std::string word) {
  int n = 2;
  std::string got = co_await [word, &n](std::string tail) -> asl::Task<std::string> {
    co_await second;
    std::string out;
    for (int i = 0; i < n; ++i)
      out += word;
    co_return out + tail;
  }("!");
  auto tagged = [tag = word + ":", count = n * 10](int k) -> asl::Task<std::string> {
    co_await first;
    co_return tag + std::to_string(count + k);
  };
  co_return got + " " + co_await tagged(1);
}

class Counter {
public:
  ASL_ASYNC asl::Task<int> add(int by) {
    auto step = [this, by]() -> asl::Task<int> {
      co_await first;
      total_ += by;
      co_return this->total_;
    };
    int a = co_await step();
    int b = co_await step();
    co_return a + b;
  }
  ASL_ASYNC asl::Task<int> snap();
  int copies() { // [*this] outside a coroutine, mutable and not
    auto read = [*this]() -> asl::Task<int> {
      co_await first;
      co_return total_;
    };
    auto bump = [*this]() mutable -> asl::Task<int> {
      total_ += 1000;
      co_await first;
      co_return total_;
    };
    total_ = -1;
    int x = asl::sync_wait(read());
    int y = asl::sync_wait(bump());
    int z = asl::sync_wait(bump());
    return x + y + z + total_;
  }
  int total_ = 1;
};

ASL_ASYNC asl::Task<int> Counter::snap() {
  auto snapshot = [*this]() -> asl::Task<int> {
    co_await second;
    co_return total_ * 100; // the copy taken before the change below
  };
  total_ += 1;
  co_await first;
  co_return co_await snapshot() + total_;
}

ASL_ASYNC asl::Task<int> counted() {
  int calls = 0;
  auto next = [calls]() mutable -> asl::Task<int> {
    co_await first;
    co_return ++calls; // the closure's own copy
  };
  int a = co_await next();
  int b = co_await next();
  co_return a * 10 + b + calls;
}

int shadowed = 7;

ASL_ASYNC asl::Task<int> hidden() {
  auto global = []() -> asl::Task<int> {
    co_await first;
    co_return shadowed; // the global: the field for the local is renamed
  };
  int shadowed = 1;
  co_await first;
  co_return co_await global() + shadowed;
}

ASL_ASYNC asl::Task<int> failing() {
  auto thrower = [](int x) -> asl::Task<int> {
    co_await second;
    if (x > 0)
      throw std::runtime_error("from the lambda");
    co_return x;
  };
  try {
    co_return co_await thrower(1);
  } catch (const std::exception &e) {
    std::printf("caught: %s\n", e.what());
  }
  co_return -1;
}

ASL_ASYNC asl::Task<void> abandoned() {
  Noisy noisy("n");
  auto holder = [noisy](int k) -> asl::Task<int> {
    co_await second;
    co_return k + static_cast<int>(noisy.name.size());
  };
  std::printf("abandoned: %d\n", co_await holder(1));
  co_await never; // destroying the suspended task destroys the closure
  std::printf("not printed\n");
}

int main() {
  auto outer = [](int seed) -> asl::Task<int> { // lambda in lambda
    auto inner = [seed](int k) -> asl::Task<int> {
      co_await first;
      co_return seed * k;
    };
    co_await second;
    co_return co_await inner(3) + co_await inner(4);
  };

  asl::Task<int> k = kept(10);
  asl::Task<std::string> s = at_once("ab");
  Counter counter;
  asl::Task<int> c = counter.add(5);
  asl::Task<int> p = counter.snap();
  asl::Task<int> n = counted();
  asl::Task<int> h = hidden();
  asl::Task<int> f = failing();
  asl::Task<int> o = outer(2);
  {
    asl::Task<void> a = abandoned();
    second.set();
    first.set();
    std::printf("abandoning\n");
  }
  std::printf("kept: %d\n", asl::sync_wait(std::move(k)));
  std::printf("at_once: %s\n", asl::sync_wait(std::move(s)).c_str());
  int added = asl::sync_wait(std::move(c));
  std::printf("add: %d total %d\n", added, counter.total_);
  std::printf("snap: %d\n", asl::sync_wait(std::move(p)));
  int copies = counter.copies();
  std::printf("copies: %d total %d\n", copies, counter.total_);
  std::printf("counted: %d\n", asl::sync_wait(std::move(n)));
  std::printf("hidden: %d\n", asl::sync_wait(std::move(h)));
  std::printf("failing: %d\n", asl::sync_wait(std::move(f)));
  std::printf("lambda in lambda: %d\n", asl::sync_wait(std::move(o)));
}
