// A local alias of a non-dependent type in an async template's body, whose
// name a class declared earlier in another block of the body has, used
// across an await: hoisted into the locals class, the alias is renamed
// (Count_2), but in the specialization its use still names the template's
// alias, which the rename does not reach.
// expect-error: 27:3: error: a use of the alias 'Count' of a template's
//   body, whose name an earlier type of the body has too; not supported
//   yet (rename one)
#include <asl/task.h>

struct Ready {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  void await_resume() const noexcept {}
};

template <class T> ASL_ASYNC asl::Task<int> count(T k) {
  {
    struct Count {
      int n;
    };
    Count first{1};
    co_await Ready{};
    k += first.n;
  }
  using Count = unsigned;
  Count second = 2;
  co_await Ready{};
  co_return static_cast<int>(second) + static_cast<int>(k);
}

int main() { return asl::sync_wait(count(1)) == 4 ? 0 : 1; }
