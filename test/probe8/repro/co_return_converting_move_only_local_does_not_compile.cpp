// Finding (lowered output does not compile, g++ and clang++-19): `co_return
// d;` of a `std::unique_ptr<Derived>` local in an
// `asl::Task<std::unique_ptr<Base>>` function, whether the local lives
// across an await or not. C++20's implicit move makes it an rvalue
// natively; the lowering writes `builder_.set_result(d);` (g++: "no
// matching function for call to 'asl::task_builder<std::unique_ptr<Base>
// >::set_result(std::unique_ptr<Derived>&)'"). With a result of the
// local's own type (`unique_ptr<Derived>`) it writes `std::move(d)` and
// compiles. A factory returning a derived object as its interface is a
// common shape. Expected output: "2 2".
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <memory>

struct Base {
  virtual ~Base() = default;
  virtual int id() const { return 1; }
};
struct Derived : Base {
  int id() const override { return 2; }
};

ASL_ASYNC asl::Task<std::unique_ptr<Base>> lifted(asl::Event &e) {
  auto d = std::make_unique<Derived>();
  co_await e;
  co_return d;
}

ASL_ASYNC asl::Task<std::unique_ptr<Base>> after(asl::Event &e) {
  co_await e;
  auto d = std::make_unique<Derived>();
  co_return d;
}

int main() {
  asl::Event e;
  auto a = lifted(e);
  auto b = after(e);
  e.set();
  int x = asl::sync_wait(std::move(a))->id();
  std::printf("%d %d\n", x, asl::sync_wait(std::move(b))->id());
}
