// Awaiters whose await_ready() records their own address: an intrusive
// wait list that enlists while it tests. The machine calls await_ready()
// on its awaiter field while it still runs on the caller's stack, and a
// machine that may move bytewise is copied into its heap box at the first
// suspension, which a recorded pointer would not follow. So an await_ready()
// that lets the address go (directly, through a member function, or
// through a member's member function) keeps the machine in its box from the
// start. One that only reads and writes members (`return ready_;`) does not
// pin: its function still starts on the stack.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <vector>

std::deque<std::function<void()>> resumers;

// Resumes what is queued now, not what those resumptions queue.
void resume_queued() {
  std::deque<std::function<void()>> now;
  now.swap(resumers);
  for (std::function<void()> &next : now)
    next();
}

// The awaiters of the wait list, given their values before resuming.
std::vector<int *> waiting;

void fill_waiting(int base) {
  for (int *value : waiting)
    *value = base++;
  waiting.clear();
}

// Enlists in await_ready itself.
struct Enlisting {
  int value = 0;
  bool await_ready() {
    waiting.push_back(&value);
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return value; }
};

// Enlists through a member function await_ready calls.
struct EnlistingByHelper {
  int value = 0;
  int tests = 0;
  void enlist() { waiting.push_back(&value); }
  bool await_ready() {
    ++tests;
    enlist();
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return value * 10 + tests; }
};

// Enlists a member, through the member's own function.
struct Node {
  int value = 0;
  void enlist() { waiting.push_back(&value); }
};
struct EnlistingMember {
  Node node;
  bool await_ready() {
    node.enlist();
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return node.value; }
};

// Only reads and writes its members: the machine may start on the stack.
struct Counting {
  int ready_after = 0;
  int tests = 0;
  bool await_ready() {
    tests += 1;
    return ready_after == 0;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return tests; }
};

ASL_ASYNC asl::Task<int> direct() {
  int a = co_await Enlisting{};
  co_return a + 1;
}

ASL_ASYNC asl::Task<int> by_helper() {
  int a = co_await EnlistingByHelper{};
  co_return a;
}

ASL_ASYNC asl::Task<int> by_member() {
  int first = co_await EnlistingMember{};
  int second = co_await EnlistingMember{};
  co_return first * 100 + second;
}

ASL_ASYNC asl::Task<int> reading_only() {
  int ready = co_await Counting{};
  int later = co_await Counting{1, 0};
  co_return ready * 10 + later;
}

int main() {
  asl::Task<int> a = direct();
  fill_waiting(41);
  resume_queued();
  std::printf("direct: %d\n", asl::sync_wait(std::move(a)));

  asl::Task<int> b = by_helper();
  fill_waiting(7);
  resume_queued();
  std::printf("by_helper: %d\n", asl::sync_wait(std::move(b)));

  asl::Task<int> c = by_member();
  fill_waiting(3);
  resume_queued();
  fill_waiting(4);
  resume_queued();
  std::printf("by_member: %d\n", asl::sync_wait(std::move(c)));

  asl::Task<int> d = reading_only();
  resume_queued();
  std::printf("reading_only: %d\n", asl::sync_wait(std::move(d)));
}
