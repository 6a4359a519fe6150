// Addresses of lifted locals held across the first suspension by code the
// function writes (a member call publishing this, an array decaying to a
// pointer, a string_view of a char array, a reference parameter of a task
// started and awaited later, a helper returning a pointer): the machine is
// pinned, so every pointer stays valid.
#include <asl/task.h>
#include <cstdio>
#include <string_view>
asl::Event ready;
struct Slot {
  int v;
  void publish();
};
Slot *g_slot;
void Slot::publish() { g_slot = this; }
int *g_ptr;

ASL_ASYNC asl::Task<int> member_call() {
  Slot s{1};
  s.publish();
  co_await ready;
  g_slot->v = 42;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> array_decay() {
  int buf[4] = {1, 2, 3, 4};
  g_ptr = buf;
  co_await ready;
  g_ptr[0] = 42;
  co_return buf[0];
}
ASL_ASYNC asl::Task<int> view_of_array() {
  char text[8] = "hello";
  std::string_view sv = text;
  co_await ready;
  text[0] = 'J';
  std::printf("view %.*s\n", static_cast<int>(sv.size()), sv.data());
  co_return sv[0] == 'J';
}
int main() {
  asl::Task<int> a = member_call();
  asl::Task<int> b = array_decay();
  asl::Task<int> c = view_of_array();
  ready.set();
  std::printf("member_call %d\n", asl::sync_wait(std::move(a)));
  std::printf("array_decay %d\n", asl::sync_wait(std::move(b)));
  std::printf("view_of_array %d\n", asl::sync_wait(std::move(c)));
}
