// Addresses of structured bindings of lifted objects held across the first
// suspension: the names are parts of the hidden object, a machine field, so
// each use that may keep an address pins the machine in its heap box, as
// the same use of a lifted local does. Checked: `&a` of a struct binding, a
// reference bound to one, a reference parameter of a call that keeps it, a
// member call on a class-type binding (its `this`), an array binding's
// element decaying to a pointer, the address of a tuple-like binding whose
// get<I> returns by value (it names a temporary the machine holds), and a
// function that only reads and assigns its bindings and a local, or names
// them in operands that are not evaluated, and the bindings of `auto &[...]`
// to an object outside the machine, which are not pinned.
#include <asl/task.h>

#include <cstdio>
#include <utility>

asl::Event ready;
// Awaiting a task is not an await that usually suspends, so the machines
// awaiting later() start on the stack unless pinned, and move when it
// suspends.
ASL_ASYNC asl::Task<void> later() { co_await ready; }

struct P {
  int x, y;
};
struct Slot {
  int v;
  void publish();
};
Slot *g_slot;
void Slot::publish() { g_slot = this; }
int *g_ptr;
struct Owned {
  Slot s;
  int n;
};
void keep(int &r) { g_ptr = &r; }

ASL_ASYNC asl::Task<int> address_of() {
  auto [a, b] = P{1, 2};
  int *p = &a;
  co_await later();
  *p += 10;
  co_return a + b;
}

ASL_ASYNC asl::Task<int> reference_to() {
  auto [a, b] = P{3, 4};
  int &r = a;
  co_await later();
  r += 10;
  co_return a + b;
}

ASL_ASYNC asl::Task<int> kept_by_call() {
  auto [a, b] = P{5, 6};
  keep(b);
  co_await later();
  *g_ptr += 10;
  co_return a + b;
}

ASL_ASYNC asl::Task<int> member_call() {
  auto [s, n] = Owned{Slot{7}, 1};
  s.publish();
  co_await later();
  g_slot->v += 10;
  co_return s.v + n;
}

ASL_ASYNC asl::Task<int> array_element() {
  int rows[2][2] = {{1, 2}, {3, 4}};
  auto [first, second] = rows;
  int *p = second;
  co_await later();
  p[1] += 10;
  co_return first[0] + second[1];
}

struct Coords {
  int x, y;
};
template <std::size_t I> int get(const Coords &c) { return I == 0 ? c.x : c.y; }
namespace std {
template <> struct tuple_size<Coords> : integral_constant<size_t, 2> {};
template <size_t I> struct tuple_element<I, Coords> {
  using type = int;
};
} // namespace std

ASL_ASYNC asl::Task<int> tuple_like_by_value() {
  auto [x, y] = Coords{8, 9};
  int *p = &y;
  co_await later();
  *p += 10;
  co_return x + y;
}

// The object of `auto &[...]` is not the machine's: not pinned.
P g_p{1, 2};
ASL_ASYNC asl::Task<int> of_reference() {
  auto &[a, b] = g_p;
  int *p = &a;
  co_await later();
  *p += 10;
  co_return a + b;
}

ASL_ASYNC asl::Task<int> reads_only() {
  auto [a, b] = P{1, 2};
  int rows[2] = {3, 4};
  auto [c, d] = rows;
  int n = 5;
  a += 1;
  c = d;
  co_await later();
  b = a + c;
  // Operands that are not evaluated keep no address.
  n += sizeof(&a) == sizeof(int *) && !noexcept(keep(b)) &&
       sizeof(&n) == sizeof(&c);
  co_return a + b + c + d + n;
}

int main() {
  asl::Task<int> a = address_of();
  asl::Task<int> b = reference_to();
  asl::Task<int> c = kept_by_call();
  asl::Task<int> d = member_call();
  asl::Task<int> e = array_element();
  asl::Task<int> f = tuple_like_by_value();
  asl::Task<int> g = reads_only();
  asl::Task<int> h = of_reference();
  ready.set();
  std::printf("address_of %d\n", asl::sync_wait(std::move(a)));
  std::printf("reference_to %d\n", asl::sync_wait(std::move(b)));
  std::printf("kept_by_call %d\n", asl::sync_wait(std::move(c)));
  std::printf("member_call %d\n", asl::sync_wait(std::move(d)));
  std::printf("array_element %d\n", asl::sync_wait(std::move(e)));
  std::printf("tuple_like_by_value %d\n", asl::sync_wait(std::move(f)));
  std::printf("reads_only %d\n", asl::sync_wait(std::move(g)));
  std::printf("of_reference %d\n", asl::sync_wait(std::move(h)));
}
