// decltype of a name kept across a co_await gives the entity's declared
// type, as natively: a reference stays a reference (the machine holds a
// pointer), a const local stays const, a structured binding gives its
// referenced type; decltype((x)) and sizeof keep theirs too, and the
// forwarding idiom std::forward<decltype(n)>(n) compiles.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

asl::Event ready;

template <class T> void show(const char *name) {
  using Object = std::remove_reference_t<T>;
  std::printf("%-8s ref %d lref %d rref %d const %d size %zu\n", name,
              std::is_reference_v<T>, std::is_lvalue_reference_v<T>,
              std::is_rvalue_reference_v<T>, std::is_const_v<Object>,
              sizeof(T));
}

inline void sink(const std::string &s) { std::printf("copy %s\n", s.c_str()); }
inline void sink(std::string &&s) { std::printf("move %s\n", s.c_str()); }

struct Point {
  int x;
  double y;
};

struct Counter {
  long total = 5;
  const char *label = "counter";

  ASL_ASYNC asl::Task<int> run() {
    co_await ready;
    show<decltype(total)>("total");
    show<decltype(label)>("label");
    std::printf("same %d\n", std::is_same_v<decltype(total), long>);
    co_return static_cast<int>(total);
  }
};

ASL_ASYNC asl::Task<int> locals(int param, const std::string &name) {
  int value = 3;
  const int limit = 10;
  const int doubled = param * 2;
  const std::string title = "title";
  int array[3] = {1, 2, 3};
  int(&whole)[3] = array;
  int &ref = value;
  int &&moved = std::move(value);
  const std::string &kept = std::string("temporary");
  auto [px, py] = Point{1, 2.5};
  auto [first, second] = std::pair<int, long>{1, 2};
  auto &[ax, ay, az] = array;
  co_await ready;

  show<decltype(param)>("param");
  show<decltype(name)>("name");
  show<decltype(value)>("value");
  show<decltype(limit)>("limit");
  show<decltype(doubled)>("doubled");
  show<decltype(title)>("title");
  show<decltype(array)>("array");
  show<decltype(whole)>("whole");
  show<decltype(ref)>("ref");
  show<decltype((ref))>("(ref)");
  show<decltype((value))>("(value)");
  show<decltype(moved)>("moved");
  show<decltype(kept)>("kept");
  show<decltype(px)>("px");
  show<decltype(py)>("py");
  show<decltype(first)>("first");
  show<decltype(second)>("second");
  show<decltype(ax)>("ax");
  show<decltype(ref + 1)>("ref + 1");
  std::printf("same %d %d %d %d %d %d %d %d\n",
              std::is_same_v<decltype(limit), const int>,
              std::is_same_v<decltype(whole), int(&)[3]>,
              std::is_same_v<decltype(ref), int &>,
              std::is_same_v<decltype(moved), int &&>,
              std::is_same_v<decltype(kept), const std::string &>,
              std::is_same_v<decltype(name), const std::string &>,
              std::is_same_v<decltype(first), int>,
              std::is_same_v<decltype(py), double>);
  std::printf("sizeof %zu %zu %zu %zu\n", sizeof(ref), sizeof(whole),
              sizeof(kept), sizeof(first));
  decltype(ref) alias = ref;
  alias = 4;
  std::printf("value %d\n", value);

  std::vector<std::string> names{"a", "b"};
  for (auto &&n : names) {
    co_await ready;
    show<decltype(n)>("n");
    sink(std::forward<decltype(n)>(n));
  }
  for (std::string copy : names) {
    co_await ready;
    show<decltype(copy)>("copy");
    sink(std::forward<decltype(copy)>(copy));
  }
  co_return ref + limit + doubled + px + first + ax +
            static_cast<int>(kept.size());
}

int main() {
  ready.set();
  std::string name = "n";
  int sum = asl::sync_wait(locals(1, name));
  Counter counter;
  int total = asl::sync_wait(counter.run());
  std::printf("%d %d\n", sum, total);
}
