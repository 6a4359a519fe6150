// goto / break / continue / co_return leaving nested scopes with lifted
// locals; same-named locals in nested scopes.
#include <asl/task.h>

#include <cstdio>
#include <string>

struct Noisy {
  std::string n;
  explicit Noisy(std::string s) : n(std::move(s)) { std::printf("  +%s\n", n.c_str()); }
  Noisy(const Noisy &) = delete;
  ~Noisy() { std::printf("  -%s\n", n.c_str()); }
};

asl::Event ev(true);

ASL_ASYNC asl::Task<int> tick(int v) {
  co_await ev;
  co_return v;
}

ASL_ASYNC asl::Task<int> walk(int limit) {
  Noisy outer("outer");
  int total = 0;
  int i = 0;
again:
  {
    Noisy x("loop" + std::to_string(i));
    total += co_await tick(i);
    if (i == 1) {
      Noisy x("inner1");
      ++i;
      co_await tick(0);
      goto again;
    }
    ++i;
    if (i < limit) {
      Noisy y("before-goto");
      goto again;
    }
  }
  for (int j = 0; j < 5; ++j) {
    Noisy x("for" + std::to_string(j));
    if (j == 1)
      continue;
    int v = co_await tick(j);
    if (v == 3) {
      Noisy z("break");
      break;
    }
    {
      Noisy x("nested" + std::to_string(j));
      total += co_await tick(x.n.size());
    }
  }
  while (true) {
    Noisy w("while");
    int v = co_await tick(total);
    if (v > 0) {
      Noisy r("return");
      co_return v + (co_await tick(1));
    }
  }
}

ASL_ASYNC asl::Task<void> shadow() {
  int n = 1;
  {
    int n = co_await tick(10);
    {
      int n = co_await tick(100);
      std::printf("  n3=%d\n", n);
    }
    std::printf("  n2=%d\n", n);
  }
  std::printf("  n1=%d\n", n);
  for (int n = 0; n < 2; ++n) {
    std::string n_s = std::to_string(n);
    co_await tick(n);
    std::printf("  for n=%d %s\n", n, n_s.c_str());
  }
  if (int n = co_await tick(7); n > 5) {
    int m = co_await tick(n);
    std::printf("  if n=%d m=%d\n", n, m);
  } else {
    int n2 = n;
    std::printf("  else %d\n", n2);
  }
}

int main() {
  int r = asl::sync_wait(walk(3));
  std::printf("walk=%d\n", r);
  ev.reset();
  asl::Task<void> t = shadow();
  std::printf("suspended\n");
  ev.set();
  asl::sync_wait(std::move(t));
  std::printf("done\n");
}
