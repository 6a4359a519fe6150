// probe12 control: c45_deep_nested_tries
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <exception>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// Traced objects: every construction, copy, move and destruction prints.
static int g_next = 1;
struct Tr {
  int id;
  const char *tag;
  explicit Tr(const char *t) : id(g_next++), tag(t) {
    std::printf("  +%s#%d\n", tag, id);
  }
  Tr(const Tr &o) : id(g_next++), tag(o.tag) {
    std::printf("  copy %s#%d->#%d\n", tag, o.id, id);
  }
  Tr(Tr &&o) noexcept : id(g_next++), tag(o.tag) {
    std::printf("  move %s#%d->#%d\n", tag, o.id, id);
  }
  Tr &operator=(const Tr &) = delete;
  ~Tr() { std::printf("  -%s#%d\n", tag, id); }
  int v() const { return id; }
};

// A scheduler of our own: suspended awaits queue here, drain() resumes them.
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}

// A traced awaiter: suspends (resumed by drain) unless `ready`.
struct Aw {
  int val;
  bool ready;
  Aw(int v, bool r) : val(v), ready(r) { std::printf("  aw+%d\n", val); }
  Aw(const Aw &o) : val(o.val), ready(o.ready) {
    std::printf("  aw copy %d\n", val);
  }
  Aw(Aw &&o) noexcept : val(o.val), ready(o.ready) {
    std::printf("  aw move %d\n", val);
  }
  ~Aw() { std::printf("  aw-%d\n", val); }
  bool await_ready() const noexcept { return ready; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  int await_resume() const {
    std::printf("  resume %d\n", val);
    return val;
  }
};
[[maybe_unused]] static Aw later(int v) { return Aw(v, false); }
[[maybe_unused]] static Aw now(int v) { return Aw(v, true); }

[[maybe_unused]] static int say(const char *what, int v) {
  std::printf("  %s %d\n", what, v);
  return v;
}

// Tries nested seven deep, each level with a lifted traced local and awaits
// before and after its inner try; an exception of type L<k> thrown at the
// innermost level is caught at level k (by reference to its base at odd
// levels, rethrown once with `throw;` at level k+1 when asked).

template <int K> struct L : std::runtime_error {
  L() : std::runtime_error("L" + std::to_string(K)) {}
};

ASL_ASYNC asl::Task<int> f(int catch_at, bool rethrow) {
  int r = 0;
  try {
    Tr t0("L0");
    r += co_await later(0);
    try {
      Tr t1("L1");
      r += co_await later(1);
      try {
        Tr t2("L2");
        r += co_await later(2);
        try {
          Tr t3("L3");
          r += co_await later(3);
          try {
            Tr t4("L4");
            r += co_await later(4);
            try {
              Tr t5("L5");
              r += co_await later(5);
              try {
                Tr t6("L6");
                r += co_await later(6);
                switch (catch_at) {
                case 0:
                  throw L<0>();
                case 1:
                  throw L<1>();
                case 2:
                  throw L<2>();
                case 3:
                  throw L<3>();
                case 4:
                  throw L<4>();
                case 5:
                  throw L<5>();
                case 6:
                  throw L<6>();
                default:
                  break;
                }
                r += co_await now(10);
              } catch (L<6> &e) {
                Tr h("h6");
                std::printf("  level 6 caught %s\n", e.what());
                r += 1000 * 7;
                if (rethrow && catch_at == 6 + 0)
                  throw;
              }
              r += co_await now(10);
            } catch (const std::runtime_error &e) {
              if (std::string(e.what()) != "L5")
                throw;
              Tr h("h5");
              std::printf("  level 5 caught %s\n", e.what());
              r += 1000 * 6;
              if (rethrow && catch_at == 5 + 0)
                throw;
            }
            r += co_await now(10);
          } catch (L<4> &e) {
            Tr h("h4");
            std::printf("  level 4 caught %s\n", e.what());
            r += 1000 * 5;
            if (rethrow && catch_at == 4 + 0)
              throw;
          }
          r += co_await now(10);
        } catch (const std::runtime_error &e) {
          if (std::string(e.what()) != "L3")
            throw;
          Tr h("h3");
          std::printf("  level 3 caught %s\n", e.what());
          r += 1000 * 4;
          if (rethrow && catch_at == 3 + 0)
            throw;
        }
        r += co_await now(10);
      } catch (L<2> &e) {
        Tr h("h2");
        std::printf("  level 2 caught %s\n", e.what());
        r += 1000 * 3;
        if (rethrow && catch_at == 2 + 0)
          throw;
      }
      r += co_await now(10);
    } catch (const std::runtime_error &e) {
      if (std::string(e.what()) != "L1")
        throw;
      Tr h("h1");
      std::printf("  level 1 caught %s\n", e.what());
      r += 1000 * 2;
      if (rethrow && catch_at == 1 + 0)
        throw;
    }
    r += co_await now(10);
  } catch (L<0> &e) {
    Tr h("h0");
    std::printf("  level 0 caught %s\n", e.what());
    r += 1000 * 1;
  }
  co_return r + co_await later(100);
}

int main() {
  for (int c = 0; c <= 7; ++c)
    for (bool rethrow : {false, true}) {
      std::printf("catch_at=%d rethrow=%d\n", c, rethrow);
      g_next = 1;
      asl::Task<int> t = f(c, rethrow);
      drain();
      try {
        std::printf("result %d\n", asl::sync_wait(std::move(t)));
      } catch (const std::exception &e) {
        std::printf("main caught %s\n", e.what());
      }
    }
}
