// h31: an RPC dispatcher: pointers to async member functions in a table
// called through std::invoke and .*, std::bind of an async member
// stored in std::function, std::mem_fn over a vector of objects, and a
// const overload picked through a const object.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <functional>
#include <map>
#include <string>
#include <vector>

class Service {
public:
  explicit Service(std::string n) : name_(std::move(n)) {}
  ASL_ASYNC asl::Task<int> add(int x) {
    co_await tick();
    state_ += x;
    co_return state_;
  }
  ASL_ASYNC asl::Task<int> mul(int x) {
    co_await tick();
    state_ *= x;
    co_return state_;
  }
  ASL_ASYNC asl::Task<std::string> who() const {
    co_await tick();
    co_return name_ + "#" + std::to_string(state_);
  }
  ASL_ASYNC asl::Task<std::string> who() {
    co_await tick();
    ++touched_;
    co_return name_ + "!" + std::to_string(touched_);
  }

private:
  std::string name_;
  int state_ = 1;
  int touched_ = 0;
};

using Method = asl::Task<int> (Service::*)(int);

ASL_ASYNC asl::Task<int> dispatch(Service &s) {
  std::map<std::string, Method> table{{"add", &Service::add},
                                      {"mul", &Service::mul}};
  int last = 0;
  for (const char *op : {"add", "mul", "add"}) {
    Method m = table.at(op);
    last = co_await (s.*m)(co_await later(3));
    last = co_await std::invoke(m, s, 2);
  }
  std::function<asl::Task<int>(int)> bound =
      std::bind(&Service::add, &s, std::placeholders::_1);
  last += co_await bound(100);
  const Service &cs = s;
  std::string a = co_await cs.who();
  std::string b = co_await s.who();
  std::printf("  %s %s\n", a.c_str(), b.c_str());
  std::vector<Service> many{Service("x"), Service("y")};
  auto call_add = std::mem_fn(&Service::add);
  int sum = 0;
  for (auto &m : many)
    sum += co_await call_add(m, 5);
  co_return last + sum;
}

int main() {
  Service s("svc");
  auto t = dispatch(s);
  drain();
  std::printf("dispatch %d\n", asl::sync_wait(std::move(t)));
}
