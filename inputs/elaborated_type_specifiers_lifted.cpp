// Checks locals declared C style, with an elaborated type specifier
// (`struct stat_info a{5, 1};`, `struct tm when = {};`, `union`, `enum`,
// `class`), living across awaits: built in place in their fields, braced,
// copy-list-initialized, default-initialized and value-initialized, also
// in a function template and an array of them.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <ctime>

struct stat_info {
  int size;
  int mode;
};

union number {
  int whole;
  float part;
};

enum color { red, green, blue };

class counter {
public:
  int count = 0;
};

ASL_ASYNC asl::Task<int> c_style(asl::Event &ready) {
  struct stat_info braced{5, 1};
  struct stat_info copied = {6, 2};
  struct stat_info assigned;
  assigned.size = 7;
  struct tm when = {};
  when.tm_year = 126;
  union number n = {4};
  enum color hue = green;
  class counter calls;
  struct stat_info pair[2] = {{1, 1}, {2, 2}};
  co_await ready;
  ++calls.count;
  co_await ready;
  std::printf("year %d, hue %d, calls %d, pair %d\n", when.tm_year + 1900,
              static_cast<int>(hue), calls.count, pair[0].size + pair[1].size);
  co_return braced.size + copied.size + assigned.size + n.whole;
}

template <class T>
ASL_ASYNC asl::Task<int> templated(asl::Event &ready, T extra) {
  struct stat_info info{static_cast<int>(extra), 0};
  co_await ready;
  co_return info.size;
}

int main() {
  asl::Event ready;
  auto a = c_style(ready);
  auto b = templated(ready, 3L);
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
}
