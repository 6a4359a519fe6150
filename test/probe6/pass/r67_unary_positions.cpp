// Awaits as operands of unary and postfix operators: delete and delete[]
// of awaited pointers, dereference and address-of of awaited references,
// postfix increment through an awaited reference, a string literal
// subscripted by an await, and logical not / unary minus chains.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <algorithm>
#include <any>
#include <array>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

struct Obj {
  T t;
  ~Obj() { std::printf("~Obj\n"); }
};
static int cell = 5;

ASL_ASYNC asl::Task<Obj *> make_obj() {
  co_await Hold{};
  co_return new Obj{T("heap")};
}
ASL_ASYNC asl::Task<int *> make_arr() {
  co_await Hold{};
  co_return new int[3]{1, 2, 3};
}
ASL_ASYNC asl::Task<int &> cell_ref() {
  co_await Hold{};
  co_return cell;
}

ASL_ASYNC asl::Task<int> run() {
  delete co_await make_obj();
  delete[] co_await make_arr();
  int *p = &(co_await cell_ref());
  int old = (co_await cell_ref())++;
  int deref = *co_await make_arr() * 0 + *p;
  char ch = "abcdef"[co_await num("i", 3)];
  int neg = -(-(co_await num("n", 4)));
  bool nn = !!co_await num("b", 0);
  std::printf("%d %d %d %c %d %d\n", old, cell, deref, ch, neg, nn);
  co_return old + cell + neg;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
