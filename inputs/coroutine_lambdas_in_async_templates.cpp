// Coroutine lambdas directly inside async function templates and async
// members of class templates: captureless, capturing by copy and by
// reference (parameters and locals the outer machine lifts, `this`), kept
// across the outer function's awaits, called several times and inside an
// await's operand, invoked at once; each template is instantiated with int
// and std::string.
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

std::string show(int v) { return std::to_string(v); }
std::string show(const std::string &s) { return "'" + s + "'"; }

// Captureless, kept across the outer awaits, called twice, once inside
// the operand of the outer function's return.
template <class T> ASL_ASYNC asl::Task<T> twice(T v) {
  auto step = [](T x) -> asl::Task<T> {
    co_await pause("step");
    co_return x + x;
  };
  T a = co_await step(v);
  std::printf("  twice a=%s\n", show(a).c_str());
  co_return co_await step(a);
}

// By reference, locals the outer machine lifts; by copy, a parameter.
template <class T> ASL_ASYNC asl::Task<T> gather(T first, T second) {
  T sum = first;
  int calls = 0;
  auto add = [&sum, &calls, second](T x) -> asl::Task<int> {
    co_await pause("add");
    sum = sum + x + second;
    co_return ++calls;
  };
  co_await pause("gather");
  int n = co_await add(first);
  std::printf("  gather n=%d sum=%s\n", n, show(sum).c_str());
  n = co_await add(second);
  std::printf("  gather calls=%d n=%d\n", calls, n);
  co_return sum;
}

// Default captures: a mutable lambda's copies live in its closure, kept
// across calls; [&] reaches the outer machine's locals.
template <class T> ASL_ASYNC asl::Task<T> defaults(T seed) {
  T tail = seed;
  auto copy = [=]() mutable -> asl::Task<T> {
    co_await pause("copy");
    tail = tail + seed;
    co_return tail;
  };
  auto ref = [&]() -> asl::Task<T> {
    co_await pause("ref");
    tail = tail + seed;
    co_return tail;
  };
  T a = co_await copy();
  T b = co_await copy();
  T c = co_await ref();
  std::printf("  defaults a=%s b=%s c=%s tail=%s\n", show(a).c_str(),
              show(b).c_str(), show(c).c_str(), show(tail).c_str());
  co_return c;
}

// Invoked at once in an await's operand: its closure is a temporary of
// that full-expression.
template <class T> ASL_ASYNC asl::Task<T> at_once(T v) {
  T r = co_await [&v](T extra) -> asl::Task<T> {
    co_await pause("at once");
    co_return v + extra;
  }(v);
  co_return r;
}

// A member of a class template capturing `this`.
template <class T> struct Account {
  T total;
  ASL_ASYNC asl::Task<T> deposit(T a, T b) {
    auto add = [this](T x) -> asl::Task<T> {
      co_await pause("deposit");
      total = total + x;
      co_return total;
    };
    T after = co_await add(a);
    std::printf("  deposit after=%s\n", show(after).c_str());
    co_return co_await add(b);
  }
};

int main() {
  std::printf("twice %s\n", show(drive(twice(3))).c_str());
  std::printf("twice %s\n", show(drive(twice(std::string("ab")))).c_str());
  std::printf("gather %s\n", show(drive(gather(1, 10))).c_str());
  std::printf("gather %s\n",
              show(drive(gather(std::string("x"), std::string("y")))).c_str());
  std::printf("defaults %s\n", show(drive(defaults(2))).c_str());
  std::printf("defaults %s\n", show(drive(defaults(std::string("s")))).c_str());
  std::printf("at_once %s\n", show(drive(at_once(5))).c_str());
  std::printf("at_once %s\n", show(drive(at_once(std::string("o")))).c_str());
  Account<int> numbers{100};
  std::printf("deposit %s\n", show(drive(numbers.deposit(1, 2))).c_str());
  Account<std::string> words{"w"};
  std::printf("deposit %s\n",
              show(drive(words.deposit(std::string("1"), std::string("2"))))
                  .c_str());
}
