// Checks default arguments that create temporaries in a full-expression that
// awaits. Natively each temporary lives until the end of the full-expression,
// after the await has resumed, and an async callee that suspends first reads
// it afterwards. The lowering writes such defaults into the call, with the
// temporary in a field: in the awaited call, in a call nested in its
// arguments, in a call evaluated before an await, for a member function,
// with a defaulted parameter before it, a type named in the default, braces,
// and an rvalue reference parameter.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>

// Each await suspends; main resumes the tasks one at a time.
struct Loop {
  struct Yield {
    Loop *loop;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop->queue.push_back([h] { h.resume(); });
    }
    void await_resume() const {}
  };
  Yield yield() { return Yield{this}; }
  std::deque<std::function<void()>> queue;
} ready;

struct Noisy {
  std::string name;
  Noisy(const char *n) : name(n) { std::printf("  make %s\n", n); }
  Noisy(const Noisy &other) : name(other.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  ~Noisy() { std::printf("  drop %s\n", name.c_str()); }
};

ASL_ASYNC asl::Task<int> greet(const std::string &who = "visitor, by name") {
  co_await ready.yield();
  std::printf("  hello %s\n", who.c_str());
  co_return static_cast<int>(who.size());
}

ASL_ASYNC asl::Task<int> twice(asl::Task<int> task) {
  int n = co_await std::move(task);
  co_return 2 * n;
}

ASL_ASYNC asl::Task<int> value(int n) {
  co_await ready.yield();
  std::printf("  resumed %d\n", n);
  co_return n;
}

const char *label(const Noisy &n = Noisy("label")) { return n.name.c_str(); }

void show(const char *text, int n) { std::printf("  show %s %d\n", text, n); }

ASL_ASYNC asl::Task<int> count(int times = 2, const Noisy &tag = {"tag"},
                               std::string &&note = "note") {
  co_await ready.yield();
  std::printf("  %s %s x%d\n", tag.name.c_str(), note.c_str(), times);
  co_return times;
}

struct Greeter {
  std::string greeting;
  ASL_ASYNC asl::Task<int> say(const Noisy &to = "member") const {
    co_await ready.yield();
    std::printf("  %s %s\n", greeting.c_str(), to.name.c_str());
    co_return 1;
  }
};

ASL_ASYNC asl::Task<int> run() {
  std::printf("awaited call\n");
  int total = co_await greet();
  std::printf("nested in its argument\n");
  total += co_await twice(greet());
  std::printf("before an await in the same expression\n");
  show(label(), co_await value(1));
  std::printf("explicit argument first\n");
  total += co_await count(3, Noisy("explicit"));
  std::printf("defaulted parameter before it\n");
  total += co_await count();
  std::printf("member function\n");
  Greeter greeter{"hi"};
  total += co_await greeter.say();
  std::printf("returned\n");
  co_return total + co_await greet();
}

int main() {
  asl::Task<int> task = run();
  while (!ready.queue.empty()) {
    std::function<void()> next = std::move(ready.queue.front());
    ready.queue.pop_front();
    next();
  }
  std::printf("total %d\n", asl::sync_wait(std::move(task)));
}
