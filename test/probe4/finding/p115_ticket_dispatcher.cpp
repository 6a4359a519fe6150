// A dispatcher of tickets: each awaiter records its address when built.
// An awaiter that registers itself (its address) with a dispatcher when it
// is constructed, as an operation object that is submitted when created;
// the dispatcher later writes the result through that pointer.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>
#include <vector>

struct Ticket;
static std::vector<Ticket *> submitted;
static std::deque<std::function<void()>> resumers;

struct Ticket {
  int id;
  int result = 0;
  explicit Ticket(int i) : id(i) { submitted.push_back(this); }
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return result; }
};

ASL_ASYNC asl::Task<int> request(int id) {
  int r = co_await Ticket(id);
  co_return r;
}

int main() {
  asl::Task<int> t = request(7);
  for (Ticket *tk : submitted)
    tk->result = tk->id * 6;
  while (!resumers.empty()) {
    auto f = std::move(resumers.front());
    resumers.pop_front();
    f();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
