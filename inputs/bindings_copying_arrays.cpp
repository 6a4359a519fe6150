// Structured bindings that copy a C array (`auto [x, y, z] = arr;`: the
// hidden object is a copy made element by element), living across an
// await: of ints, of class objects (copied, or moved from an xvalue), and
// of arrays (a two-dimensional one).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event ev(true);

struct Named {
  std::string name;
  Named(const char *n) : name(n) {}
  Named(const Named &other) : name(other.name + "+copy") {}
  Named(Named &&other) noexcept : name(std::move(other.name) + "+move") {}
  ~Named() { std::printf("  ~Named %s\n", name.c_str()); }
};

struct Holder {
  int values[2] = {5, 6};
};
Holder holder() { return Holder{}; }

ASL_ASYNC asl::Task<int> run() {
  int arr[3] = {1, 2, 3};
  auto [x, y, z] = arr;
  Named names[2] = {"a", "b"};
  auto [first, second] = names;
  Named more[2] = {"c", "d"};
  auto [moved, other] = std::move(more);
  int grid[2][2] = {{1, 2}, {3, 4}};
  auto [row0, row1] = grid;
  auto [v0, v1] = holder().values;
  co_await ev;
  arr[0] = 10;
  x += 100;
  grid[0][0] = 50;
  std::printf("  %d %d %d | %d\n", x, y, z, arr[0]);
  std::printf("  %s %s %s %s\n", first.name.c_str(), second.name.c_str(),
              moved.name.c_str(), other.name.c_str());
  std::printf("  %d %d %d %d\n", row0[0], row1[1], v0, v1);
  co_return x;
}

int main() { std::printf("r %d\n", asl::sync_wait(run())); }
