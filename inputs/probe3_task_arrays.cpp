// Tasks in a C array and in a struct, awaited later by index; tasks moved
// between variables; a task destroyed without being awaited.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <utility>

struct Note {
  int id;
  ~Note() { std::printf("  ~Note(%d)\n", id); }
};

asl::Event gates[3];

ASL_ASYNC asl::Task<int> job(int id) {
  Note n{id};
  co_await gates[id % 3];
  std::printf("  job %d done\n", id);
  co_return id * 10;
}

struct Batch {
  asl::Task<int> first;
  asl::Task<int> second;
};

ASL_ASYNC asl::Task<int> run() {
  asl::Task<int> ts[3] = {job(0), job(1), job(2)};
  Batch b{job(4), job(5)};
  asl::Task<int> moved = std::move(ts[1]);
  int sum = 0;
  for (int i = 2; i >= 0; i -= 2)
    sum += co_await ts[i];
  sum += co_await moved;
  sum += co_await b.second;
  std::printf("  sum so far %d; first ready %d\n", sum,
              (int)b.first.is_ready());
  co_return sum;
}

int main() {
  asl::Task<int> t = run();
  gates[2].set();
  std::puts("main: gate 2");
  gates[0].set();
  std::puts("main: gate 0");
  gates[1].set();
  std::puts("main: gate 1");
  std::printf("main: %d\n", asl::sync_wait(std::move(t)));
}
