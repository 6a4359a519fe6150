// A local constant usable in constant expressions (`const int k = 2;`,
// `constexpr int ks[2]`) in the scope of an await is not lifted: its
// declaration gets `static` (design.md, "Which locals are lifted"). Its
// address, kept before the await, is then the same object in every call:
// two calls alive at once see `&k` equal lowered, distinct natively
// (each coroutine frame has its own k). Values are unaffected.
// Expected: "2 2 distinct=1". Got: "2 2 distinct=0" (g++ and
// clang++-19). design.md justifies the static by the value ("a
// constant's value is the same however long it lives"), and its
// "Deviations from the native build" do not list the object's identity.
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

static const int *g_first = nullptr;
static const int *g_second = nullptr;
static void keep(const int &r) { (g_first ? g_second : g_first) = &r; }

ASL_ASYNC asl::Task<int> const_int() {
  const int k = 2;
  keep(k);
  co_await later(0);
  co_return k;
}

int main() {
  asl::Task<int> a = const_int();
  asl::Task<int> b = const_int();
  ready.set();
  int ra = asl::sync_wait(std::move(a));
  int rb = asl::sync_wait(std::move(b));
  std::printf("%d %d distinct=%d\n", ra, rb, g_first != g_second);
}
