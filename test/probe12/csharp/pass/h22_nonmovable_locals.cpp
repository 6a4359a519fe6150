// Locals a C# developer uses without thinking about moves: a std::mutex
// and std::lock_guard (a `lock` statement) held across an await on one
// thread, std::atomic counters, a class with deleted copy and move, an
// array of them, and references/pointers into them kept across awaits.
#include <asl/task.h>

#include <atomic>
#include <iostream>
#include <mutex>
#include <string>

class Counter {
public:
  explicit Counter(std::string n) : name_(std::move(n)) {}
  Counter(const Counter &) = delete;
  Counter &operator=(const Counter &) = delete;
  ~Counter() { std::cout << "  ~Counter " << name_ << " " << hits_ << "\n"; }
  void hit() { ++hits_; }
  int hits() const { return hits_; }
  const std::string &name() const { return name_; }

private:
  std::string name_;
  int hits_ = 0;
};

ASL_ASYNC asl::Task<int> tick(asl::Event &e, int v) {
  co_await e;
  co_return v;
}

ASL_ASYNC asl::Task<std::string> run(asl::Event &e) {
  std::mutex m;
  std::atomic<int> total{0};
  Counter counters[3] = {Counter("a"), Counter("b"), Counter("c")};
  Counter *busiest = nullptr;
  {
    std::lock_guard<std::mutex> guard(m);
    for (Counter &c : counters) {
      int n = co_await tick(e, static_cast<int>(c.name()[0]) - 'a' + 1);
      for (int i = 0; i < n; ++i)
        c.hit();
      total += n;
      if (!busiest || c.hits() > busiest->hits())
        busiest = &c;
    }
  }
  Counter local("local");
  Counter &ref = local;
  while (ref.hits() < co_await tick(e, 2))
    ref.hit();
  std::unique_lock<std::mutex> lk(m);
  total.fetch_add(co_await tick(e, 10));
  lk.unlock();
  co_return "busiest " + busiest->name() + " total " +
      std::to_string(total.load()) + " local " + std::to_string(ref.hits());
}

int main() {
  asl::Event e;
  auto t = run(e);
  std::cout << "suspended " << !t.is_ready() << "\n";
  e.set();
  std::cout << asl::sync_wait(std::move(t)) << "\n";
}
