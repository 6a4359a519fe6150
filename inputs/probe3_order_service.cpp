// C#-style service: const async members, awaits in call arguments, tasks held
// in variables and awaited later, events in an array.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <vector>

struct Trace {
  std::string n;
  explicit Trace(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Trace(const Trace &o) : n(o.n + "'") {
    std::printf("  +%s (copy)\n", n.c_str());
  }
  ~Trace() { std::printf("  -%s\n", n.c_str()); }
};

static int combine(int a, int b, const std::string &tag) {
  std::printf("  combine(%d, %d, %s)\n", a, b, tag.c_str());
  return a * 10 + b;
}

class PriceService {
public:
  explicit PriceService(asl::Event *gates) : gates_(gates) {}
  ASL_ASYNC asl::Task<int> price(int id) const {
    Trace t("price" + std::to_string(id));
    std::printf("  price(%d) waits gate %d\n", id, id % 3);
    co_await gates_[id % 3];
    std::printf("  price(%d) resumes\n", id);
    co_return id * 3 + base_;
  }
  ASL_ASYNC asl::Task<int> quote(int a, int b) const {
    Trace q("quote");
    co_return combine(co_await price(a), co_await price(b),
                      std::string("q") + std::to_string(a + b));
  }

private:
  asl::Event *gates_;
  int base_ = 1;
};

ASL_ASYNC asl::Task<int> checkout(const PriceService &svc,
                                  std::vector<int> ids) {
  Trace c("checkout");
  asl::Task<int> first = svc.price(ids[0]);
  asl::Task<int> pair = svc.quote(ids[1], ids[2]);
  std::printf("  checkout: both started\n");
  int total = co_await pair;
  std::printf("  checkout: pair=%d\n", total);
  total += co_await first;
  std::printf("  checkout: total=%d\n", total);
  co_return total;
}

int main() {
  asl::Event gates[3];
  PriceService svc(gates);
  asl::Task<int> t = checkout(svc, {3, 4, 5});
  std::printf("main: ready=%d\n", (int)t.is_ready());
  for (int i : {2, 0, 1}) {
    std::printf("main: set gate %d\n", i);
    gates[i].set();
  }
  std::printf("main: result %d\n", asl::sync_wait(std::move(t)));
}
