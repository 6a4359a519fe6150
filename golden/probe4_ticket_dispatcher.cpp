// A dispatcher of tickets (found by probe4: the machine used to move from the
// stack to its box after the ticket recorded its address). An awaiter that
// registers itself (its address) with a dispatcher when it is constructed,
// as an operation object that is submitted when created; the dispatcher
// later writes the result through that pointer.
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

// The state machine of request(), line 27. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct request_machine {
  explicit request_machine(int &id) : id(std::move(id)) {}
  ~request_machine() {}

  // Built in its heap box from the start: a constructor of 'Ticket' may keep
  // the address of the awaiter at line 28.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int id;
  union {
    Ticket awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> request(int id) {
  return asl::start<request_machine>(id);
}

inline void request_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Ticket(id) (line 28)
      ::new (asl::place(awaiter0_)) Ticket(Ticket(id));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = awaiter0_.await_resume();

      builder_.set_result(std::move(r));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
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
