// Switch cases that end in a statement that cannot complete: a throw or a
// call of a [[noreturn]] function whose operands await and keep
// temporaries. No destroy call follows such a statement in the lowering
// (g++ -Wextra would say the case falls through); when it throws, its
// awaiters and temporaries still die exactly once, as natively. Also
// `[[fallthrough]];` and `goto` after an awaiting statement.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>

static asl::Event g_ev;

struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Tr(const Tr &) = delete;
  ~Tr() { std::printf("  -%s\n", n.c_str()); }
};

static std::string operator+(const Tr &a, const std::string &b) {
  return a.n + " " + b;
}

// Completes without suspending, but is an awaiter with a destructor.
struct Traced {
  int id;
  explicit Traced(int i) : id(i) { std::printf("  +awaiter%d\n", id); }
  Traced(const Traced &) = delete;
  ~Traced() { std::printf("  -awaiter%d\n", id); }
  bool await_ready() const { return false; }
  template <class H> bool await_suspend(H) { return false; }
  int await_resume() const { return id; }
};

ASL_ASYNC asl::Task<std::string> msg(int k) {
  co_await g_ev;
  co_return "boom " + std::to_string(k);
}

[[noreturn]] static void fatal(int code, const Tr &why) {
  throw std::logic_error("fatal " + std::to_string(code) + " " + why.n);
}

ASL_ASYNC asl::Task<int> pick(int k) {
  int out = 0;
  try {
    switch (k) {
    case 0:
      throw std::runtime_error(Tr("t0") + co_await msg(co_await Traced(0)));
    case 1:
      fatal(co_await Traced(1), Tr("t1"));
    case 2: {
      Tr keep("k2");
      fatal(co_await Traced(2) + (co_await msg(2)).size(), Tr("t2"));
    }
    case 3:
      out += co_await Traced(3) + static_cast<int>(Tr("t3").n.size());
      [[fallthrough]];
    case 4: {
      Tr keep("k4");
      out += co_await Traced(4);
      goto done;
    }
    case 5:
      k > 100 ? fatal(co_await Traced(5), Tr("t5a"))
              : fatal(0, Tr("t5b"));
    case 6:
      co_return co_await Traced(6) + static_cast<int>(Tr("t6").n.size());
    }
  } catch (const std::runtime_error &e) {
    std::printf("  pick caught: %s\n", e.what());
    co_return -1;
  }
done:
  co_return out;
}

int main() {
  for (int k = 0; k <= 6; ++k) {
    std::printf("pick(%d)\n", k);
    asl::Task<int> t = pick(k);
    g_ev.set();
    try {
      std::printf("= %d\n", asl::sync_wait(std::move(t)));
    } catch (const std::exception &e) {
      std::printf("caught: %s\n", e.what());
    }
  }
}
