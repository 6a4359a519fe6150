// Checks coroutine lambdas outside a coroutine (in main, in a function
// template) that capture another lambda's closure, by copy, by reference,
// through `[&]` and in a std::pair: nothing can name those types in the
// machine, a class local to the lambda's body, so it names them through
// the captured variables, by aliases declared before it
// (`using inner_type = std::remove_reference_t<decltype(inner)>;`).
#include <asl/task.h>

#include <cstdio>
#include <utility>

template <class T> int scaled(T k) {
  auto mul = [k](int v) { return static_cast<int>(v * k); };
  auto run = [&mul](int v) -> asl::Task<int> { co_return mul(v); };
  return asl::sync_wait(run(3));
}

int main() {
  int calls = 0;
  auto inner = [&calls](int v) {
    ++calls;
    return v + 1;
  };
  auto by_copy = [inner](int v) -> asl::Task<int> { co_return inner(v); };
  auto by_ref = [&inner](int v) -> asl::Task<int> {
    co_return inner(v) * 2;
  };
  auto implicit = [&](int v) -> asl::Task<int> { co_return inner(v) * 3; };
  auto mut = [inner](int v) mutable -> asl::Task<int> {
    co_return inner(v) * 4;
  };
  auto pr = std::make_pair([](int v) { return v - 1; }, 5);
  auto held = [&pr](int v) -> asl::Task<int> {
    co_return pr.first(v) + pr.second;
  };
  std::printf("%d %d %d %d %d\n", asl::sync_wait(by_copy(6)),
              asl::sync_wait(by_ref(6)), asl::sync_wait(implicit(6)),
              asl::sync_wait(mut(6)), asl::sync_wait(held(6)));
  std::printf("calls %d, scaled %d %d\n", calls, scaled(2), scaled(1.5));
}
