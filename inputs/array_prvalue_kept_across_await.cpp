// Checks array prvalues written with their type that must outlive an
// await: a range-for over `IA{a, b, 1}` (`using IA = int[3];`) whose body
// awaits, a reference bound to one (`const IA &ia = IA{a, b, 1};`) that
// lives across awaits, an array of a class that prints where it is built
// and destroyed, and a range-for over an array member of a class prvalue
// (`Holder{{7, 8, 9}}.arr`, and of an awaited one), whose whole temporary
// lives as long as the loop. The machine builds each array from its
// braced list, as natively, and reads the member through a reference to
// the array, `static_cast<int (&)[3]>(...)`.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  int v;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return v; }
};

struct Noisy {
  int id;
  Noisy(int i) : id(i) { std::printf("  +%d\n", id); }
  Noisy(const Noisy &other) : id(other.id + 100) {
    std::printf("  copy +%d\n", id);
  }
  ~Noisy() { std::printf("  -%d\n", id); }
};

using IA = int[3];
using NA = Noisy[2];

struct Holder {
  int arr[3];
};

ASL_ASYNC asl::Task<Holder> get(int base) {
  co_await Pause{0};
  co_return Holder{{base, base + 1, base + 2}};
}

ASL_ASYNC asl::Task<int> ranges(int a, int b) {
  int s = 0;
  for (int v : IA{a, b, 1})
    s += co_await Pause{v};
  std::printf("array prvalue %d\n", s);
  for (const Noisy &n : NA{Noisy(1), Noisy(2)}) {
    co_await Pause{0};
    std::printf("  element %d\n", n.id);
  }
  for (int v : Holder{{7, 8, 9}}.arr)
    s += co_await Pause{v};
  std::printf("member of a prvalue %d\n", s);
  for (int v : (co_await get(100)).arr)
    s += v;
  co_return s;
}

ASL_ASYNC asl::Task<int> references(int a, int b) {
  const IA &ia = IA{a, b, 1};
  IA &&ra = IA{a + 1, b + 1, 2};
  co_await Pause{0};
  std::printf("references %d %d\n", ia[0] + ia[1] + ia[2],
              ra[0] + ra[1] + ra[2]);
  {
    const NA &ns = NA{Noisy(3), Noisy(4)};
    co_await Pause{0};
    std::printf("  last %d\n", ns[1].id);
  }
  std::printf("after the block\n");
  co_return ia[1];
}

template <class T> static T run(asl::Task<T> t) {
  while (pending) {
    std::function<void()> resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("ranges -> %d\n", run(ranges(1, 2)));
  std::printf("references -> %d\n", run(references(10, 20)));
}
