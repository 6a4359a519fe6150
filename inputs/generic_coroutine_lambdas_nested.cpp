// Checks generic coroutine lambdas inside async functions: one capturing a
// lifted local by reference and a parameter by copy, kept across an await
// and called after it with two argument types; one with an 'auto &&'
// parameter called with an lvalue and an rvalue; one with a 'const auto &'
// parameter and a non-generic one, invoked at once in an awaited
// expression; and one in an async member function capturing this.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event first, second;

ASL_ASYNC asl::Task<int> kept(int base) {
  int seen = 0;
  auto add = [&seen, base](auto value) -> asl::Task<int> {
    co_await second;
    seen += 1;
    co_return base + static_cast<int>(value);
  };
  co_await first; // the closure lives across this await
  int sum = co_await add(2);
  sum += co_await add(0.5);
  std::printf("kept: sum=%d seen=%d\n", sum, seen);
  co_return sum;
}

ASL_ASYNC asl::Task<std::size_t> forwarded() {
  std::string name = "forwarded";
  auto length = [](auto &&text) -> asl::Task<std::size_t> {
    co_await second;
    co_return std::string(text).size();
  };
  std::size_t n = co_await length(name);
  n += co_await length(std::string("tmp"));
  n += co_await [](const auto &text, int extra) -> asl::Task<std::size_t> {
    co_await second;
    co_return text.size() + static_cast<std::size_t>(extra);
  }(name, 1);
  co_return n;
}

class Meter {
public:
  ASL_ASYNC asl::Task<int> read(int scale) {
    auto scaled = [this, scale](auto amount) -> asl::Task<int> {
      co_await second;
      level_ += 1;
      co_return static_cast<int>(amount * scale) + level_;
    };
    int got = co_await scaled(3);
    got += co_await scaled(1.5);
    co_return got;
  }

private:
  int level_ = 0;
};

int main() {
  second.set();
  asl::Task<int> k = kept(10);
  std::printf("started\n");
  first.set();
  std::printf("kept: %d\n", asl::sync_wait(std::move(k)));
  std::printf("forwarded: %zu\n", asl::sync_wait(forwarded()));
  Meter meter;
  std::printf("meter: %d\n", asl::sync_wait(meter.read(2)));
}
