// ASL_ASYNC written after other decl-specifiers (static, inline, friend,
// virtual) and attributes, at namespace scope, in a class, on templates, and
// on out-of-class definitions, repeated there or left to the declaration in
// the class.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

static ASL_ASYNC asl::Task<int> internal(int x) {
  co_await ready;
  co_return x + 1;
}

inline ASL_ASYNC asl::Task<int> shared(int x) {
  co_await ready;
  co_return x * 2;
}

static inline ASL_ASYNC asl::Task<int> both(int x) {
  int y = co_await shared(x);
  co_return y + 3;
}

template <class T> inline ASL_ASYNC asl::Task<T> twice(T x) {
  co_await ready;
  co_return x + x;
}

[[nodiscard]] static ASL_ASYNC asl::Task<int> checked(int x) {
  co_return co_await internal(x);
}

struct Shape {
  virtual ~Shape() = default;
  virtual ASL_ASYNC asl::Task<int> area() const {
    co_await ready;
    co_return 0;
  }
  virtual ASL_ASYNC asl::Task<int> sides() const;
  static ASL_ASYNC asl::Task<int> count(int n) {
    co_await ready;
    co_return n;
  }
  static ASL_ASYNC asl::Task<int> later(int n);
  template <class U> static ASL_ASYNC asl::Task<int> sized(U u) {
    co_await ready;
    co_return static_cast<int>(sizeof u);
  }
  friend ASL_ASYNC asl::Task<int> describe(const Shape &s) {
    int a = co_await s.area();
    co_return a + 100;
  }
  friend inline ASL_ASYNC asl::Task<int> outline(const Shape &s);
};

struct Square : Shape {
  int side = 3;
  ASL_ASYNC asl::Task<int> area() const override {
    co_await ready;
    co_return side * side;
  }
  inline ASL_ASYNC asl::Task<int> sides() const override;
};

ASL_ASYNC asl::Task<int> Shape::sides() const {
  co_await ready;
  co_return 0;
}

inline ASL_ASYNC asl::Task<int> Square::sides() const {
  co_await ready;
  co_return 4;
}

// The marker left to the declaration in the class.
asl::Task<int> Shape::later(int n) {
  co_await ready;
  co_return n + 10;
}

inline ASL_ASYNC asl::Task<int> outline(const Shape &s) {
  int n = co_await s.sides();
  co_return n * 10;
}

template <class T> struct Box {
  explicit Box(T v) : value(v) {}
  T value;
  static ASL_ASYNC asl::Task<T> make(T v) {
    co_await ready;
    co_return v;
  }
  virtual ASL_ASYNC asl::Task<T> get() const {
    co_await ready;
    co_return value;
  }
  virtual ~Box() = default;
};

// A coroutine lambda needs no marker; written, it stays in its head.
auto plus_one = [](int x) ASL_ASYNC -> asl::Task<int> {
  co_await ready;
  co_return x + 1;
};

int main() {
  ready.set();
  Square sq;
  const Shape &s = sq;
  std::printf("%d %d %d %d %d\n", asl::sync_wait(internal(1)),
              asl::sync_wait(shared(2)), asl::sync_wait(both(3)),
              asl::sync_wait(twice(4)), asl::sync_wait(checked(5)));
  std::printf("%d %d %d %d\n", asl::sync_wait(s.area()),
              asl::sync_wait(s.sides()), asl::sync_wait(Shape::count(6)),
              asl::sync_wait(Shape::later(7)));
  std::printf("%d %d %d\n", asl::sync_wait(Shape::sized(8.0)),
              asl::sync_wait(describe(s)), asl::sync_wait(outline(s)));
  Box<long> box(9);
  std::printf("%ld %ld\n", asl::sync_wait(Box<long>::make(10)),
              asl::sync_wait(box.get()));
  std::printf("%d\n", asl::sync_wait(plus_one(11)));
}
