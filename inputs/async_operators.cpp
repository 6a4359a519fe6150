// Operator functions can be async like named ones: a function object's
// const `operator()` (the usual shape of an async handler), a member
// `operator[]`, and a free binary `operator+`. Each machine is named after
// the operator (`operator_call_machine`, ...), and each ramp keeps the
// operator's signature.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

struct Handler {
  int base;
  ASL_ASYNC asl::Task<int> operator()(int v) const {
    co_await ready;
    std::printf("handler(%d) with base %d\n", v, base);
    co_return base + v;
  }
};

struct Table {
  int cells[3] = {7, 8, 9};
  ASL_ASYNC asl::Task<int> operator[](int i) {
    co_await ready;
    co_return cells[i];
  }
};

struct Money {
  long cents;
};

ASL_ASYNC asl::Task<Money> operator+(Money a, Money b) {
  co_await ready;
  co_return Money{a.cents + b.cents};
}

ASL_ASYNC asl::Task<int> run() {
  const Handler handler{10};
  int first = co_await handler(3);
  Table table;
  int cell = co_await table[2];
  Money sum = co_await (Money{150} + Money{275});
  std::printf("first %d, cell %d, sum %ld\n", first, cell, sum.cents);
  co_return first + cell;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
