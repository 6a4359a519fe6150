// Async functions defined outside their namespace with a qualified name
// (`Task<int> svc::run() {...}`) get their machines in that namespace, where
// the bodies' unqualified names are found; async functions a class declares
// friend (a free function, a member of another class) get their machines
// befriended too, so the bodies keep reading private members and types.
#include <asl/task.h>

#include <cstdio>

asl::Event ev(true);

namespace svc {
struct Conf {
  int v;
};
int helper() { return 41; }
asl::Task<int> run();
namespace inner {
asl::Task<int> deeper(int x);
}
inline namespace v1 {
asl::Task<int> versioned();
}
} // namespace svc

ASL_ASYNC asl::Task<int> svc::run() {
  Conf c{helper()};
  co_await ev;
  co_return c.v + co_await inner::deeper(1) + co_await versioned();
}

ASL_ASYNC asl::Task<int> svc::inner::deeper(int x) {
  Conf c{x};
  co_await ev;
  co_return c.v + helper();
}

namespace svc {
ASL_ASYNC asl::Task<int> v1::versioned() {
  Conf c{1000};
  co_await ev;
  co_return c.v;
}
} // namespace svc

class Vault;

class Auditor {
public:
  ASL_ASYNC asl::Task<int> inspect(Vault &v);
};

class Vault {
public:
  explicit Vault(int gold) : gold_(gold) {}
  friend asl::Task<int> audit(Vault &v);
  friend asl::Task<int> Auditor::inspect(Vault &v);

private:
  struct Receipt {
    int amount;
  };
  int gold_;
};

ASL_ASYNC asl::Task<int> audit(Vault &v) {
  Vault::Receipt r{v.gold_};
  co_await ev;
  co_return r.amount + v.gold_;
}

ASL_ASYNC asl::Task<int> Auditor::inspect(Vault &v) {
  Vault::Receipt r{v.gold_ * 2};
  co_await ev;
  co_return r.amount + v.gold_;
}

int main() {
  std::printf("run %d\n", asl::sync_wait(svc::run()));
  Vault v(10);
  Auditor a;
  std::printf("audit %d\n", asl::sync_wait(audit(v)));
  std::printf("inspect %d\n", asl::sync_wait(a.inspect(v)));
}
