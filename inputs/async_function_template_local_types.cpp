// An async function template whose machine keeps a type declared in its
// body, or a lambda's closure: each specialization gets its own class of
// what the body declares (`pair_up_locals`, `pair_up_locals1`, no template),
// which names the template's parameters as members as the machine does.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T, int Count> ASL_ASYNC asl::Task<std::string> pair_up(T x) {
  struct Pair {
    T first;
    T second;
    int count = Count;
  };
  Pair p{x, x};
  auto show = [&p](const char *label) {
    std::printf("%s: count %d\n", label, p.count);
  };
  co_await ready;
  show("after await");
  T sum = p.first + p.second;
  co_return std::to_string(sizeof(sum)) + "/" + std::to_string(p.count);
}

ASL_ASYNC asl::Task<int> run() {
  std::string a = co_await pair_up<int, 2>(4);
  std::string b = co_await pair_up<double, 3>(1.5);
  std::printf("%s %s\n", a.c_str(), b.c_str());
  co_return 0;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  return asl::sync_wait(std::move(task));
}
