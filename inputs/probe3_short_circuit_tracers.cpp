// && || ?: with awaits and temporaries of class type: untaken operands are
// never evaluated; temporaries die at the end of the full-expression.
#include <asl/task.h>
#include <cstdio>
#include <string>

struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("    +T(%s)\n", n.c_str());
  }
  T(const T &o) : n(o.n + "c") { std::printf("    +T(%s)\n", n.c_str()); }
  ~T() { std::printf("    -T(%s)\n", n.c_str()); }
  bool ok() const { return n.size() % 2 == 0; }
};

// By reference: a by-value argument of an awaited call dies before the
// caller suspends in the lowered build (docs/design.md documents it).
ASL_ASYNC asl::Task<bool> check(const T &t) {
  std::printf("    check(%s)\n", t.n.c_str());
  co_return t.ok();
}
ASL_ASYNC asl::Task<T> make(const char *s) { co_return T(s); }

ASL_ASYNC asl::Task<int> run(bool fast) {
  int score = 0;
  if (fast || co_await check(T("slow"))) {
    score += 1;
  }
  std::puts("  --");
  if (T("gate").ok() && co_await check(T("ab")) && !co_await check(T("abc")))
    score += 10;
  std::puts("  --");
  T chosen = fast                           ? co_await make("fast")
             : T(co_await make("slo")).ok() ? T("x")
                                            : co_await make("fallback");
  std::printf("  chosen %s\n", chosen.n.c_str());
  std::puts("  --");
  while (score < 30 &&
         (co_await check(T(std::string(score % 3 + 1, 'z'))) || score % 2)) {
    score += 7;
    std::printf("  score %d\n", score);
  }
  std::puts("  --");
  score += (fast ? (co_await make("aa")).n.size() : T("b").n.size()) +
           (co_await check(T("q")) ? 100 : 200);
  co_return score;
}

int main() {
  for (bool f : {true, false}) {
    std::printf("fast=%d\n", (int)f);
    std::printf("  -> %d\n", asl::sync_wait(run(f)));
  }
}
