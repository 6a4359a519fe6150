// Reproducer (probe 12, control): a label whose only goto is in a branch
// that `if constexpr` discards. The lowering replaces the `if constexpr` by
// its taken branch (and a static_assert), so the goto is gone and the label
// is left alone: the lowered file gets -Wunused-label under -Wall with g++
// and clang++-19; the native build has no warning (the goto uses the label).
// Same in an async function template's specialization (hold<int> below),
// for a local typedef used only in the discarded branch
// (-Wunused-local-typedef(s)), and for a local that is not lifted (declared
// after the last await) used only there (-Wunused-variable,
// -Wunused-but-set-variable).
#include <asl/task.h>

#include <cstdio>
#include <type_traits>

ASL_ASYNC asl::Task<int> plain(asl::Event &ready) {
  int r = 0;
  typedef int narrow;
  if constexpr (sizeof(int) == 1) {
    narrow n = 0;
    r = n;
    goto out;
  }
  co_await ready;
  r = 1;
  {
    int shown = 2;
    if constexpr (sizeof(int) == 1)
      std::printf("%d\n", shown);
  }
out:
  co_return r;
}

template <class T> ASL_ASYNC asl::Task<int> hold(T v, asl::Event &ready) {
  int r = 0;
  if constexpr (!std::is_integral_v<T>)
    goto done;
  co_await ready;
  r = static_cast<int>(v);
done:
  co_return r;
}

int main() {
  asl::Event ready;
  asl::Task<int> a = plain(ready);
  asl::Task<int> b = hold(7, ready);
  ready.set();
  std::printf("%d %d\n", asl::sync_wait(std::move(a)),
              asl::sync_wait(std::move(b)));
}
