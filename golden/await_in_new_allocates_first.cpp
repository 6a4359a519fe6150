// Checks awaits in a new-expression's initializer: C++17 calls the
// allocation function before the initializer is evaluated, so the class's
// operator new prints before the await, and the matching operator delete
// runs when the initializer (the constructor, an argument after the await,
// or the awaited task) throws. A task destroyed while suspended there leaves
// the storage allocated, as natively (the storage comes from an arena here,
// so that no leak is reported). Also: braces, an array, an over-aligned
// type, a placement allocation function with its placement operator delete,
// and a noexcept operator new that returns null (the initializer, await
// included, is skipped).
#include <asl/task.h>

#include <cstddef>
#include <cstdio>
#include <functional>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>

static std::function<void()> pending;

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

// The state machine of value(), line 31. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct value_machine {
  explicit value_machine(int &v) : v(std::move(v)) {}
  ~value_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause, int> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  int v;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> value(int v) { return asl::start<value_machine>(v); }

inline void value_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  await %d\n", v);
      // co_await Pause{} (line 33)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      if (v < 0)
        throw std::runtime_error("awaited task failed");
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

static int arg(int v) {
  std::printf("  arg %d\n", v);
  if (v > 100)
    throw std::runtime_error("argument too large");
  return v;
}

alignas(64) static unsigned char arena[4096];
static std::size_t used = 0;

static void *take(std::size_t n) {
  void *p = arena + used;
  used += (n + 63) / 64 * 64;
  return p;
}

struct Node {
  int v;
  Node(int x, int y) : v(x + y) {
    std::printf("  Node(%d, %d)\n", x, y);
    if (v < 0)
      throw std::runtime_error("negative node");
  }
  static void *operator new(std::size_t n) {
    std::printf("  Node::operator new(%zu)\n", n);
    return take(n);
  }
  static void operator delete(void *) { std::puts("  Node::operator delete"); }
};

struct Pair {
  int a, b;
  static void *operator new(std::size_t n) {
    std::printf("  Pair::operator new(%zu)\n", n);
    return take(n);
  }
  static void operator delete(void *, std::size_t n) {
    std::printf("  Pair::operator delete(%zu)\n", n);
  }
};

struct Cell {
  int v;
  static void *operator new[](std::size_t n) {
    std::printf("  Cell::operator new[](%zu)\n", n);
    return take(n);
  }
  static void operator delete[](void *) {
    std::puts("  Cell::operator delete[]");
  }
};

struct alignas(64) Wide {
  int v;
  explicit Wide(int x) : v(x) {}
  static void *operator new(std::size_t n, std::align_val_t a) {
    std::printf("  Wide::operator new(%zu, %zu)\n", n,
                static_cast<std::size_t>(a));
    return take(n);
  }
  static void operator delete(void *, std::align_val_t) {
    std::puts("  Wide::operator delete");
  }
};

struct Arena {
  const char *name;
};
static Arena pool{"pool"};

struct Placed {
  int v;
  explicit Placed(int x) : v(x) {
    if (x < 0)
      throw std::runtime_error("negative placed");
  }
  static void *operator new(std::size_t n, Arena &a) {
    std::printf("  Placed::operator new(%zu, %s)\n", n, a.name);
    return take(n);
  }
  static void operator delete(void *, Arena &a) {
    std::printf("  Placed::operator delete(%s)\n", a.name);
  }
};

struct Scarce {
  int v;
  explicit Scarce(int x) : v(x) { std::puts("  Scarce()"); }
  static void *operator new(std::size_t n) noexcept {
    std::printf("  Scarce::operator new(%zu): none left\n", n);
    return nullptr;
  }
  static void operator delete(void *) noexcept {}
};

