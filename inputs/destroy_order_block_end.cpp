// Checks destruction order when a block holds a local that lives across an
// await and, after it, a local that does not (found by scripts/fuzz, seed
// 43): at the end of a block, a switch case, a loop body and the function
// body, the later local is destroyed first, as in the native build.
#include <asl/task.h>

#include <cstdio>

struct Tracer {
  explicit Tracer(unsigned id) : id(id) { std::printf("  +%u\n", id); }
  Tracer(const Tracer &) = delete;
  Tracer &operator=(const Tracer &) = delete;
  ~Tracer() { std::printf("  -%u\n", id); }
  unsigned id;
};

asl::Event ev;

ASL_ASYNC asl::Task<unsigned> blocks(unsigned a) {
  Tracer whole{1};
  switch (a % 4u) {
  case 0u: {
    Tracer before{2};
    co_await ev;
    Tracer after{3};
  } break;
  default:
    break;
  }
  for (unsigned i = 0; i < 2u; ++i) {
    Tracer before{10 + i};
    co_await ev;
    Tracer after{20 + i};
    const Tracer &alias = after;
    std::printf("  body %u\n", alias.id);
  }
  {
    Tracer before{30};
    co_await ev;
    Tracer after{31}, also{32};
  }
  co_await ev;
  Tracer last{40};
  co_return a;
}

int main() {
  asl::Task<unsigned> task = blocks(4);
  std::puts("set");
  ev.set();
  std::printf("result %u\n", asl::sync_wait(std::move(task)));
}
