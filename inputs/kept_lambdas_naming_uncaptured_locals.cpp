// Lambdas kept across an await that name locals of the function without
// capturing them, in unevaluated operands (`sizeof(buffer)`,
// `decltype(x)`, `noexcept(...)`, `alignof`), which capture nothing: a
// local, an array, a reference, a tracer (nothing is copied) and a
// structured binding; and `decltype` of names the lambda does capture, by
// copy and by reference, which gives the local's declared type, not the
// closure member's.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>
#include <utility>

asl::Event tick;

struct Tracer {
  std::string name;
  explicit Tracer(const char *n) : name(n) {}
  Tracer(const Tracer &other) : name(other.name + "+c") {
    std::printf("  copy %s\n", other.name.c_str());
  }
  ~Tracer() { std::printf("  ~%s\n", name.c_str()); }
};

int pick(int &) noexcept { return 1; }
int pick(const int &) { return 2; }

ASL_ASYNC asl::Task<int> sizes() {
  char buffer[3] = {'a', 'b', 'c'};
  Tracer tracer("t");
  long wide = 4;
  long &alias = wide;
  auto size = [] {
    return sizeof(buffer) * 100 + sizeof(tracer.name) / sizeof(char *) * 10 +
           sizeof(alias) / sizeof(long) + alignof(decltype(wide)) * 0;
  };
  co_await tick;
  std::printf("  size %zu %c\n", size(), buffer[0]);
  co_return static_cast<int>(size());
}

ASL_ASYNC asl::Task<int> declared_types() {
  int x = 5;
  const int y = x + 1; // not a constant expression
  auto [first, second] = std::pair<short, std::string>{3, "pair"};
  auto make = [] {
    decltype(x) a = 7;
    decltype(y) b = 8;
    decltype(first) c = 9;
    static_assert(std::is_same_v<decltype(second), std::string>);
    return a + b + c + static_cast<int>(sizeof(first));
  };
  auto flags = [] { return noexcept(pick(x)) * 10 + noexcept(pick(y)); };
  co_await tick;
  std::printf("  make %d flags %d %s\n", make(), flags(), second.c_str());
  co_return make() + flags() + x + y;
}

ASL_ASYNC asl::Task<int> captured_types() {
  std::string text = "text";
  int count = 2;
  Tracer tracer("u");
  auto copy = [text, &count, tracer] {
    decltype(text) grown = text + "!";
    decltype(count) twice = count * 2;
    decltype(tracer) again = tracer;
    return static_cast<int>(grown.size()) + twice + again.name.size();
  };
  count = 3;
  co_await tick;
  std::printf("  copy %d\n", static_cast<int>(copy()));
  co_return static_cast<int>(copy());
}

int main() {
  auto a = sizes();
  auto b = declared_types();
  auto c = captured_types();
  tick.set();
  std::printf("sizes %d\n", asl::sync_wait(std::move(a)));
  std::printf("declared %d\n", asl::sync_wait(std::move(b)));
  std::printf("captured %d\n", asl::sync_wait(std::move(c)));
}
