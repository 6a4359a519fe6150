// A view into a temporary of a trivially copyable class (a fixed-size
// key, as a C# struct ports), taken before an await in a later argument.
// Natively the temporary lives to the end of the full-expression; lowered
// it is kept in a field, but the machine, judged relocatable, moves
// bytewise to the heap at its first suspension, and the view taken before
// points at the old stack copy.
// Expected: id7=3. Got: two garbage bytes, then =3 (g++: "\374\177=3",
// clang++-19: "\376\177=3"); ASan: stack-use-after-return.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <string_view>
static asl::Event ev;
struct Key {
  char text[8];
  std::string_view view() const { return text; }
};
static Key make_key(int id) {
  Key k{};
  std::snprintf(k.text, sizeof k.text, "id%d", id);
  return k;
}
static int store(std::string_view key, int value) {
  std::printf("%.*s=%d\n", static_cast<int>(key.size()), key.data(), value);
  return value;
}
ASL_ASYNC asl::Task<int> fetch() {
  co_await ev;
  co_return 3;
}
ASL_ASYNC asl::Task<int> f(int id) {
  co_return store(make_key(id).view(), co_await fetch());
}
static void scribble() {
  volatile char junk[512];
  for (auto &c : junk)
    c = '#';
}
int main() {
  asl::Task<int> t = f(7);
  scribble();
  ev.set();
  return asl::sync_wait(std::move(t)) == 3 ? 0 : 1;
}
