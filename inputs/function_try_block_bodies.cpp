// Checks async functions whose body is a function-try-block: the handlers
// catch what the body throws after an await (its locals die first), see the
// parameters and `this`, `co_return` from a handler, flow off a Task<void>'s
// handler as `co_return;`, pass `throw;` on to the awaiter; a parameter's
// copy that throws is not caught by them, and a task destroyed while
// suspended in the try body runs no handler.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};
struct Guard {
  const char *name;
  ~Guard() { std::printf("  ~%s\n", name); }
};
// Its move constructor throws when asked to: the copy of a parameter.
struct Fragile {
  bool throws;
  explicit Fragile(bool t) : throws(t) {}
  Fragile(const Fragile &) = default;
  Fragile(Fragile &&other) : throws(other.throws) {
    if (throws)
      throw std::runtime_error("parameter copy");
  }
};

static void drain() {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
}

ASL_ASYNC asl::Task<int> checked(int id) try {
  Guard g{"checked"};
  co_await Pause{};
  if (id < 0)
    throw std::invalid_argument("negative");
  co_return id * 10;
} catch (const std::invalid_argument &e) {
  std::printf("  checked(%d) handler: %s\n", id, e.what());
  co_return -1;
}

// Several handlers; one rethrows, and what none catches reaches the awaiter.
ASL_ASYNC asl::Task<std::string> classify(int kind) try {
  std::string label = "kind " + std::to_string(kind);
  co_await Pause{};
  if (kind == 1)
    throw std::out_of_range(label);
  if (kind == 2)
    throw std::logic_error(label);
  if (kind == 3)
    throw 3;
  co_return label;
} catch (const std::out_of_range &e) {
  co_return std::string("range: ") + e.what();
} catch (const std::logic_error &e) {
  std::printf("  classify(%d) rethrows %s\n", kind, e.what());
  throw;
}

// A Task<void> whose handler ends without co_return completes normally.
ASL_ASYNC asl::Task<void> logged(const char *what, bool fail) try {
  Guard g{what};
  co_await Pause{};
  if (fail)
    throw std::runtime_error(what);
  std::printf("  %s done\n", what);
} catch (const std::exception &e) {
  std::printf("  logged handler: %s\n", e.what());
}

ASL_ASYNC asl::Task<int> copied(Fragile f, int n) try {
  co_await Pause{};
  co_return f.throws ? -n : n;
} catch (...) {
  std::puts("  wrong: the parameter's copy is outside the try block");
  co_return 0;
}

struct Account {
  int balance = 100;
  ASL_ASYNC asl::Task<int> withdraw(int amount);
  ASL_ASYNC asl::Task<int> deposit(int amount) try {
    co_await Pause{};
    if (amount <= 0)
      throw std::invalid_argument("deposit");
    co_return balance += amount;
  } catch (const std::invalid_argument &) {
    std::printf("  deposit of %d refused, balance %d\n", amount, balance);
    co_return balance;
  }
};

// Defined outside the class.
ASL_ASYNC asl::Task<int> Account::withdraw(int amount) try {
  co_await Pause{};
  if (amount > balance)
    throw std::runtime_error("overdrawn");
  co_return balance -= amount;
} catch (const std::runtime_error &e) {
  std::printf("  %s by %d\n", e.what(), amount - this->balance);
  co_return -balance;
}

template <class T>
ASL_ASYNC asl::Task<T> halved(T value) try {
  co_await Pause{};
  if (value < T(0))
    throw std::domain_error("halved");
  co_return value / T(2);
} catch (const std::domain_error &e) {
  std::printf("  %s(%s)\n", e.what(), std::to_string(value).c_str());
  co_return T(0);
}

// Awaits a task in its try body; its handler sees what that task threw.
ASL_ASYNC asl::Task<int> caller(int kind) try {
  std::string s = co_await classify(kind);
  std::printf("  caller got %s\n", s.c_str());
  co_return static_cast<int>(s.size());
} catch (const std::logic_error &e) {
  std::printf("  caller caught %s\n", e.what());
  co_return -kind;
}

template <class T> T run(asl::Task<T> t) {
  drain();
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("checked: %d\n", run(checked(4)));
  std::printf("checked: %d\n", run(checked(-4)));

  for (int kind = 0; kind <= 3; ++kind) {
    try {
      std::printf("classify: %s\n", run(classify(kind)).c_str());
    } catch (const std::exception &e) {
      std::printf("classify threw %s\n", e.what());
    } catch (int n) {
      std::printf("classify threw %d\n", n);
    }
  }
  for (int kind = 0; kind <= 2; ++kind)
    std::printf("caller: %d\n", run(caller(kind)));

  run(logged("first", false));
  run(logged("second", true));
  std::puts("logged finished");

  std::printf("copied: %d\n", run(copied(Fragile(false), 7)));
  try {
    asl::Task<int> t = copied(Fragile(true), 8);
    std::puts("wrong: no exception");
  } catch (const std::runtime_error &e) {
    std::printf("copied threw %s\n", e.what());
  }

  Account account;
  std::printf("deposit: %d\n", run(account.deposit(50)));
  std::printf("deposit: %d\n", run(account.deposit(-5)));
  std::printf("withdraw: %d\n", run(account.withdraw(30)));
  std::printf("withdraw: %d\n", run(account.withdraw(500)));

  std::printf("halved: %d\n", run(halved(9)));
  std::printf("halved: %g\n", run(halved(-3.0)));

  {
    asl::Task<int> abandoned = checked(-1);
    std::puts("destroying a task suspended in the try body");
  }
  pending = nullptr;
  std::puts("done");
}
