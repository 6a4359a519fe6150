// Unnamed by-value parameters of class type: a coroutine moves every
// by-value parameter into its frame, named or not, so the machine keeps
// them too (one move, one destructor when the machine ends). The ramp
// names them to pass them on.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev;

struct Noisy {
  Noisy() { std::puts("  Noisy()"); }
  Noisy(const Noisy &) { std::puts("  Noisy(copy)"); }
  Noisy(Noisy &&) noexcept { std::puts("  Noisy(move)"); }
  ~Noisy() { std::puts("  ~Noisy"); }
};

ASL_ASYNC asl::Task<int> unnamed(Noisy, int x, const Noisy &) {
  co_await ev;
  co_return x;
}

ASL_ASYNC asl::Task<int> named_unused([[maybe_unused]] Noisy n, int x) {
  co_await ev;
  co_return x;
}

struct Holder {
  int base = 10;
  ASL_ASYNC asl::Task<int> member(const Noisy, std::string s, Noisy = Noisy());
};

ASL_ASYNC asl::Task<int> Holder::member(const Noisy, std::string s, Noisy) {
  co_await ev;
  co_return base + static_cast<int>(s.size());
}

int main() {
  std::puts("unnamed");
  Noisy keep;
  asl::Task<int> a = unnamed(Noisy(), 1, keep);
  std::puts("named");
  asl::Task<int> b = named_unused(Noisy(), 2);
  std::puts("member");
  Holder h;
  asl::Task<int> c = h.member(Noisy(), "abc");
  std::puts("set");
  ev.set();
  int ra = asl::sync_wait(std::move(a));
  int rb = asl::sync_wait(std::move(b));
  int rc = asl::sync_wait(std::move(c));
  std::printf("%d %d %d\n", ra, rb, rc);
}