// The state machine of build(), line 134. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct build_machine {
  build_machine(int &x, int &y) : x(std::move(x)), y(std::move(y)) {}
  ~build_machine() {
    allocation0_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::allocation, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::allocation allocation0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int y;
  union {
    int spill1_;
  };
  int state_ = -1;
  bool allocation0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation0_, allocation0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> build(int x, int y) {
  return asl::start<build_machine>(x, y);
}

inline void build_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(Node), [](void *p, std::size_t) noexcept {
            Node::operator delete(p);
          });
      allocation0_.address = Node::operator new(allocation0_.size);
      allocation0_live_ = true;
      spill1_ = arg(x);
      // co_await value(y) (line 135)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(y)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      Node *n = asl::constructed(allocation0_live_,
                                 ::new (allocation0_.address)
                                     Node(spill1_, awaiter0_.await_resume()));
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation0_, allocation0_live_);

      int v = n->v;
      delete n;
      builder_.set_result(std::move(v));
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of shapes(), line 141. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct shapes_machine {
  explicit shapes_machine(int &count) : count(std::move(count)) {}
  ~shapes_machine() {
    allocation0_live_ = false;
    allocation3_live_ = false;
    allocation5_live_ = false;
    allocation6_live_ = false;
    allocation7_live_ = false;
    allocation8_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Cell, Cell *, Pair *, Placed *, Scarce *, Wide *,
                       asl::allocation, asl::task_awaiter<int>, int,
                       unsigned long>;

  asl::task_builder<int> builder_;
  Pair *p;
  Cell *cells;
  Wide *w;
  Placed *q;
  Scarce *s;
  union {
    asl::allocation allocation0_;
    unsigned long count2_;
    asl::allocation allocation5_;
    asl::allocation allocation6_;
    asl::allocation allocation7_;
    asl::allocation allocation8_;
  };
  union {
    int spill1_;
    asl::allocation allocation3_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    Cell spill4_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int count;
  int v;
  int state_ = -1;
  bool allocation0_live_ = false;
  bool allocation3_live_ = false;
  bool allocation5_live_ = false;
  bool allocation6_live_ = false;
  bool allocation7_live_ = false;
  bool allocation8_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(allocation8_, allocation8_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(allocation7_, allocation7_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(allocation6_, allocation6_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(allocation5_, allocation5_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(allocation3_, allocation3_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation0_, allocation0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> shapes(int count) {
  return asl::start<shapes_machine>(count);
}

inline void shapes_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    default:
      break;
    }
    {
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(Pair), [](void *p, std::size_t size) noexcept {
            Pair::operator delete(p, size);
          });
      allocation0_.address = Pair::operator new(allocation0_.size);
      allocation0_live_ = true;
      spill1_ = arg(1);
      // co_await value(2) (line 142)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      p = asl::constructed(allocation0_live_,
                           ::new (allocation0_.address)
                               Pair{spill1_, awaiter0_.await_resume()});
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation0_, allocation0_live_);

      v = p->a + p->b;

      delete p;
      count2_ = count;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation3_)) asl::allocation(
          asl::array_new_size(count2_, sizeof(Cell), 2),
          [](void *p, std::size_t) noexcept { Cell::operator delete[](p); });
      allocation3_.address = Cell::operator new[](allocation3_.size);
      allocation3_live_ = true;
      ::new (asl::place(spill4_)) Cell{arg(3)};
      // co_await value(4) (line 145)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{value(4)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      cells = asl::constructed(
          allocation3_live_,
          ::new (allocation3_.address)
              Cell[count2_]{std::move(spill4_), {awaiter1_.await_resume()}});
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(allocation3_, allocation3_live_);

      v += cells[0].v + cells[1].v + cells[2].v;
      delete[] cells;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation5_))
          asl::allocation(sizeof(Wide), [](void *p, std::size_t) noexcept {
            Wide::operator delete(p, std::align_val_t(alignof(Wide)));
          });
      allocation5_.address = Wide::operator new(
          allocation5_.size, std::align_val_t(alignof(Wide)));
      allocation5_live_ = true;
      // co_await value(5) (line 148)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{value(5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      w = asl::constructed(allocation5_live_, ::new (allocation5_.address) Wide(
                                                  awaiter2_.await_resume()));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(allocation5_, allocation5_live_);

      v += w->v;
      delete w;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation6_))
          asl::allocation(sizeof(Placed), [](void *p, std::size_t) noexcept {
            Placed::operator delete(p, pool);
          });
      allocation6_.address = Placed::operator new(allocation6_.size, pool);
      allocation6_live_ = true;
      // co_await value(6) (line 151)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{value(6)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      q = asl::constructed(allocation6_live_,
                           ::new (allocation6_.address)
                               Placed(awaiter3_.await_resume()));
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(allocation6_, allocation6_live_);

      v += q->v;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation7_))
          asl::allocation(sizeof(Scarce), [](void *p, std::size_t) noexcept {
            Scarce::operator delete(p);
          });
      allocation7_.address = Scarce::operator new(allocation7_.size);
      allocation7_live_ = true;
      if (allocation7_.address != nullptr) {
        // co_await value(7) (line 153)
        ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{value(7)};
        awaiter4_live_ = true;
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          unwind_.release();
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      s = (allocation7_.address != nullptr
               ? asl::constructed(allocation7_live_,
                                  ::new (allocation7_.address)
                                      Scarce(awaiter4_.await_resume()))
               : nullptr);
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(allocation7_, allocation7_live_);

      std::printf("  scarce is %s\n", s == nullptr ? "null" : "not null");
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation8_)) asl::allocation(
          sizeof(std::string), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation8_.address = ::operator new(allocation8_.size);
      allocation8_live_ = true;
      // co_await value(3) (line 156)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{value(3)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::unique_ptr<std::string> text(asl::constructed(
          allocation8_live_,
          ::new (allocation8_.address) std::string(
              static_cast<std::size_t>(awaiter5_.await_resume()), 'x')));
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(allocation8_, allocation8_live_);

      v += static_cast<int>(text->size());
      builder_.set_result(std::move(v));
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of argument_after(), line 161. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct argument_after_machine {
  argument_after_machine(int &x, int &y) : x(std::move(x)), y(std::move(y)) {}
  ~argument_after_machine() {
    allocation0_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::allocation, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::allocation allocation0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int y;
  int state_ = -1;
  bool allocation0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation0_, allocation0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> argument_after(int x, int y) {
  return asl::start<argument_after_machine>(x, y);
}

inline void argument_after_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(Node), [](void *p, std::size_t) noexcept {
            Node::operator delete(p);
          });
      allocation0_.address = Node::operator new(allocation0_.size);
      allocation0_live_ = true;
      // co_await value(x) (line 162)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(x)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      Node *n = asl::constructed(allocation0_live_,
                                 ::new (allocation0_.address)
                                     Node(awaiter0_.await_resume(), arg(y)));
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation0_, allocation0_live_);

      int v = n->v;
      delete n;
      builder_.set_result(std::move(v));
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of placed_fails(), line 168. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct placed_fails_machine {
  placed_fails_machine() {}
  ~placed_fails_machine() {
    allocation0_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::allocation, asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::allocation allocation0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool allocation0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation0_, allocation0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> placed_fails() {
  return asl::start<placed_fails_machine>();
}

inline void placed_fails_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(Placed), [](void *p, std::size_t) noexcept {
            Placed::operator delete(p, pool);
          });
      allocation0_.address = Placed::operator new(allocation0_.size, pool);
      allocation0_live_ = true;
      // co_await value(-6) (line 169)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(-6)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      Placed *q = asl::constructed(allocation0_live_,
                                   ::new (allocation0_.address)
                                       Placed(awaiter0_.await_resume()));
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation0_, allocation0_live_);

      builder_.set_result(q->v);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class Start> static void run(const char *what, Start start) {
  std::printf("%s:\n", what);
  asl::Task<int> t = start();
  while (!t.is_ready()) {
    auto next = std::move(pending);
    next();
  }
  try {
    std::printf("  result %d\n", asl::sync_wait(std::move(t)));
  } catch (const std::exception &e) {
    std::printf("  caught: %s\n", e.what());
  }
}

int main() {
  run("build", [] { return build(1, 2); });
  run("constructor throws", [] { return build(-5, 1); });
  run("awaited task throws", [] { return build(1, -1); });
  run("argument after the await throws",
      [] { return argument_after(1, 200); });
  run("shapes", [] { return shapes(3); });
  run("placement operator delete", [] { return placed_fails(); });
  std::puts("destroyed while suspended:");
  {
    asl::Task<int> t = build(1, 2);
    std::puts("  destroying");
  }
  pending = nullptr;
  std::puts("end");
}
