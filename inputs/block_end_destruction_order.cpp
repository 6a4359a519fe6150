// Checks that a local declared after a lifted one in the same block, and not
// itself alive across an await, is still destroyed before it, as natively.
#include <asl/task.h>

#include <cstdio>

struct Noisy {
  const char *name;
  ~Noisy() { std::printf("  drop %s\n", name); }
};

asl::Event ready;

ASL_ASYNC asl::Task<int> run() {
  {
    Noisy first{"first"};
    co_await ready;
    Noisy second{"second"}, third{"third"};
    std::printf("  end of inner block\n");
  }
  std::printf("  after inner block\n");
  Noisy outer{"outer"};
  co_await ready;
  Noisy last{"last"};
  co_return 0;
}

int main() {
  ready.set();
  return asl::sync_wait(run());
}
