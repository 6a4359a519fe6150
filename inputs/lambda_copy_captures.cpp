// Plain lambdas inside an async function that copy what they capture, where
// the captured entity lives in the machine: a structured binding captured by
// `[=]` and by name, one captured by reference, and `*this` in an async
// member. Each copy is taken when the lambda is created, so later writes are
// not seen, as natively; the by-reference capture sees them.
#include <asl/task.h>

#include <cstdio>
#include <utility>

asl::Event ready;

struct Account {
  int balance = 10;

  ASL_ASYNC asl::Task<int> audit();
};

ASL_ASYNC asl::Task<int> Account::audit() {
  co_await ready;
  auto snapshot = [*this] { return balance; };
  auto live = [this] { return balance; };
  balance = 99;
  std::printf("snapshot %d, live %d\n", snapshot(), live());
  co_return snapshot();
}

ASL_ASYNC asl::Task<int> bindings() {
  auto [a, b] = std::pair<int, int>{1, 2};
  co_await ready;
  auto by_value = [=] { return a + b; };
  auto named = [a, &b] { return a * 10 + b; };
  a = 100;
  b = 7;
  std::printf("by value %d, named %d\n", by_value(), named());
  co_return a + b;
}

int main() {
  Account account;
  asl::Task<int> first = account.audit();
  asl::Task<int> second = bindings();
  ready.set();
  std::printf("audit %d\n", asl::sync_wait(std::move(first)));
  std::printf("bindings %d\n", asl::sync_wait(std::move(second)));
}
