// decltype of a reference local that lives across an await names the
// machine's pointer field, not the reference type.
// Expected (native): "is_reference 1, decays to int 1"
// Got (lowered, g++ and clang++-19): "is_reference 0, decays to int 0"
// (the lowering keeps `ref` as an `int *` field and rewrites uses of `ref`
// to `(*ref)`, sizeof included, but not the operand of decltype).
#include <asl/task.h>

#include <cstdio>
#include <type_traits>

asl::Event ready;

ASL_ASYNC asl::Task<int> run() {
  int value = 3;
  int &ref = value;
  co_await ready;
  std::printf("is_reference %d, decays to int %d\n",
              std::is_reference_v<decltype(ref)>,
              std::is_same_v<std::decay_t<decltype(ref)>, int>);
  co_return ref;
}

int main() {
  asl::Task<int> t = run();
  ready.set();
  return asl::sync_wait(std::move(t)) == 3 ? 0 : 1;
}
