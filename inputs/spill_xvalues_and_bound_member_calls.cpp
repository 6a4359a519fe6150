// Checks operands saved before a later await in the same expression that
// the output once could not compile or ordered wrongly: an xvalue operand
// (`g(std::move(s), co_await f())`, kept by address: std::addressof takes
// only lvalues); the object of a member call that is itself an awaited
// class prvalue, called through const (`(co_await make()).size_plus(co_await
// f())`, saved once, not again through its cast to const); and a call
// through a pointer to member function, `(object.*pointer)(co_await f())`
// and `->*`, whose object is evaluated before the arguments (it was left
// after the await).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>

static std::function<void()> pending;

template <class T> struct Ready {
  T v;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  T await_resume() {
    std::printf("  resume\n");
    return std::move(v);
  }
};
static Ready<int> ri(int v) {
  std::printf("  ri %d\n", v);
  return {v};
}

struct Text {
  std::string n;
  explicit Text(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Text(Text &&o) : n(std::move(o.n)) { std::printf("  +%s (move)\n", n.c_str()); }
  ~Text() { std::printf("  -%s\n", n.c_str()); }
  int size_plus(int x) const { return x + (int)n.size(); }
  int times(int x) { return x * (int)n.size(); }
};

static Text &named(Text &t, const char *why) {
  std::printf("  named %s\n", why);
  return t;
}
static int take(std::string &&s, int x) {
  std::printf("  take %s %d\n", s.c_str(), x);
  std::string kept = std::move(s);
  return x;
}
static int take_text(Text &&t, int x) {
  std::printf("  take_text %s %d\n", t.n.c_str(), x);
  return x;
}

ASL_ASYNC asl::Task<int> body() {
  std::puts("xvalue operands:");
  std::string s = "abc";
  int a = take(std::move(s), co_await ri(1));
  Text t("t");
  int b = take_text(std::move(t), co_await ri(2));
  std::puts("member call on an awaited prvalue:");
  int c = (co_await Ready<Text>{Text("made")}).size_plus(co_await ri(3));
  std::puts("pointer to member function:");
  int (Text::*pointer)(int) = &Text::times;
  Text u("four");
  int d = (named(u, "dot").*pointer)(co_await ri(4));
  Text *p = &u;
  int e = ((named(*p, "arrow"), p)->*pointer)(co_await ri(5));
  std::printf("a=%d b=%d c=%d d=%d e=%d s='%s'\n", a, b, c, d, e, s.c_str());
  co_return a + b + c + d + e;
}

int main() {
  auto t = body();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
