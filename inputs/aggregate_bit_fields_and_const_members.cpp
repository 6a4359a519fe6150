// Aggregates with bit-fields, const members and reference members, whose
// initializer awaits. A bit-field has no address, so it cannot be built with
// placement new (a const reference to it binds a temporary copy, which the
// lowering used to fill instead, leaving the member zero): a bit-field is
// assigned, and an aggregate with a const bit-field (or one of a const
// object) is built whole, from the values saved before its last await,
// since only its own initialization can give such a member its value. Const
// members that are not bit-fields are constructed in place; an aggregate
// with a reference member is built whole too.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { std::printf("  move %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
};

struct Later { // yields `value` after a real suspension, or throws
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    if (value < 0)
      throw std::runtime_error("bad element");
    return value;
  }
};

struct Bits { // plain bit-fields: assigned in place
  unsigned low : 3;
  volatile unsigned mid : 5;
  int wide;
  Noisy tag;
};

struct ConstBits { // a const bit-field: built whole
  const unsigned kind : 3;
  unsigned mode : 4;
  const int id;
  const Noisy n;
};

struct Counter { // inside a const object only `hits` may change
  mutable unsigned hits : 4;
  int base;
};

struct Holder {
  const ConstBits bits; // in its own braces: constructed whole in its member
  const Counter counter; // built member by member, const members included
  Noisy tail;
};

struct Fixed { // const members that are not bit-fields: in place
  const Noisy first;
  const int n;
  const Noisy second;
};

struct Ref { // a reference member: built whole
  const int &ref;
  Noisy n;
};

ASL_ASYNC asl::Task<int> build() {
  Bits b{5, 17, co_await Later{40}, Noisy(co_await Later{1})};
  std::printf("bits %u %u %d %d\n", b.low, static_cast<unsigned>(b.mid), b.wide,
              b.tag.id);
  ConstBits c{6, 9, co_await Later{41}, Noisy(co_await Later{2})};
  std::printf("const bits %u %u %d %d\n", c.kind, c.mode, c.id, c.n.id);
  Holder h{{3, 4, 42, Noisy(3)}, {7, co_await Later{43}}, Noisy(4)};
  h.counter.hits = h.counter.hits + 1;
  std::printf("holder %u %u %d %d %u %d %d\n", h.bits.kind, h.bits.mode,
              h.bits.id, h.bits.n.id, h.counter.hits, h.counter.base,
              h.tail.id);
  Fixed f{Noisy(5), co_await Later{44}, Noisy(6)};
  std::printf("fixed %d %d %d\n", f.first.id, f.n, f.second.id);
  int target = 45;
  Ref r{target, Noisy(co_await Later{7})};
  std::printf("ref %d %d\n", r.ref, r.n.id);
  co_await Later{0};
  co_return c.kind + h.counter.hits;
}

ASL_ASYNC asl::Task<int> fail() {
  try {
    // The element after the await throws: the members built so far die.
    Fixed f{Noisy(10), co_await Later{-1}, Noisy(11)};
    std::printf("not reached %d\n", f.n);
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  try {
    ConstBits c{1, 2, 3, Noisy(co_await Later{-1})};
    std::printf("not reached %u\n", c.kind);
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return 0;
}

template <class T> T drive(asl::Task<T> task) {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  return asl::sync_wait(std::move(task));
}

int main() {
  std::printf("-> %d\n", drive(build()));
  std::printf("-> %d\n", drive(fail()));
}
