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

// The state machine of build(), line 75. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct build_machine {
  build_machine() {}
  ~build_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'target' may be kept
  // (line 89).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Ref r;
  };
  union {
    Bits b;
  };
  union {
    ConstBits c;
  };
  union {
    Holder h;
  };
  union {
    Fixed f;
  };
  int target;
  union {
    Later awaiter0_;
    int spill0_;
    Later awaiter4_;
    Later awaiter5_;
    Later awaiter6_;
    Later awaiter7_;
  };
  union {
    Later awaiter1_;
    Later awaiter2_;
  };
  union {
    Later awaiter3_;
  };
  int state_ = -1;
  bool b_live_ = false;
  bool c_live_ = false;
  bool h_live_ = false;
  bool f_live_ = false;
  bool r_live_ = false;
  bool b_tag_live_ = false;
  bool h_bits_live_ = false;
  bool h_tail_live_ = false;
  bool f_first_live_ = false;
  bool f_second_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(r, r_live_);
    asl::destroy(f.second, f_second_live_);
    asl::destroy(f.first, f_first_live_);
    asl::destroy(f, f_live_);
    asl::destroy(h.tail, h_tail_live_);
    asl::destroy(h.bits, h_bits_live_);
    asl::destroy(h, h_live_);
    asl::destroy(c, c_live_);
    asl::destroy(b.tag, b_tag_live_);
    asl::destroy(b, b_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> build() { return asl::start<build_machine>(); }

inline void build_machine::move_next() {
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
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    default:
      break;
    }
    {
      b.low = 5;
      b.mid = 17;
      // co_await Later{40} (line 76)
      ::new (asl::place(awaiter0_)) Later(Later{40});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b.wide = awaiter0_.await_resume();
      // co_await Later{1} (line 76)
      ::new (asl::place(awaiter1_)) Later(Later{1});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(b.tag)) Noisy(Noisy(awaiter1_.await_resume()));
      b_tag_live_ = true;
      b_tag_live_ = false;
      b_live_ = true;

      std::printf("bits %u %u %d %d\n", b.low, static_cast<unsigned>(b.mid),
                  b.wide, b.tag.id);
      // co_await Later{41} (line 79)
      ::new (asl::place(awaiter2_)) Later(Later{41});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter2_.await_resume();
      // co_await Later{2} (line 79)
      ::new (asl::place(awaiter3_)) Later(Later{2});
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(c))
          ConstBits{6, 9, spill0_, Noisy(awaiter3_.await_resume())};
      c_live_ = true;

      std::printf("const bits %u %u %d %d\n", c.kind, c.mode, c.id, c.n.id);
      ::new (asl::place(h.bits)) ConstBits{3, 4, 42, Noisy(3)};
      h_bits_live_ = true;
      h.counter.hits = 7;
      // co_await Later{43} (line 81)
      ::new (asl::place(awaiter4_)) Later(Later{43});
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(h.counter.base)) int(awaiter4_.await_resume());
      ::new (asl::place(h.tail)) Noisy(Noisy(4));
      h_tail_live_ = true;
      h_bits_live_ = false;
      h_tail_live_ = false;
      h_live_ = true;

      h.counter.hits = h.counter.hits + 1;
      std::printf("holder %u %u %d %d %u %d %d\n", h.bits.kind, h.bits.mode,
                  h.bits.id, h.bits.n.id, h.counter.hits, h.counter.base,
                  h.tail.id);
      ::new (asl::place(f.first)) Noisy(Noisy(5));
      f_first_live_ = true;
      // co_await Later{44} (line 86)
      ::new (asl::place(awaiter5_)) Later(Later{44});
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(f.n)) int(awaiter5_.await_resume());
      ::new (asl::place(f.second)) Noisy(Noisy(6));
      f_second_live_ = true;
      f_first_live_ = false;
      f_second_live_ = false;
      f_live_ = true;

      std::printf("fixed %d %d %d\n", f.first.id, f.n, f.second.id);
      target = 45;

      // co_await Later{7} (line 89)
      ::new (asl::place(awaiter6_)) Later(Later{7});
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(r)) Ref{target, Noisy(awaiter6_.await_resume())};
      r_live_ = true;

      std::printf("ref %d %d\n", r.ref, r.n.id);
      // co_await Later{0} (line 91)
      ::new (asl::place(awaiter7_)) Later(Later{0});
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter7_.await_resume();

      builder_.set_result(c.kind + h.counter.hits);
      asl::destroy(r, r_live_);
      asl::destroy(f, f_live_);
      asl::destroy(h, h_live_);
      asl::destroy(c, c_live_);
      asl::destroy(b, b_live_);
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

// The state machine of fail(), line 95. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fail_machine {
  fail_machine() {}
  ~fail_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Fixed, Later>;

  asl::task_builder<int> builder_;
  union {
    Fixed f;
  };
  union {
    Later awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;
  bool f_live_ = false;
  bool f_first_live_ = false;
  bool f_second_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(f.second, f_second_live_);
    asl::destroy(f.first, f_first_live_);
    asl::destroy(f, f_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> fail() { return asl::start<fail_machine>(); }

inline void fail_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto try1_;
    default:
      break;
    }
    {
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(f.second, f_second_live_);
          asl::destroy(f.first, f_first_live_);
          asl::destroy(f, f_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // The element after the await throws: the members built so far die.
        ::new (asl::place(f.first)) Noisy(Noisy(10));
        f_first_live_ = true;
        // co_await Later{-1} (line 98)
        ::new (asl::place(awaiter0_)) Later(Later{-1});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(f.n)) int(awaiter0_.await_resume());
        ::new (asl::place(f.second)) Noisy(Noisy(11));
        f_second_live_ = true;
        f_first_live_ = false;
        f_second_live_ = false;
        f_live_ = true;

        std::printf("not reached %d\n", f.n);
        asl::destroy(f, f_live_);
      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
    try1_:
      try {
        switch (state_) {
        case 1:
          goto resume1_;
        default:
          break;
        }

        // co_await Later{-1} (line 104)
        ::new (asl::place(awaiter1_)) Later(Later{-1});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ConstBits c{1, 2, 3, Noisy(awaiter1_.await_resume())};

        std::printf("not reached %u\n", c.kind);
      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
      builder_.set_result(0);
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
