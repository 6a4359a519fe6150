// Checks copy-initialized locals that live across an await, of a class with
// an implicit constructor and an explicit one (a guard against bool
// conversions): `Json j = true;`, from an await, a range-for variable, a
// condition variable, a reference extending a converted temporary; and of a
// class whose source type has a conversion function. Copy-initialization
// ignores explicit constructors; T(e) would not, so the field is built by
// `::new (p) asl::copy_initialized<T>{e}`, which copy-initializes it. (Found
// by probe3: the explicit constructors were chosen, silently.)
#include <asl/task.h>
#include <cstdio>

struct Json {
  Json(double d) : is_bool(false), num(d) {
    std::printf("Json(double %g)\n", d);
  }
  explicit Json(bool b) : is_bool(true), num(b) {
    std::printf("explicit Json(bool %d)\n", (int)b);
  }
  bool is_bool;
  double num;
};

// The state machine of flag(), line 23. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct flag_machine {
  flag_machine() {}
  ~flag_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<bool> builder_;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<bool> flag() { return asl::start<flag_machine>(); }

inline void flag_machine::move_next() {
  try {
    {
      builder_.set_result(true);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of run(), line 25. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'bools' may be kept
  // (line 32).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Json j;
  };
  union {
    Json k;
  };
  bool (*range_)[2];
  bool *begin_;
  bool *end_;
  union {
    Json x;
  };
  union {
    const Json r;
  };
  union {
    const Json p;
  };
  union {
    Json c;
  };
  union {
    asl::task_awaiter<bool> awaiter0_;
    asl::task_awaiter<bool> awaiter1_;
    asl::task_awaiter<bool> awaiter2_;
    asl::task_awaiter<bool> awaiter3_;
    asl::task_awaiter<bool> awaiter4_;
  };
  union {
    bool bools[2];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
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
    default:
      break;
    }
    {
      ::new (asl::place(j)) asl::copy_initialized<Json>{true};

      // co_await flag() (line 27)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<bool>{flag()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(k))
          asl::copy_initialized<Json>{awaiter0_.await_resume()};
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await flag() (line 28)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<bool>{flag()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("%s %s\n", j.is_bool ? "bool" : "number",
                  k.is_bool ? "bool" : "number");
      ::new (asl::place(bools)) bool[2]{true, false};

      {
        range_ = std::addressof(bools);
        begin_ = (*range_);
        end_ = (*range_) + 2;
        for (; begin_ != end_; ++begin_) {
          ::new (asl::place(x)) asl::copy_initialized<Json>{*begin_};
          {
            // co_await flag() (line 33)
            ::new (asl::place(awaiter2_)) asl::task_awaiter<bool>{flag()};
            awaiter2_live_ = true;
            if (!awaiter2_.await_ready()) {
              state_ = 2;
              builder_.await_on_completed(awaiter2_, *this);
              return;
            resume2_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter2_.await_resume();
            asl::destroy(awaiter2_, awaiter2_live_);

            std::printf("range-for %s\n", x.is_bool ? "bool" : "number");
          }
        }
      }

      ::new (asl::place(r)) asl::copy_initialized<const Json>{true};

      ::new (asl::place(p)) asl::copy_initialized<const Json>{true};
      // the temporary is copy-initialized too
      {
        // co_await flag() (line 38)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<bool>{flag()};
        awaiter3_live_ = true;
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(c))
            asl::copy_initialized<Json>{awaiter3_.await_resume()};
        asl::destroy(awaiter3_, awaiter3_live_);
        if (!c.is_bool) {
          // co_await flag() (line 39)
          ::new (asl::place(awaiter4_)) asl::task_awaiter<bool>{flag()};
          awaiter4_live_ = true;
          if (!awaiter4_.await_ready()) {
            state_ = 4;
            builder_.await_on_completed(awaiter4_, *this);
            return;
          resume4_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter4_.await_resume();
          asl::destroy(awaiter4_, awaiter4_live_);

          std::printf("cond %s, refs %s %s\n", c.is_bool ? "bool" : "number",
                      r.is_bool ? "bool" : "number",
                      p.is_bool ? "bool" : "number");
        }
      }

      builder_.set_result(0);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Str;
struct Src {
  operator Str() const;
};
struct Str {
  int how;
  Str(int h) : how(h) {}
  explicit Str(const Src &) : how(2) {}
};
Src::operator Str() const { return Str(1); }

// The state machine of src(), line 57. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct src_machine {
  src_machine() {}
  ~src_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<Src> builder_;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Src> src() { return asl::start<src_machine>(); }

inline void src_machine::move_next() {
  try {
    {
      builder_.set_result(Src{});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of convert(), line 59. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct convert_machine {
  convert_machine() {}
  ~convert_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 61).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<Src> awaiter0_;
    asl::task_awaiter<Src> awaiter1_;
  };
  union {
    Str a;
  };
  union {
    Str b;
  };
  union {
    Src s;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> convert() { return asl::start<convert_machine>(); }

inline void convert_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(s)) Src;

      ::new (asl::place(a)) asl::copy_initialized<Str>{s};

      // co_await src() (line 62)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<Src>{src()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(b))
          asl::copy_initialized<Str>{awaiter0_.await_resume()};
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await src() (line 63)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<Src>{src()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("a by %s, b by %s\n",
                  a.how == 1 ? "conversion function" : "explicit ctor",
                  b.how == 1 ? "conversion function" : "explicit ctor");
      builder_.set_result(0);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() { return asl::sync_wait(run()) + asl::sync_wait(convert()); }
