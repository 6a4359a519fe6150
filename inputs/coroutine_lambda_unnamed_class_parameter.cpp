// Checks a coroutine lambda with an unnamed by-value parameter of class
// type: natively it is moved into the coroutine frame like a named one, and
// destroyed with it. The lowering names it in the lambda's head so that
// the machine keeps it; the noisy type prints the move and both deaths.
// Also a named parameter after it, and a lambda called twice.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>

asl::RunLoop loop;

struct Noisy {
  int id;
  explicit Noisy(int id) : id(id) { std::printf("  Noisy(%d)\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy Noisy(%d)\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) {
    std::printf("  move Noisy(%d)\n", id);
  }
  ~Noisy() { std::printf("  ~Noisy(%d)\n", id); }
};

int main() {
  auto ignore = [](Noisy, int x) -> asl::Task<int> {
    std::printf("  ignore suspends\n");
    co_await loop.schedule();
    std::printf("  ignore resumes\n");
    co_return x * 2;
  };
  std::printf("first:\n");
  int a = loop.run([&] { return ignore(Noisy(1), 3); });
  std::printf("first -> %d\nsecond:\n", a);
  Noisy kept(2);
  int b = loop.run([&] { return ignore(kept, 4); });
  std::printf("second -> %d\n", b);
}
