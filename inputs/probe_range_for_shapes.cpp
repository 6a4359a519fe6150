// Range-for with awaits: over an awaited temporary vector, over a
// member of an awaited struct held in a local, nested range-fors with break/continue,
// over a C array, over a string, with a by-value element of class type,
// destroying a task suspended inside.
#include <asl/task.h>

#include <cstdio>
#include <list>
#include <string>
#include <vector>

asl::Event ev(true);

struct Item {
  int id;
  explicit Item(int i) : id(i) { std::printf("  +Item%d\n", id); }
  Item(const Item &o) : id(o.id) { std::printf("  +Item%d copy\n", id); }
  Item(Item &&o) noexcept : id(o.id) { std::printf("  +Item%d move\n", id); }
  ~Item() { std::printf("  -Item%d\n", id); }
};

struct Batch {
  std::string name;
  std::vector<int> ids;
};

ASL_ASYNC asl::Task<std::vector<Item>> load(int n) {
  co_await ev;
  std::vector<Item> v;
  v.reserve(n);
  for (int i = 0; i < n; ++i)
    v.emplace_back(i);
  co_return v;
}
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
  for (const Item &it : co_await load(3)) {
    sum += co_await twice(it.id);
  }
  std::printf("  after first loop\n");
  Batch b = co_await batch();
  for (int id : b.ids)
    sum += co_await twice(id);
  int carr[] = {7, 8, 9};
  for (int &c : carr) {
    if (c == 8)
      continue;
    for (char ch : std::string("xy")) {
      if (ch == 'y')
        break;
      c += co_await twice(1);
    }
  }
  sum += carr[0] + carr[1] + carr[2];
  std::list<Item> items;
  items.emplace_back(10);
  items.emplace_back(11);
  for (Item it : items) {
    int v = co_await twice(it.id);
    if (v > 21)
      break;
    sum += v;
  }
  co_return sum;
}

int main() {
  std::printf("sum %d\n", asl::sync_wait(run()));
  ev.reset();
  {
    asl::Task<int> t = run();
    std::printf("destroy suspended\n");
  }
  ev.set();
  std::printf("done\n");
}
