// Awaiters with destructors whose await_suspend or await_resume throws, in
// the middle of expressions holding spilled temporaries and half-built
// locals; each object destroyed exactly once, in the native order.
#include <asl/task.h>
#include <cstdio>
#include <stdexcept>
#include <string>

struct Tmp {
  std::string n;
  explicit Tmp(std::string s) : n(std::move(s)) {
    std::printf("    +%s\n", n.c_str());
  }
  Tmp(const Tmp &o) : n(o.n + "c") { std::printf("    +%s\n", n.c_str()); }
  ~Tmp() { std::printf("    -%s\n", n.c_str()); }
};

struct Throwy {
  int mode; // 0: suspend throws, 1: resume throws, 2: ok inline, 3: ready
  Throwy(int m) : mode(m) { std::printf("    +awaiter%d\n", mode); }
  Throwy(const Throwy &o) : mode(o.mode) {
    std::printf("    +awaiter%d copy\n", mode);
  }
  ~Throwy() { std::printf("    -awaiter%d\n", mode); }
  bool await_ready() const { return mode == 3; }
  template <class H> bool await_suspend(H h) {
    if (mode == 0)
      throw std::runtime_error("suspend");
    if (mode == 2) {
      h.resume();
      return true;
    }
    return false;
  }
  int await_resume() const {
    if (mode == 1)
      throw std::runtime_error("resume");
    return mode;
  }
};

static int use(const Tmp &a, int v, const Tmp &b) {
  return (int)(a.n.size() + b.n.size()) + v;
}

struct Pair {
  Tmp x;
  Tmp y;
};

ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  for (int mode = 0; mode < 4; ++mode) {
    std::printf("  mode %d\n", mode);
    try {
      total += use(Tmp("a"), co_await Throwy(mode), Tmp("b"));
      Pair p{Tmp("px"), Tmp("py" + std::to_string(co_await Throwy(mode)))};
      total += (int)p.y.n.size();
    } catch (const std::exception &e) {
      std::printf("    caught %s\n", e.what());
    }
  }
  co_return total;
}

int main() { std::printf("%d\n", asl::sync_wait(run())); }
