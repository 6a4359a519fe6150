// Async members of class templates with parameter packs, and async member
// templates with packs of a class that is no template. The machine of each
// specialization runs the body in a member function template that receives
// the class's pack (and the member's own), so `sizeof...(Ts)`,
// `std::tuple<Ts...>` and folds over a function parameter pack of the
// class's pack compile as written; the elements of that function parameter
// pack are fields of the machine, moved in once.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

struct Noisy {
  int v;
  explicit Noisy(int x) : v(x) { std::printf("  make %d\n", v); }
  Noisy(const Noisy &o) : v(o.v) { std::printf("  copy %d\n", v); }
  Noisy(Noisy &&o) noexcept : v(o.v) {
    o.v = -1;
    std::printf("  move %d\n", v);
  }
  // A moved-from object dies quietly: where a parameter object dies differs
  // from a frame's (docs/design.md, "Known limits").
  ~Noisy() {
    if (v != -1)
      std::printf("  destroy %d\n", v);
  }
};
int value(const Noisy &n) { return n.v; }
int value(int n) { return n; }

template <class... Ts> class Bag {
public:
  explicit Bag(Ts... xs) : items_(xs...) {}

  struct count_machine;
  ASL_ASYNC asl::Task<int> count() const {
    return asl::start<count_machine>(this);
  }

  struct total_machine;
  ASL_ASYNC asl::Task<int> total(Ts... extra);

  struct describe_machine;
  ASL_ASYNC static asl::Task<std::string> describe(int n) {
    return asl::start<describe_machine>(n);
  }

private:
  std::tuple<Ts...> items_;
};

template <class... Ts> ASL_ASYNC asl::Task<int> Bag<Ts...>::total(Ts... extra) {
  return asl::start<total_machine>(this, extra...);
}

// A non-type pack of a class template.
template <int... Dims> struct Grid {
  int scale = 1;
  struct volume_machine;
  ASL_ASYNC asl::Task<int> volume() { return asl::start<volume_machine>(this); }
};

// A member template with a pack, of a class that is no template.
class Logger {
public:
  template <class... Ts> struct log_machine;

  template <class... Ts> ASL_ASYNC asl::Task<int> log(const Ts &...xs) {
    return asl::start<log_machine<Ts...>>(this, xs...);
  }

private:
  int lines_ = 0;
};

// The state machine of run(), line 90. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'numbers' may be kept
  // (line 92).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Bag<int, long> numbers;
  };
  union {
    std::string d;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<std::string> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    int temporary0_;
  };
  union {
    asl::task_awaiter<int> awaiter5_;
  };
  int c;
  int t;
  union {
    Bag<Noisy> noisy;
  };
  union {
    Grid<2, 3, 4> grid;
  };
  int v;
  union {
    Logger logger;
  };
  union {
    Noisy held;
  };
  union {
    int temporary1_;
  };
  int state_ = -1;
  bool d_live_ = false;
  bool noisy_live_ = false;
  bool held_live_ = false;
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
    asl::destroy(held, held_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(noisy, noisy_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(d, d_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
      ::new (asl::place(numbers)) Bag<int, long>(1, 2L);

      // co_await numbers.count() (line 92)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{numbers.count()};
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
      c = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await numbers.total(10, 20L) (line 93)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{numbers.total(10, 20L)};
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
      t = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await Bag<int, char, short>::describe(4) (line 94)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<std::string>{Bag<int, char, short>::describe(4)};
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
      ::new (asl::place(d)) std::string(awaiter2_.await_resume());
      d_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("c %d, t %d, d %s\n", c, t, d.c_str());
      std::printf("noisy bag:\n");
      {
        ::new (asl::place(noisy)) Bag<Noisy>(Noisy(5));
        noisy_live_ = true;

        std::printf("total:\n");
        // co_await noisy.total(Noisy(6)) (line 100)
        ::new (asl::place(awaiter3_))
            asl::task_awaiter<int>{noisy.total(Noisy(6))};
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
        int n = awaiter3_.await_resume();
        asl::destroy(awaiter3_, awaiter3_live_);

        std::printf("n %d\n", n);
        asl::destroy(noisy, noisy_live_);
      }
      ::new (asl::place(grid)) Grid<2, 3, 4>;

      grid.scale = 2;
      // co_await grid.volume() (line 105)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{grid.volume()};
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
      v = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      ::new (asl::place(logger)) Logger;

      ::new (asl::place(held)) Noisy(9);
      held_live_ = true;

      ::new (asl::place(temporary0_)) int(1);
      ::new (asl::place(temporary1_)) int(3);
      // co_await logger.log(1, held, 3) (line 108)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{logger.log(temporary0_, held, temporary1_)};
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
      int lines = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("v %d, lines %d\n", v, lines);
      builder_.set_result(c + t + v);
      asl::destroy(held, held_live_);
      asl::destroy(d, d_live_);
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

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Bag<int, long>::count(), line 39. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Bag<int, long>::count_machine {
  explicit count_machine(const Bag<int, long> *this_) : this_(this_) {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Bag<int, long> *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<int, long>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void Bag<int, long>::count_machine::move_next_(asl::pack_types<Ts...>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 40)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(static_cast<int>(sizeof...(Ts)));
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

// The state machine of Bag<int, char, short>::describe(), line 46. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct Bag<int, char, short>::describe_machine {
  explicit describe_machine(int &n) : n(std::move(n)) {}
  ~describe_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int, std::tuple<int, char, short>> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::string> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int n;
  union {
    std::tuple<int, char, short> sample;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<int, char, short>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void
Bag<int, char, short>::describe_machine::move_next_(asl::pack_types<Ts...>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(sample)) std::tuple<int, char, short>{};

      // co_await ready (line 48)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(
          std::to_string(n) + " of " +
          std::to_string(std::tuple_size_v<std::tuple<int, char, short>>));
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

// The state machine of Bag<int, long>::total(), line 58. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Bag<int, long>::total_machine {
  total_machine(Bag<int, long> *this_, int &extra0_, long &extra1_)
      : this_(this_), extra1_(std::move(extra1_)), extra0_(std::move(extra0_)) {
  }
  ~total_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int, long>;

  asl::task_builder<int> builder_;
  Bag<int, long> *this_;
  long extra1_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int extra0_;
  int mine;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, long>{}, asl::pack_types<int, long>{},
               extra0_, extra1_);
  }
  template <class... Ts, class... extra_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<extra_types_...>,
                  asl::pack_param_t<extra_types_>... extra);
};

template <class... Ts, class... extra_types_>
inline void Bag<int, long>::total_machine::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<extra_types_...>,
    asl::pack_param_t<extra_types_>... extra) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      mine = std::apply([](const auto &...v) { return (0 + ... + value(v)); },
                        this_->items_);

      // co_await ready (line 61)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      int theirs = (0 + ... + value(extra));
      std::printf("total: mine %d, theirs %d\n", mine, theirs);
      builder_.set_result(mine + theirs);
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

