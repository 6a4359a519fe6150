// e61: views and links into locals across an await: a string_view and a
// char pointer into a char array, an end pointer of an int array, an
// object whose member function stores its this, two structs linked to
// each other.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

#include <iterator>
#include <string_view>
struct Node {
  Node *self = nullptr;
  int v = 0;
  void init() { self = this; }
  bool ok() const { return self == this; }
};
struct Link {
  int v;
  Link *next;
};
ASL_ASYNC asl::Task<int> app() {
  char buf[8] = "abc";
  std::string_view sv(buf);
  const char *cs = buf;
  int arr[3] = {1, 2, 3};
  int *end = std::end(arr);
  Node n;
  n.init();
  Link a{1, nullptr}, b{2, nullptr};
  a.next = &b;
  b.next = &a;
  co_await later(1);
  buf[0] = 'X';
  arr[2] = 9;
  b.v = 20;
  std::printf("%s %s %d %d %d\n", std::string(sv).c_str(), cs, end[-1],
              n.ok() ? 1 : 0, a.next->v);
  co_return 0;
}
int main() { std::printf("%d\n", drive(app())); }
