// An object that is its own awaiter, awaited as an xvalue
// (`co_await std::move(o)`, `co_await static_cast<Op &&>(o)`,
// `co_await Holder{0, {3}}.op`): the machine refers to the awaiter by
// pointer, written `awaiter0_ = std::addressof(std::move(o));`, and
// std::addressof of an rvalue is deleted, so neither compiler builds the
// output. Natively the awaiter is that object itself. Expected: 11, 3.
#include <asl/task.h>
#include <cstdio>
#include <utility>

asl::Event ready;
struct Op {
  int v;
  bool await_ready() const noexcept { return ready.is_set(); }
  template <class H> void await_suspend(H) {}
  int await_resume() const noexcept { return v; }
};
struct Holder {
  int pad;
  Op op;
};

ASL_ASYNC asl::Task<int> moved_local() {
  Op o{1};
  int r = co_await std::move(o);
  co_return r * 10 + o.v;
}
ASL_ASYNC asl::Task<int> member_of_temporary() {
  co_return co_await Holder{0, {3}}.op;
}

int main() {
  ready.set();
  std::printf("%d\n", asl::sync_wait(moved_local()));
  std::printf("%d\n", asl::sync_wait(member_of_temporary()));
}
