// An awaiter that records its own address when it is constructed (an
// operation object submitted when created; the dispatcher later writes the
// result through that pointer). The awaiter and the int are trivially
// copyable, so the machine starts on the ramp's stack and is moved bytewise
// into its heap box at the first suspension ("Where the machine lives"):
// the recorded pointer then points into the dead stack copy. Natively the
// awaiter never moves. The pinning rules look only at addresses the
// function's own code takes (&, references, captures), not at `this`
// recorded by a constructor. The same happens to a lifted local of a
// trivially copyable class whose constructor records `this`.
// Expected (native): "result 42"
// Got (lowered, g++ and clang++-19): "result 0"; under ASan:
// stack-use-after-return in main, where the dispatcher writes the result.
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
