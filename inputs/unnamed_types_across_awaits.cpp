// auto locals whose type is an unnamed enumeration or an unnamed class
// declared at namespace scope (old-style constants, a C-style config
// variable), or in a class, living across an await, and a reference to one
// (kept as a pointer): the machine spells their types through decltype of a
// name declared with them.
#include <asl/task.h>

#include <cstdio>

asl::Event ev(true);

enum { kSmall = 1, kLarge = 100 };

static struct {
  int retries;
  int timeout;
} config = {3, 50};

namespace limits {
enum { kMax = 1000 };
}

struct Settings {
  enum { kDefault = 7 };
  struct {
    int depth;
  } nested = {4};
};

ASL_ASYNC asl::Task<int> run() {
  auto size = kLarge;
  auto cfg = config;
  const auto &cref = config;
  auto max = limits::kMax;
  Settings settings;
  auto inner = settings.nested;
  auto fallback = Settings::kDefault;
  co_await ev;
  co_return size + kSmall + cfg.retries + cref.timeout + max + inner.depth +
            fallback;
}

int main() { std::printf("r %d\n", asl::sync_wait(run())); }
