// Checks reference locals initialized with braces or parentheses instead of
// `=` that live across a co_await: `const std::string &s{"text"};`,
// `const int &n{5};`, `auto &&r{make()};` extend a temporary, which lives
// in the machine and dies where the reference's scope ends; `int &r{x};`
// binds a local. Each form lowers as its `=` form does, and a braced list
// after `=` (`const T &r = {"a"};`) builds the temporary from that list. The
// temporaries' destructors show when they die.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct Traced {
  std::string name;
  Traced(const char *n) : name(n) { std::printf("  Traced(%s)\n", n); }
  Traced(const char *n, int k) : name(std::string(n) + std::to_string(k)) {
    std::printf("  Traced(%s)\n", name.c_str());
  }
  Traced(const Traced &o) : name(o.name + "'") {
    std::printf("  copy Traced(%s)\n", name.c_str());
  }
  ~Traced() { std::printf("  ~Traced(%s)\n", name.c_str()); }
};
struct Base {
  std::string tag;
  ~Base() { std::printf("  ~Base(%s)\n", tag.c_str()); }
};
struct Derived : Base {
  int extra;
  Derived(std::string t, int e) : Base{std::move(t)}, extra(e) {}
};
struct Agg {
  int a, b;
};

static Traced make(const char *n) { return Traced(n); }
static std::pair<std::string, int> pair(int v) { return {"pair", v}; }

ASL_ASYNC asl::Task<int *> at(int *p) {
  co_await later(0);
  co_return p;
}

ASL_ASYNC asl::Task<int> temporaries() {
  std::printf("braces\n");
  const Traced &name{"name"};
  const Traced &two{"two", 2};
  const int &limit{5};
  auto &&made{make("made")};
  const Traced &copied{Traced("copied")};
  const Base &base{Derived("derived", 2)};
  const int &second{pair(3).second};
  const Agg &agg{4, 5};
  const int(&arr)[2]{6, 7};
  const int &awaited{co_await later(8)};
  std::printf("a list after =\n");
  const Traced &listed = {"listed", 3};
  const Traced &one = {"one"};
  std::printf("parentheses\n");
  const Traced &paren("paren");
  const int &six(6);
  auto &&made2(make("made2"));
  co_await later(1);
  std::printf("%s %s %d %s %s %s %d %d %d %d %d %d %s %d %s %s %s\n",
              name.name.c_str(), two.name.c_str(), limit, made.name.c_str(),
              copied.name.c_str(), base.tag.c_str(), second, agg.a, agg.b,
              arr[0], arr[1], awaited, paren.name.c_str(), six,
              made2.name.c_str(), listed.name.c_str(), one.name.c_str());
  co_return limit + awaited + six;
}

ASL_ASYNC asl::Task<int> locals() {
  int x = 1;
  int &brace{x};
  int &paren(x);
  int &awaited{*co_await at(&x)};
  int *pointer{&x};
  co_await later(2);
  brace += 10;
  paren += 100;
  awaited += 1000;
  *pointer += 10000;
  std::printf("x %d\n", x);
  co_return x;
}

static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

int main() {
  asl::Task<int> t = temporaries();
  drain();
  std::printf("temporaries %d\n", asl::sync_wait(std::move(t)));
  asl::Task<int> u = locals();
  drain();
  std::printf("locals %d\n", asl::sync_wait(std::move(u)));
}
