// Checks that an awaited right side of = and op= runs before the left side,
// as C++17 requires, for built-in and overloaded operators: a[i] = co_await e
// writes the index the await set, x += co_await e reads x afterwards, and
// *where() = co_await e calls where() after the await.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <map>
#include <string>

static std::function<void()> pending; // resumes the one suspended task
static int slots[3] = {0, 0, 0}, idx = 0, acc = 10;
static struct S { long f; } s{1};
static std::string log_text = "log";

struct Act { // runs `f` after a real suspension
  int (*f)();
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return f(); }
};
static int set_index() { idx = 2; return 42; }
static int announce() { std::puts("  right side awaited"); return 7; }
static int set_acc() { acc = 100; return 1; }
static int set_field() { s.f = 64; return 1; }
static int grow_log() { log_text += "+x"; return 3; }

static int *where(const char *tag) {
  std::printf("  where(%s)\n", tag);
  return &slots[1];
}
static std::string key(const char *k) {
  std::printf("  key(%s)\n", k);
  return k;
}

ASL_ASYNC asl::Task<int> demo(std::map<std::string, int> &table) {
  slots[idx] = co_await Act{set_index};
  std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
  *where("target") = co_await Act{announce};
  std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
  acc += co_await Act{set_acc};
  std::printf("acc = %d\n", acc);
  s.f >>= co_await Act{set_field};
  std::printf("s.f = %ld\n", s.f);
  table[key("a")] = co_await Act{announce};
  table[key("b")] += co_await Act{announce};
  std::printf("table a=%d b=%d\n", table["a"], table["b"]);
  log_text += std::to_string(co_await Act{grow_log});
  std::printf("log = %s\n", log_text.c_str());
  int x, y;
  x = y = co_await Act{set_acc};
  slots[idx - 2] -= x + y + co_await Act{set_index};
  std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
  co_return slots[0];
}

int main() {
  std::map<std::string, int> table{{"b", 5}};
  asl::Task<int> t = demo(table);
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