// The state machine of Bag<Noisy>::total(), line 58. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Bag<Noisy>::total_machine {
  total_machine(Bag<Noisy> *this_, Noisy &extra0_)
      : this_(this_), extra0_(std::move(extra0_)) {}
  ~total_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'extra' may be kept
  // (line 62).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Bag<Noisy> *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  Noisy extra0_;
  int mine;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Noisy>{}, asl::pack_types<Noisy>{}, extra0_);
  }
  template <class... Ts, class... extra_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<extra_types_...>,
                  asl::pack_param_t<extra_types_>... extra);
};

template <class... Ts, class... extra_types_>
inline void Bag<Noisy>::total_machine::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<extra_types_...>,
    asl::pack_param_t<extra_types_>... extra) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      mine = std::apply([](const auto &...v) { return (0 + ... + value(v)); },
                        this_->items_);

      // co_await ready (line 61)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      int theirs = (0 + ... + value(extra));
      std::printf("total: mine %d, theirs %d\n", mine, theirs);
      builder_.set_result(mine + theirs);
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

// The state machine of Grid<2, 3, 4>::volume(), line 70. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Grid<2, 3, 4>::volume_machine {
  explicit volume_machine(Grid<2, 3, 4> *this_) : this_(this_) {}
  ~volume_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Grid<2, 3, 4> *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_values<int, 2, 3, 4>{}); }
  template <int... Dims> void move_next_(asl::pack_values<int, Dims...>);
};

template <int... Dims>
inline void
Grid<2, 3, 4>::volume_machine::move_next_(asl::pack_values<int, Dims...>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 71)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(this_->scale * (1 * ... * Dims));
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

// The state machine of Logger::log<int, Noisy, int>(), line 79. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct Logger::log_machine<int, Noisy, int> {
  log_machine(Logger *this_, const int &xs0_, const Noisy &xs1_,
              const int &xs2_)
      : this_(this_), xs0_(xs0_), xs1_(xs1_), xs2_(xs2_) {}
  ~log_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Logger *this_;
  const int &xs0_;
  const Noisy &xs1_;
  const int &xs2_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, Noisy, int>{},
               asl::pack_types<const int &, const Noisy &, const int &>{}, xs0_,
               xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void Logger::log_machine<int, Noisy, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 80)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      ((std::printf("%s%d", this_->lines_ ? " " : "", value(xs)),
        ++this_->lines_),
       ...);
      std::printf("\n");
      builder_.set_result(this_->lines_);
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
