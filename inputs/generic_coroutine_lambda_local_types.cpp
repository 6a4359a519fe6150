// Types declared in the body of a generic coroutine lambda and used across
// an await: a class, an unscoped enumeration whose enumerators the body
// names, and two classes of one name in different blocks. They
// move into the locals class, the machine's base, which is dependent in
// the lambda's call operator template, so the machine declares them again
// for unqualified lookup.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>

asl::RunLoop loop;

int main() {
  auto walk = [](auto k) -> asl::Task<int> {
    struct Node {
      long v;
    };
    enum Color { Red = 1, Green = 2 };
    Node nd{static_cast<long>(k)};
    Color color = k > 2 ? Green : Red;
    unsigned count = 3;
    co_await loop.schedule();
    int total = static_cast<int>(nd.v) * color + static_cast<int>(count);
    {
      struct Node {
        int w;
      };
      Node inner{total};
      co_await loop.schedule();
      total = inner.w + Red;
    }
    co_return total;
  };
  std::printf("int: %d\n", loop.run([&] { return walk(4); }));
  std::printf("char: %d\n", loop.run([&] { return walk('\1'); }));
}
