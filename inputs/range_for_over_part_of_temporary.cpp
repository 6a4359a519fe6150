// A range-for over a member of a class prvalue (`make().ids`, or of an
// awaited result, `(co_await batch()).ids`) with an await in its body: the
// whole temporary lives as long as the loop, so the machine holds it whole
// and the loop iterates its member.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <vector>

asl::Event ev(true);

struct Batch {
  std::string name;
  std::vector<int> ids;
  ~Batch() { std::printf("  ~Batch %s\n", name.c_str()); }
};

struct Base {
  std::vector<int> values{7, 8};
};
struct Derived : Base {
  ~Derived() { std::printf("  ~Derived\n"); }
};

Batch make() { return Batch{"made", {1, 2}}; }

ASL_ASYNC asl::Task<Batch> batch() {
  co_await ev;
  co_return Batch{"b", {4, 5, 6}};
}
ASL_ASYNC asl::Task<int> twice(int v) {
  co_await ev;
  co_return 2 * v;
}

ASL_ASYNC asl::Task<int> run() {
  int sum = 0;
  for (int id : make().ids)
    sum += co_await twice(id);
  std::printf("  between loops\n");
  for (int id : (co_await batch()).ids)
    sum += co_await twice(id);
  std::printf("  after loops\n");
  for (int v : Derived().values) {
    sum += co_await twice(v);
    std::printf("  %d\n", sum);
  }
  co_return sum;
}

int main() { std::printf("sum %d\n", asl::sync_wait(run())); }
