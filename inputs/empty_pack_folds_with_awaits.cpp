// Folds whose pattern awaits, and a call's pack expansion of awaits, in a
// template called with an empty pack and with a pack of two: with no
// element a fold is the empty expansion's value (`void()` for `,`, `true`
// for `&&`, `false` for `||`, the init of a binary fold, whose own await
// still runs) and no await of its pattern happens, even where a part of
// the pattern does not depend on the pack (`s += co_await later(1)`).
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task
static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resumed %d\n", value);
    return value;
  }
};
static Later later(int v) { return {v}; }

template <class... A> int sum(A... a) { return (0 + ... + a); }

template <class... Ts> ASL_ASYNC asl::Task<int> folds(Ts... xs) {
  int s = 0;
  ((s += co_await later(1), void(xs)), ...);
  std::printf("  s %d\n", s);
  bool all = (... && (co_await later(1) > 0 && sizeof(xs) > 0));
  bool any = ((co_await later(0) > 0 || sizeof(xs) == 0) || ...);
  std::printf("  all %d any %d\n", all, any);
  int left = (100 + ... + (co_await later(2) * static_cast<int>(xs)));
  int right = ((co_await later(3) + xs) + ... + co_await later(10));
  std::printf("  left %d right %d\n", left, right);
  int count = sum(co_await later(static_cast<int>(xs))...);
  std::printf("  count %d\n", count);
  co_return s + left + right + count;
}

int main() {
  std::printf("no element:\n");
  asl::Task<int> t = folds();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("two elements:\n");
  t = folds(1, 2);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
