// Checks that a lowered machine holds the awaiter get_awaiter() returns, not
// the one C++20's operator co_await returns (the runtime's wraps it with the
// slot a native handle needs): for a task temporary (built in place from the
// call), a task variable, an event, and each of them through
// configure_await; and that a task built in place inside an awaiter is
// still right when the awaiting machine moves from the stack to its heap box
// while that task is suspended, and when the awaited call throws.
#include <asl/context.h>
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>

ASL_ASYNC asl::Task<int> ready(int v) { co_return v; }

ASL_ASYNC asl::Task<std::string> later(asl::Event &gate, std::string s) {
  co_await gate;
  co_return s + "!";
}

ASL_ASYNC asl::Task<int> later_int(asl::Event &gate, int v) {
  co_await gate;
  co_return v * 10;
}

// Starts on the stack (all its fields may move bytewise); the task of
// later_int is made inside awaiter1_ there, then the machine moves.
ASL_ASYNC asl::Task<int> moves_while_awaiting(asl::Event &gate) {
  int a = co_await ready(5);
  int b = co_await later_int(gate, a);
  co_return a + b;
}

ASL_ASYNC asl::Task<int> fails(int v) {
  if (v > 0)
    throw std::runtime_error("fails(" + std::to_string(v) + ")");
  co_return v;
}

ASL_ASYNC asl::Task<std::string> all_kinds(asl::Event &gate) {
  int a = co_await ready(1);
  asl::Task<int> held = ready(2);
  int b = co_await held;
  int c = co_await asl::configure_await(ready(3), false);
  int d = co_await asl::configure_await(held, true);
  // Ready before this awaits it, then awaited after the machine moved.
  asl::Task<std::string> text = later(gate, "text");
  co_await asl::configure_await(gate, true);
  std::string e = co_await later(gate, "in place");
  std::string f = co_await std::move(text);
  int g = -1;
  try {
    g = co_await fails(7);
  } catch (const std::runtime_error &error) {
    std::printf("caught %s\n", error.what());
  }
  co_return std::to_string(a + b + c + d + g) + " " + e + " " + f;
}

int main() {
  asl::Event gate;
  asl::Task<std::string> task = all_kinds(gate);
  asl::Task<int> moved = moves_while_awaiting(gate);
  std::printf("ready before set: %d %d\n", task.is_ready() ? 1 : 0,
              moved.is_ready() ? 1 : 0);
  gate.set();
  std::printf("%s\n", asl::sync_wait(std::move(task)).c_str());
  std::printf("%d\n", asl::sync_wait(std::move(moved)));
}
