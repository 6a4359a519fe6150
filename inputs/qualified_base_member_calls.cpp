// An override calling the base class's version by its qualified name
// (`co_await Base::handle(x)`, C#'s `await base.HandleAsync(x)`), a
// qualified call of a base member (`Base::describe()`) and a qualified data
// member, also in an unevaluated operand (`sizeof(Base::value)`): each is
// this->Base::member, without virtual dispatch.
#include <asl/task.h>

#include <cstdio>

asl::Event ev(true);

struct Base {
  virtual ~Base() = default;
  ASL_ASYNC virtual asl::Task<int> handle(int x) {
    co_await ev;
    co_return x + 100;
  }
  virtual int describe() const { return 1; }
  int value = 1000;
};

struct Derived : Base {
  ASL_ASYNC asl::Task<int> handle(int x) override {
    int base = co_await Base::handle(x);
    co_await ev;
    co_return base + Base::describe() + describe() + Base::value +
        static_cast<int>(sizeof(Base::value));
  }
  int describe() const override { return 20; }
};

struct Again : Derived {
  ASL_ASYNC asl::Task<int> handle(int x) override;
};

ASL_ASYNC asl::Task<int> Again::handle(int x) {
  int first = co_await Derived::handle(x);
  co_await ev;
  co_return first + co_await this->Base::handle(x) + Again::Base::describe();
}

int main() {
  Derived d;
  Base &b = d;
  std::printf("handle %d\n", asl::sync_wait(b.handle(1)));
  Again a;
  Base &c = a;
  std::printf("again %d\n", asl::sync_wait(c.handle(2)));
}
