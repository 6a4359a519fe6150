// Names that only the branch a constexpr if discards uses: a label its
// goto jumps to, a local typedef and alias, a variable declared after the
// last await (not kept in the machine), one only assigned outside the
// branch, a structured binding, a variable of a lambda in the body that
// the machine does not keep (one it keeps is not handled yet). The
// lowering replaces the constexpr if by its taken branch, so each would be
// unused there; natively the discarded branch still uses them, and the
// native build has no warning. The lowered builds must have none either
// (-Wall -Wextra): the declarations are marked [[maybe_unused]] and the
// label, which nothing jumps to any more, is dropped. The same in each
// specialization of an async function template, whose discarded branch
// clang leaves empty.
#include <asl/task.h>

#include <cstdio>
#include <type_traits>
#include <utility>

ASL_ASYNC asl::Task<int> plain(asl::Event &ready) {
  int r = 0;
  {
    auto twice = [](int v) {
      int unused_here = v;
      if constexpr (sizeof(int) == 1)
        return unused_here;
      else
        return 2 * v;
    };
    r += twice(3);
  }
  typedef int narrow;
  using wide = long;
  if constexpr (sizeof(int) == 1) {
    narrow n = 0;
    wide w = n;
    r = static_cast<int>(w);
    goto out;
  }
  co_await ready;
  r += 1;
  {
    int shown = 2;
    int assigned;
    assigned = 3;
    auto [first, second] = std::pair<int, int>(4, 5);
    if constexpr (sizeof(int) == 1)
      std::printf("%d %d %d\n", shown, assigned, first);
    r += second;
  }
out:
  co_return r;
}

template <class T> ASL_ASYNC asl::Task<int> hold(T v, asl::Event &ready) {
  int r = 0;
  using value_type = T;
  if constexpr (!std::is_integral_v<T>) {
    value_type copy = v;
    r = static_cast<int>(copy);
    goto done;
  }
  co_await ready;
  r = static_cast<int>(v);
  {
    int note = 7;
    if constexpr (std::is_pointer_v<T>)
      r += note;
    else
      r += 1;
  }
done:
  co_return r;
}

int main() {
  asl::Event ready;
  asl::Task<int> a = plain(ready);
  asl::Task<int> b = hold(7, ready);
  asl::Task<int> c = hold(2.5, ready);
  ready.set();
  int ra = asl::sync_wait(std::move(a));
  int rb = asl::sync_wait(std::move(b));
  int rc = asl::sync_wait(std::move(c));
  std::printf("%d %d %d\n", ra, rb, rc);
}
