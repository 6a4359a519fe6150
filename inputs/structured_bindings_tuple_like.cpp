// Structured bindings of tuple-like types that live across awaits: the
// standard makes each name a reference that get<I> initializes once, when the
// binding is declared. Checked: a member get<I>() (called once per name, not
// at every use), a free get<I> found by argument-dependent lookup that
// returns by value (its results live, and die before the object, as
// natively), std::tuple, and `auto &[...]` bound to an lvalue std::pair,
// whose names write through to it.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

struct Triple {
  int a, b, c;
  template <std::size_t I> int &get() {
    std::printf("member get<%zu>\n", I);
    return I == 0 ? a : I == 1 ? b : c;
  }
};

namespace shop {
struct Label { // prints its whole life
  std::string text;
  explicit Label(std::string t) : text(std::move(t)) {
    std::printf("+label %s\n", text.c_str());
  }
  Label(Label &&other) : text(std::move(other.text)) {
    std::printf("+label %s (moved)\n", text.c_str());
  }
  ~Label() { std::printf("-label %s\n", text.c_str()); }
};
struct Item {
  std::string name;
  int price;
  ~Item() { std::printf("-item %s\n", name.c_str()); }
};
template <std::size_t I> auto get(const Item &item) {
  std::printf("adl get<%zu>\n", I);
  if constexpr (I == 0)
    return Label(item.name);
  else
    return item.price;
}
} // namespace shop

namespace std {
template <> struct tuple_size<Triple> : integral_constant<size_t, 3> {};
template <size_t I> struct tuple_element<I, Triple> {
  using type = int;
};
template <> struct tuple_size<shop::Item> : integral_constant<size_t, 2> {};
template <> struct tuple_element<0, shop::Item> {
  using type = shop::Label;
};
template <> struct tuple_element<1, shop::Item> {
  using type = int;
};
} // namespace std

std::pair<std::string, int> totals{"start", 0};

ASL_ASYNC asl::Task<int> run() {
  auto [x, y, z] = Triple{1, 2, 3};
  co_await ready;
  y += x + z;
  std::printf("x=%d y=%d z=%d\n", x, y, z);
  {
    auto [label, price] = shop::Item{"tea", 4};
    co_await ready;
    std::printf("%s costs %d\n", label.text.c_str(), price);
  }
  auto [word, count] = std::tuple<std::string, int>("many", 3);
  auto &[name, total] = totals;
  co_await ready;
  name = word;
  total += count * y;
  std::printf("totals: %s %d\n", totals.first.c_str(), totals.second);
  co_return x + y + z;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended\n");
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
