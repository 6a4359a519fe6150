// Checks calls of member functions a class inherits, made in its async
// members with a co_await in their arguments. C++17 evaluates the object
// (the implicit `this`, converted to the base) before the arguments; it
// cannot change across the await, so it is not kept: the call is made on
// `this` after the await, as `this->put(co_await n)` is. Written without
// `this->` (`put(co_await n)`), qualified (`Writer::put(...)`), an
// inherited operator called by name (`operator<<(...)`), an async member of
// a base awaited with an await in its argument (`co_await write(co_await
// read())`), a member of a second base (the pointer adjusted) and of a
// virtual base, in a coroutine lambda capturing `this`, through a dependent
// base of a class template (`TB<T>::put(...)`), and on a derived object
// named by a variable (`d.put(co_await n)`).
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::printf("  suspend %d\n", value);
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct Reader {
  int base = 100;
  struct read_machine;
  ASL_ASYNC asl::Task<int> read();
  int twice(int v) const { return 2 * v; }
};

// The state machine of Reader::read(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Reader::read_machine {
  explicit read_machine(Reader *this_) : this_(this_) {}
  ~read_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  Reader *this_;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Reader::read() { return asl::start<read_machine>(this); }

inline void Reader::read_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(base) (line 34)
      ::new (asl::place(awaiter0_)) Later(later(this_->base));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(this_->base);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Writer {
  int sink = 0;
  void put(int v) {
    sink += v;
    std::printf("  put %d\n", v);
  }
  Writer &operator<<(int v) {
    put(v * 10);
    return *this;
  }
  struct write_machine;
  ASL_ASYNC asl::Task<int> write(int v);
};

// The state machine of Writer::write(), line 50. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Writer::write_machine {
  write_machine(Writer *this_, int &v) : this_(this_), v(std::move(v)) {}
  ~write_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  Writer *this_;
  int v;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Writer::write(int v) {
  return asl::start<write_machine>(this, v);
}

