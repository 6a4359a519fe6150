// Fire-and-forget requests that are abandoned while suspended (the C#
// developer's "I just drop the Task"): destroying a suspended Task must
// run the destructors of everything live at its await, in reverse order,
// including a MutexLock (so the next waiter gets the lock), unique_ptrs,
// a vector of guards and a nested child task.
#include <asl/mutex.h>
#include <asl/task.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Tracer {
  std::string name;
  explicit Tracer(std::string n) : name(std::move(n)) {
    std::cout << "  +" << name << "\n";
  }
  Tracer(Tracer &&o) noexcept : name(std::move(o.name)) { o.name = "moved"; }
  ~Tracer() {
    if (name != "moved")
      std::cout << "  -" << name << "\n";
  }
};

ASL_ASYNC asl::Task<int> child(asl::Event &never, std::string tag) {
  Tracer t("child-" + tag);
  co_await never;
  co_return 1;
}

ASL_ASYNC asl::Task<int> request(asl::Mutex &m, asl::Event &never, int id) {
  Tracer outer("req" + std::to_string(id));
  auto lock = co_await m.lock();
  std::vector<Tracer> parts;
  parts.emplace_back("part-a" + std::to_string(id));
  parts.emplace_back("part-b" + std::to_string(id));
  auto owned = std::make_unique<Tracer>("owned" + std::to_string(id));
  if (id % 2 == 0) {
    Tracer inner("inner" + std::to_string(id));
    int r = co_await child(never, std::to_string(id));
    co_return r;
  }
  for (int i = 0; i < 3; ++i) {
    Tracer loop("loop" + std::to_string(i));
    if (i == 1)
      co_await never;
  }
  co_return 0;
}

ASL_ASYNC asl::Task<std::string> waiter(asl::Mutex &m) {
  auto lock = co_await m.lock();
  co_return "waiter got the lock";
}

int main() {
  asl::Mutex m;
  asl::Event never;
  for (int id = 1; id <= 2; ++id) {
    std::cout << "start " << id << "\n";
    auto t = request(m, never, id);
    auto w = waiter(m);
    std::cout << "waiter ready? " << w.is_ready() << "\n";
    std::cout << "drop " << id << "\n";
    t = asl::Task<int>();
    std::cout << "waiter ready? " << w.is_ready() << "\n";
    std::cout << asl::sync_wait(std::move(w)) << "\n";
  }
  std::cout << "done\n";
}
