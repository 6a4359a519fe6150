// Async functions that classes of other namespaces, or a class local to a
// function, declare their friends: each class befriends the function's
// machine by its qualified name (`friend struct ::tools::audit_machine;`),
// which the lowering declares first, before the namespace or function
// around the class, so the bodies keep reading private members.
#include <asl/task.h>

#include <cstdio>

asl::Event ev(true);

namespace bank {
class Vault;
}
namespace tools {
asl::Task<int> audit(bank::Vault &v);
inline namespace v2 {
asl::Task<int> count(const bank::Vault &v);
}
} // namespace tools
asl::Task<int> peek(int seed);

namespace bank {
class Vault {
  friend asl::Task<int> tools::audit(Vault &v);
  friend asl::Task<int> tools::count(const Vault &v);
  int gold_ = 1;
  struct Coin {
    int weight;
  };
  Coin coin() const { return Coin{gold_ + 2}; }
};
} // namespace bank

namespace tools {
ASL_ASYNC asl::Task<int> audit(bank::Vault &v) {
  auto coin = v.coin();
  co_await ev;
  v.gold_ += coin.weight;
  co_return v.gold_;
}
inline namespace v2 {
ASL_ASYNC asl::Task<int> count(const bank::Vault &v) {
  co_await ev;
  co_return v.gold_ * 10;
}
} // namespace v2
} // namespace tools

int lookup() {
  asl::Task<int> peek(int seed);
  class Secret {
    friend asl::Task<int> peek(int seed);
    static int code() { return 40; }

  public:
    static int open() { return code() / 20; }
  };
  return Secret::open();
}

ASL_ASYNC asl::Task<int> peek(int seed) {
  co_await ev;
  co_return seed + lookup();
}

int main() {
  bank::Vault v;
  std::printf("audit %d\n", asl::sync_wait(tools::audit(v)));
  std::printf("count %d\n", asl::sync_wait(tools::count(v)));
  std::printf("peek %d\n", asl::sync_wait(peek(1)));
}