inline void Writer::write_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(v + 1) (line 51)
      ::new (asl::place(awaiter0_)) Later(later(v + 1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      this_->sink += v;
      builder_.set_result(this_->sink);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Shared {
  int shared = 0;
  void note(int v) { shared += v; }
};
struct Left : virtual Shared {};
struct Right : virtual Shared {};

struct Pipe : Reader, Writer, Left, Right {
  struct run_machine1;
  ASL_ASYNC asl::Task<int> run();
  struct viaLambda_machine;
  ASL_ASYNC asl::Task<int> viaLambda();
};

// The state machine of Pipe::run(), line 69. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Pipe::run_machine1 {
  explicit run_machine1(Pipe *this_) : this_(this_) {}
  ~run_machine1() { destroy_live(); }

  // Built in its heap box from the start: an operand is kept by reference
  // across a co_await (line 76).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Pipe *this_;
  union {
    Later awaiter0_;
    Later awaiter1_;
    Later awaiter2_;
    Writer *spill0_;
    asl::task_awaiter<int> awaiter5_;
    int spill1_;
    Later awaiter9_;
    Later awaiter10_;
  };
  union {
    Later awaiter3_;
    asl::task_awaiter<int> awaiter6_;
    Later awaiter7_;
  };
  int w;
  int t;
  union {
    Later awaiter4_;
    Later awaiter8_;
  };
  int state_ = -1;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> Pipe::run() { return asl::start<run_machine1>(this); }

inline void Pipe::run_machine1::move_next() {
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
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    default:
      break;
    }
    {
      std::printf("unqualified\n");
      // co_await later(1) (line 71)
      ::new (asl::place(awaiter0_)) Later(later(1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      this_->put(awaiter0_.await_resume());

      std::printf("qualified\n");
      // co_await later(2) (line 73)
      ::new (asl::place(awaiter1_)) Later(later(2));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      this_->Writer::put(awaiter1_.await_resume());

      std::printf("operator by name\n");
      // co_await later(3) (line 75)
      ::new (asl::place(awaiter2_)) Later(later(3));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      this_->operator<<(awaiter2_.await_resume());

      // co_await later(4) (line 76)
      ::new (asl::place(awaiter3_)) Later(later(4));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ =
          std::addressof(this_->Writer::operator<<(awaiter3_.await_resume()));
      // co_await later(5) (line 76)
      ::new (asl::place(awaiter4_)) Later(later(5));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      (*spill0_) << awaiter4_.await_resume();

      std::printf("async member of a base\n");
      // co_await read() (line 78)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{this_->read()};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      // co_await write(co_await read()) (line 78)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{this_->write(awaiter6_.await_resume())};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      w = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("first base, in a sum\n");
      // co_await later(6) (line 80)
      ::new (asl::place(awaiter7_)) Later(later(6));
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = this_->twice(awaiter7_.await_resume());
      // co_await later(7) (line 80)
      ::new (asl::place(awaiter8_)) Later(later(7));
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      t = spill1_ + this_->Reader::twice(awaiter8_.await_resume());

      std::printf("virtual base\n");
      // co_await later(8) (line 82)
      ::new (asl::place(awaiter9_)) Later(later(8));
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      this_->note(awaiter9_.await_resume());

      // co_await later(9) (line 83)
      ::new (asl::place(awaiter10_)) Later(later(9));
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      this_->Shared::note(awaiter10_.await_resume());

      builder_.set_result(w + t + this_->sink + this_->shared);
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

// The state machine of Pipe::viaLambda(), line 87. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Pipe::viaLambda_machine {
  // The closure of the coroutine lambda on line 88, as a class the machine can
  // keep.
  struct lambda_closure {
    Pipe *this_;
    asl::Task<int> operator()(int k) const {
      // The state machine of the lambda, line 88. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(Pipe *this_, int &k) : this_(this_), k(std::move(k)) {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::bool_constant<asl::relocatable<Later, int>>;

        asl::task_builder<int> builder_;
        Pipe *this_;
        int k;
        union {
          Later awaiter0_;
          Later awaiter1_;
          Later awaiter2_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            case 1:
              goto resume1_;
            case 2:
              goto resume2_;
            default:
              break;
            }
            {
              // co_await later(k) (line 89)
              ::new (asl::place(awaiter0_)) Later(later(k));
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              this_->put(awaiter0_.await_resume());

              // co_await later(k + 1) (line 90)
              ::new (asl::place(awaiter1_)) Later(later(k + 1));
              if (!awaiter1_.await_ready()) {
                state_ = 1;
                builder_.await_on_completed(awaiter1_, *this);
                return;
              resume1_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              this_->note(awaiter1_.await_resume());

              // co_await later(k + 2) (line 91)
              ::new (asl::place(awaiter2_)) Later(later(k + 2));
              if (!awaiter2_.await_ready()) {
                state_ = 2;
                builder_.await_on_completed(awaiter2_, *this);
                return;
              resume2_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              builder_.set_result(this_->twice(awaiter2_.await_resume()));
              goto finish_;
            }
          } catch (...) {
            builder_.set_current_exception();
          }
        finish_:
          state_ = -2;
          builder_.complete();
        }
      };

      return asl::start<lambda_machine>(this_, k);
    }
  };

  explicit viaLambda_machine(Pipe *this_) : this_(this_) {}
  ~viaLambda_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'lambda' may be kept
  // (line 93).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Pipe *this_;
  union {
    lambda_closure lambda;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> Pipe::viaLambda() {
  return asl::start<viaLambda_machine>(this);
}

inline void Pipe::viaLambda_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(lambda)) lambda_closure{this_};

      // co_await lambda(20) (line 93)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{lambda(20)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

template <class T> struct TB {
  T total{};
  void put(T v) {
    total += v;
    std::printf("  TB put %d\n", static_cast<int>(v));
  }
};

template <class T> struct TD : TB<T> {
  struct run_machine;
  ASL_ASYNC asl::Task<T> run() { return asl::start<run_machine>(this); }
};

// The state machine of onVariable(), line 112. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct onVariable_machine {
  onVariable_machine() {}
  ~onVariable_machine() {}

  // Built in its heap box from the start: the address of 'd' may be kept (line
  // 114).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Pipe d;
  };
  union {
    Later awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> onVariable() {
  return asl::start<onVariable_machine>();
}

inline void onVariable_machine::move_next() {
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
      ::new (asl::place(d)) Pipe;

      // co_await later(40) (line 114)
      ::new (asl::place(awaiter0_)) Later(later(40));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d.put(awaiter0_.await_resume());

      // co_await later(41) (line 115)
      ::new (asl::place(awaiter1_)) Later(later(41));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d.note(awaiter1_.await_resume());

      builder_.set_result(d.sink + d.shared);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

int main() {
  Pipe p;
  asl::Task<int> t = p.run();
  drain();
  std::printf("run %d\n", asl::sync_wait(std::move(t)));
  asl::Task<int> u = p.viaLambda();
  drain();
  std::printf("lambda %d, sink %d, shared %d\n",
              asl::sync_wait(std::move(u)), p.sink, p.shared);
  TD<long> td;
  asl::Task<long> v = td.run();
  drain();
  std::printf("template %ld\n", asl::sync_wait(std::move(v)));
  asl::Task<int> w = onVariable();
  drain();
  std::printf("variable %d\n", asl::sync_wait(std::move(w)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of TD<long>::run(), line 105. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct TD<long>::run_machine {
  // The template's parameters, which the body names.
  using T = long;

  explicit run_machine(TD<long> *this_) : this_(this_) {}
  ~run_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later>;

  asl::task_builder<long> builder_;
  TD<long> *this_;
  union {
    Later awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

inline void TD<long>::run_machine::move_next() {
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
      // co_await later(30) (line 106)
      ::new (asl::place(awaiter0_)) Later(later(30));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      this_->TB<T>::put(awaiter0_.await_resume());

      // co_await later(31) (line 107)
      ::new (asl::place(awaiter1_)) Later(later(31));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      this_->put(awaiter1_.await_resume());

      builder_.set_result(this_->total);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
