// Checks generic coroutine lambdas with unnamed 'auto' parameters: the
// lowered lambda chooses its machine by the types of its parameters, so the
// output names each unnamed one after its type. One unnamed parameter beside
// a named one, called with an int, a std::string and a class; two 'auto'
// parameters, one unnamed, called with their types swapped.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::RunLoop loop;

struct Tag {};

int main() {
  auto one = [](auto, int x) -> asl::Task<int> {
    co_await loop.schedule();
    co_return x + 1;
  };
  auto both = [](auto a, auto) -> asl::Task<int> {
    co_await loop.schedule();
    co_return static_cast<int>(sizeof(a));
  };
  std::printf("one(int) -> %d\n", loop.run([&] { return one(2, 10); }));
  std::printf("one(std::string) -> %d\n",
              loop.run([&] { return one(std::string("s"), 20); }));
  std::printf("one(Tag) -> %d\n", loop.run([&] { return one(Tag{}, 30); }));
  std::printf("both(char, double) -> %d\n",
              loop.run([&] { return both('c', 1.5); }));
  std::printf("both(double, char) -> %d\n",
              loop.run([&] { return both(1.5, 'c'); }));
}
