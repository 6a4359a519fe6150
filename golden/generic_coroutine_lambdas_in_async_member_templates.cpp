// Generic coroutine lambdas inside async members of class templates and
// async member templates: capturing 'this', a parameter by copy and a
// lifted local by reference, kept across the outer function's awaits and
// called with several argument types; one inside a non-generic coroutine
// lambda of an async function template; one in an async function template
// with a parameter pack that it does not name.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <string>
#include <utility>

// pause(tag) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
// The state machine of pause(), line 24. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct pause_machine {
  explicit pause_machine(const char *&tag) : tag(std::move(tag)) {}
  ~pause_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 27).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  const char *tag;
  union {
    asl::Event e;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> pause(const char *tag) {
  return asl::start<pause_machine>(tag);
}

inline void pause_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  pause %s\n", tag);
      ::new (asl::place(e)) asl::Event;

      waiting.push_back(&e);
      // co_await e (line 28)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(e));
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
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

template <class T> class Meter {
public:
  explicit Meter(T level) : level_(level) {}

  // An async member: [this] and a parameter by copy.
  struct read_machine;
  ASL_ASYNC asl::Task<T> read(T scale) {
    return asl::start<read_machine>(this, scale);
  }

  // An async member template: [&] of a lifted local and the parameter.
  template <class U> struct mix_machine;

  template <class U> ASL_ASYNC asl::Task<T> mix(U extra) {
    return asl::start<mix_machine<U>>(this, extra);
  }

private:
  T level_;
};

// Inside a non-generic coroutine lambda of an async function template,
// which is not mutable: by copy what that lambda captures by copy (const
// there) and by reference.
template <class T> struct layered_machine;

template <class T> ASL_ASYNC asl::Task<T> layered(T base) {
  return asl::start<layered_machine<T>>(base);
}

// In an async function template with a parameter pack, not named by the
// lambda.
template <class T, class... Rest> struct packed_machine;

template <class T, class... Rest>
ASL_ASYNC asl::Task<T> packed(T first, Rest... rest) {
  return asl::start<packed_machine<T, Rest...>>(first, rest...);
}

int main() {
  Meter<int> mi(1);
  std::printf("Meter<int>::read = %d\n", drive(mi.read(2)));
  std::printf("Meter<int>::mix<int> = %d\n", drive(mi.mix(3)));
  std::printf("Meter<int>::mix<double> = %d\n", drive(mi.mix(0.5)));
  Meter<double> md(0.5);
  std::printf("Meter<double>::read = %g\n", drive(md.read(2.0)));
  std::printf("Meter<double>::mix<int> = %g\n", drive(md.mix(1)));
  std::printf("layered<int> = %d\n", drive(layered(3)));
  std::printf("layered<double> = %g\n", drive(layered(0.25)));
  std::printf("packed<int> = %d\n", drive(packed(1, 2, 3)));
  std::printf("packed<double> = %g\n", drive(packed(0.5)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Meter<int>::read(), line 40. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct Meter<int>::read_machine {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 41, as a class the machine can
  // keep.
  struct scaled_closure {
    Meter<int> *this_;
    int scale;
    template <class auto0_> asl::Task<T> operator()(auto0_ amount) const {
      // The state machines of the lambda, line 41, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(amount), int>) {
        // The state machine of the lambda, line 41. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct scaled_machine {
          scaled_machine(Meter<int> *this_, const int &scale, int &amount)
              : this_(this_), scale(scale), amount(std::move(amount)) {}
          ~scaled_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          Meter<int> *this_;
          const int &scale;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int amount;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("scaled") (line 42)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("scaled")};
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

                this_->level_ = this_->level_ + static_cast<T>(amount) * scale;
                builder_.set_result(this_->level_);
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
        };

        return asl::start<scaled_machine>(this_, scale, amount);
      } else if constexpr (std::is_same_v<decltype(amount), double>) {
        // The state machine of the lambda, line 41. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct scaled_machine {
          scaled_machine(Meter<int> *this_, const int &scale, double &amount)
              : this_(this_), scale(scale), amount(std::move(amount)) {}
          ~scaled_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          Meter<int> *this_;
          const int &scale;
          double amount;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("scaled") (line 42)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("scaled")};
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

                this_->level_ = this_->level_ + static_cast<T>(amount) * scale;
                builder_.set_result(this_->level_);
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
        };

        return asl::start<scaled_machine>(this_, scale, amount);
      }
    }
  };

  read_machine(Meter<int> *this_, int &scale)
      : this_(this_), scale(std::move(scale)) {}
  ~read_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 41 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Meter<int> *this_;
  union {
    scaled_closure scaled;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int scale;
  int a;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void Meter<int>::read_machine::move_next() {
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
      ::new (asl::place(scaled)) scaled_closure{this_, scale};

      // co_await pause("read") (line 46)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{pause("read")};
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

      // co_await scaled(1) (line 47)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{scaled(1)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await scaled(0.5) (line 48)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{scaled(0.5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      T b = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(a + b);
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

// The state machine of Meter<double>::read(), line 40. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Meter<double>::read_machine {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 41, as a class the machine can
  // keep.
  struct scaled_closure {
    Meter<double> *this_;
    double scale;
    template <class auto0_> asl::Task<T> operator()(auto0_ amount) const {
      // The state machines of the lambda, line 41, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(amount), int>) {
        // The state machine of the lambda, line 41. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct scaled_machine {
          scaled_machine(Meter<double> *this_, const double &scale, int &amount)
              : this_(this_), scale(scale), amount(std::move(amount)) {}
          ~scaled_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          Meter<double> *this_;
          const double &scale;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int amount;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("scaled") (line 42)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("scaled")};
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

                this_->level_ = this_->level_ + static_cast<T>(amount) * scale;
                builder_.set_result(this_->level_);
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
        };

        return asl::start<scaled_machine>(this_, scale, amount);
      } else if constexpr (std::is_same_v<decltype(amount), double>) {
        // The state machine of the lambda, line 41. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct scaled_machine {
          scaled_machine(Meter<double> *this_, const double &scale,
                         double &amount)
              : this_(this_), scale(scale), amount(std::move(amount)) {}
          ~scaled_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          Meter<double> *this_;
          const double &scale;
          double amount;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("scaled") (line 42)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("scaled")};
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

                this_->level_ = this_->level_ + static_cast<T>(amount) * scale;
                builder_.set_result(this_->level_);
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
        };

        return asl::start<scaled_machine>(this_, scale, amount);
      }
    }
  };

  read_machine(Meter<double> *this_, double &scale)
      : this_(this_), scale(std::move(scale)) {}
  ~read_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 41 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  Meter<double> *this_;
  double scale;
  union {
    scaled_closure scaled;
  };
  double a;
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<double> awaiter1_;
    asl::task_awaiter<double> awaiter2_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void Meter<double>::read_machine::move_next() {
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
      ::new (asl::place(scaled)) scaled_closure{this_, scale};

      // co_await pause("read") (line 46)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{pause("read")};
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

      // co_await scaled(1) (line 47)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{scaled(1)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await scaled(0.5) (line 48)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<double>{scaled(0.5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      T b = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(a + b);
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

// The state machine of Meter<int>::mix<int>(), line 53. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Meter<int>::mix_machine<int> {
  // The template's parameters, which the body names.
  using T = int;
  using U = int;

  // The closure of the coroutine lambda on line 55, as a class the machine can
  // keep.
  struct add_closure {
    int &sum;
    int &extra;
    template <class auto0_, class auto1_>
    asl::Task<T> operator()(auto0_ x, auto1_ y) const {
      // The state machines of the lambda, line 55, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int> &&
                    std::is_same_v<decltype(y), int>) {
        // The state machine of the lambda, line 55. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(int &sum, int &extra, int &x, int &y)
              : sum(sum), extra(extra), x(std::move(x)), y(std::move(y)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &sum;
          int &extra;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int x;
          int y;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("add") (line 56)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                sum = sum + static_cast<T>(x) + static_cast<T>(y) +
                      static_cast<T>(extra);
                builder_.set_result(sum);
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
        };

        return asl::start<add_machine>(sum, extra, x, y);
      } else if constexpr (std::is_same_v<decltype(x), double> &&
                           std::is_same_v<decltype(y), int>) {
        // The state machine of the lambda, line 55. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(int &sum, int &extra, double &x, int &y)
              : sum(sum), extra(extra), x(std::move(x)), y(std::move(y)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &sum;
          int &extra;
          double x;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int y;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("add") (line 56)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                sum = sum + static_cast<T>(x) + static_cast<T>(y) +
                      static_cast<T>(extra);
                builder_.set_result(sum);
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
        };

        return asl::start<add_machine>(sum, extra, x, y);
      }
    }
  };

  mix_machine(Meter<int> *this_, int &extra)
      : this_(this_), extra(std::move(extra)) {}
  ~mix_machine() { destroy_live(); }

  // Built in its heap box from the start: 'sum' is captured by reference by the
  // coroutine lambda on line 55.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Meter<int> *this_;
  union {
    add_closure add;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int extra;
  int sum;
  int r;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void Meter<int>::mix_machine<int>::move_next() {
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
      sum = this_->level_;

      ::new (asl::place(add)) add_closure{sum, extra};

      // co_await add(1, 2) (line 61)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{add(1, 2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await pause("mix") (line 62)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{pause("mix")};
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

      spill0_ = r;
      // co_await add(0.5, 'a' - 'a') (line 63)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{add(0.5, 'a' - 'a')};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = spill0_ + awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(std::move(r));
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

// The state machine of Meter<int>::mix<double>(), line 53. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Meter<int>::mix_machine<double> {
  // The template's parameters, which the body names.
  using T = int;
  using U = double;

  // The closure of the coroutine lambda on line 55, as a class the machine can
  // keep.
  struct add_closure {
    int &sum;
    double &extra;
    template <class auto0_, class auto1_>
    asl::Task<T> operator()(auto0_ x, auto1_ y) const {
      // The state machines of the lambda, line 55, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int> &&
                    std::is_same_v<decltype(y), int>) {
        // The state machine of the lambda, line 55. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(int &sum, double &extra, int &x, int &y)
              : sum(sum), extra(extra), x(std::move(x)), y(std::move(y)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &sum;
          double &extra;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int x;
          int y;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("add") (line 56)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                sum = sum + static_cast<T>(x) + static_cast<T>(y) +
                      static_cast<T>(extra);
                builder_.set_result(sum);
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
        };

        return asl::start<add_machine>(sum, extra, x, y);
      } else if constexpr (std::is_same_v<decltype(x), double> &&
                           std::is_same_v<decltype(y), int>) {
        // The state machine of the lambda, line 55. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(int &sum, double &extra, double &x, int &y)
              : sum(sum), extra(extra), x(std::move(x)), y(std::move(y)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &sum;
          double &extra;
          double x;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int y;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("add") (line 56)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                sum = sum + static_cast<T>(x) + static_cast<T>(y) +
                      static_cast<T>(extra);
                builder_.set_result(sum);
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
        };

        return asl::start<add_machine>(sum, extra, x, y);
      }
    }
  };

  mix_machine(Meter<int> *this_, double &extra)
      : this_(this_), extra(std::move(extra)) {}
  ~mix_machine() { destroy_live(); }

  // Built in its heap box from the start: 'sum' is captured by reference by the
  // coroutine lambda on line 55.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Meter<int> *this_;
  double extra;
  union {
    add_closure add;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int sum;
  int r;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void Meter<int>::mix_machine<double>::move_next() {
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
      sum = this_->level_;

      ::new (asl::place(add)) add_closure{sum, extra};

      // co_await add(1, 2) (line 61)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{add(1, 2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await pause("mix") (line 62)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{pause("mix")};
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

      spill0_ = r;
      // co_await add(0.5, 'a' - 'a') (line 63)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{add(0.5, 'a' - 'a')};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = spill0_ + awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(std::move(r));
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

// The state machine of Meter<double>::mix<int>(), line 53. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Meter<double>::mix_machine<int> {
  // The template's parameters, which the body names.
  using T = double;
  using U = int;

  // The closure of the coroutine lambda on line 55, as a class the machine can
  // keep.
  struct add_closure {
    double &sum;
    int &extra;
    template <class auto0_, class auto1_>
    asl::Task<T> operator()(auto0_ x, auto1_ y) const {
      // The state machines of the lambda, line 55, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int> &&
                    std::is_same_v<decltype(y), int>) {
        // The state machine of the lambda, line 55. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(double &sum, int &extra, int &x, int &y)
              : sum(sum), extra(extra), x(std::move(x)), y(std::move(y)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &sum;
          int &extra;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int x;
          int y;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("add") (line 56)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                sum = sum + static_cast<T>(x) + static_cast<T>(y) +
                      static_cast<T>(extra);
                builder_.set_result(sum);
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
        };

        return asl::start<add_machine>(sum, extra, x, y);
      } else if constexpr (std::is_same_v<decltype(x), double> &&
                           std::is_same_v<decltype(y), int>) {
        // The state machine of the lambda, line 55. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(double &sum, int &extra, double &x, int &y)
              : sum(sum), extra(extra), x(std::move(x)), y(std::move(y)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &sum;
          int &extra;
          double x;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int y;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("add") (line 56)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                sum = sum + static_cast<T>(x) + static_cast<T>(y) +
                      static_cast<T>(extra);
                builder_.set_result(sum);
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
        };

        return asl::start<add_machine>(sum, extra, x, y);
      }
    }
  };

  mix_machine(Meter<double> *this_, int &extra)
      : this_(this_), extra(std::move(extra)) {}
  ~mix_machine() { destroy_live(); }

  // Built in its heap box from the start: 'sum' is captured by reference by the
  // coroutine lambda on line 55.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  Meter<double> *this_;
  double sum;
  union {
    add_closure add;
  };
  double r;
  union {
    asl::task_awaiter<double> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
    double spill0_;
  };
  union {
    asl::task_awaiter<double> awaiter2_;
  };
  int extra;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void Meter<double>::mix_machine<int>::move_next() {
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
      sum = this_->level_;

      ::new (asl::place(add)) add_closure{sum, extra};

      // co_await add(1, 2) (line 61)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{add(1, 2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await pause("mix") (line 62)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{pause("mix")};
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

      spill0_ = r;
      // co_await add(0.5, 'a' - 'a') (line 63)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<double>{add(0.5, 'a' - 'a')};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = spill0_ + awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(std::move(r));
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

// The state machine of layered<int>(), line 74. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct layered_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 76, as a class the machine can
  // keep.
  struct outer_closure {
    int base;
    int &step;
    asl::Task<T> operator()(int times) const {
      // Makes the closure of the generic coroutine lambda on line 77, which the
      // machine keeps: a class local to a function, as the machine is, cannot
      // have the call operator template a generic lambda's closure has.
      static constexpr auto inner_lambda = [](int &base, int &step) {
        return [base, step](auto v) -> asl::Task<T> {
          // The state machines of the lambda, line 77, one for each set of
          // types its 'auto' parameters take in this specialization of the
          // template around it. A static local keeps it not constexpr, like the
          // coroutine lambda.
          [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
          if constexpr (std::is_same_v<decltype(v), int>) {
            // The state machine of the lambda, line 77. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(const int &base, const int &step, int &v)
                  : base(base), step(step), v(std::move(v)) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable [[maybe_unused]] = std::bool_constant<
                  asl::relocatable<asl::task_awaiter<void>, int> &&
                  !asl::usually_suspends<asl::task_awaiter<void>>>;

              asl::task_builder<int> builder_;
              const int &base;
              const int &step;
              union {
                asl::task_awaiter<void> awaiter0_;
              };
              int v;
              int state_ = -1;
              bool awaiter0_live_ = false;

              // Destroys the lifted objects still alive, last constructed
              // first: when an exception leaves the body, or when the task is
              // destroyed while suspended.
              void destroy_live() noexcept {
                asl::destroy(awaiter0_, awaiter0_live_);
              }

              void move_next() {
                try {
                  switch (state_) {
                  case 0:
                    goto resume0_;
                  default:
                    break;
                  }
                  {
                    // co_await pause("inner") (line 78)
                    ::new (asl::place(awaiter0_))
                        asl::task_awaiter<void>{pause("inner")};
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

                    builder_.set_result(base + step + static_cast<T>(v));
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
            };

            return asl::start<inner_machine>(base, step, v);
          } else if constexpr (std::is_same_v<decltype(v), double>) {
            // The state machine of the lambda, line 77. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(const int &base, const int &step, double &v)
                  : base(base), step(step), v(std::move(v)) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable [[maybe_unused]] = std::bool_constant<
                  asl::relocatable<asl::task_awaiter<void>, double> &&
                  !asl::usually_suspends<asl::task_awaiter<void>>>;

              asl::task_builder<int> builder_;
              const int &base;
              const int &step;
              double v;
              union {
                asl::task_awaiter<void> awaiter0_;
              };
              int state_ = -1;
              bool awaiter0_live_ = false;

              // Destroys the lifted objects still alive, last constructed
              // first: when an exception leaves the body, or when the task is
              // destroyed while suspended.
              void destroy_live() noexcept {
                asl::destroy(awaiter0_, awaiter0_live_);
              }

              void move_next() {
                try {
                  switch (state_) {
                  case 0:
                    goto resume0_;
                  default:
                    break;
                  }
                  {
                    // co_await pause("inner") (line 78)
                    ::new (asl::place(awaiter0_))
                        asl::task_awaiter<void>{pause("inner")};
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

                    builder_.set_result(base + step + static_cast<T>(v));
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
            };

            return asl::start<inner_machine>(base, step, v);
          }
        };
      };

      // The state machine of the lambda, line 76. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct outer_machine {
        using inner_closure = decltype(inner_lambda(std::declval<int &>(),
                                                    std::declval<int &>()));
        outer_machine(const int &base, int &step, int &times)
            : base(base), step(step), times(std::move(times)) {}
        ~outer_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 77 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        const int &base;
        int &step;
        union {
          asl::task_awaiter<int> awaiter0_;
        };
        union {
          asl::task_awaiter<int> awaiter1_;
        };
        int times;
        union {
          inner_closure inner;
        };
        int sum;
        int i;
        union {
          int spill0_;
        };
        union {
          int spill1_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;
        bool awaiter1_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
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
              ::new (asl::place(inner))
                  inner_closure(inner_lambda(const_cast<int &>(base), step));

              sum = T();

              for (i = 0; i < times; ++i) {
                spill0_ = sum;
                // co_await inner(i) (line 83)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inner(i)};
                awaiter0_live_ = true;
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                spill1_ = spill0_ + awaiter0_.await_resume();
                // co_await inner(0.5) (line 83)
                ::new (asl::place(awaiter1_))
                    asl::task_awaiter<int>{inner(0.5)};
                awaiter1_live_ = true;
                if (!awaiter1_.await_ready()) {
                  state_ = 1;
                  builder_.await_on_completed(awaiter1_, *this);
                  return;
                resume1_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                sum = spill1_ + awaiter1_.await_resume();
                asl::destroy(awaiter1_, awaiter1_live_);
                asl::destroy(awaiter0_, awaiter0_live_);
              }

              builder_.set_result(std::move(sum));
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
      };

      return asl::start<outer_machine>(base, step, times);
    }
  };

  explicit layered_machine(int &base) : base(std::move(base)) {}
  ~layered_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 76 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    outer_closure outer;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int base;
  int step;
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

inline void layered_machine<int>::move_next() {
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
      step = base;

      ::new (asl::place(outer)) outer_closure{base, step};

      // co_await pause("layered") (line 86)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{pause("layered")};
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

      // co_await outer(2) (line 87)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{outer(2)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of layered<double>(), line 74. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct layered_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 76, as a class the machine can
  // keep.
  struct outer_closure {
    double base;
    double &step;
    asl::Task<T> operator()(int times) const {
      // Makes the closure of the generic coroutine lambda on line 77, which the
      // machine keeps: a class local to a function, as the machine is, cannot
      // have the call operator template a generic lambda's closure has.
      static constexpr auto inner_lambda = [](double &base, double &step) {
        return [base, step](auto v) -> asl::Task<T> {
          // The state machines of the lambda, line 77, one for each set of
          // types its 'auto' parameters take in this specialization of the
          // template around it. A static local keeps it not constexpr, like the
          // coroutine lambda.
          [[maybe_unused]] static constexpr bool not_constexpr_ = true;
          if constexpr (std::is_same_v<decltype(v), int>) {
            // The state machine of the lambda, line 77. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(const double &base, const double &step, int &v)
                  : base(base), step(step), v(std::move(v)) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable [[maybe_unused]] = std::bool_constant<
                  asl::relocatable<asl::task_awaiter<void>, int> &&
                  !asl::usually_suspends<asl::task_awaiter<void>>>;

              asl::task_builder<double> builder_;
              const double &base;
              const double &step;
              union {
                asl::task_awaiter<void> awaiter0_;
              };
              int v;
              int state_ = -1;
              bool awaiter0_live_ = false;

              // Destroys the lifted objects still alive, last constructed
              // first: when an exception leaves the body, or when the task is
              // destroyed while suspended.
              void destroy_live() noexcept {
                asl::destroy(awaiter0_, awaiter0_live_);
              }

              void move_next() {
                try {
                  switch (state_) {
                  case 0:
                    goto resume0_;
                  default:
                    break;
                  }
                  {
                    // co_await pause("inner") (line 78)
                    ::new (asl::place(awaiter0_))
                        asl::task_awaiter<void>{pause("inner")};
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

                    builder_.set_result(base + step + static_cast<T>(v));
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
            };

            return asl::start<inner_machine>(base, step, v);
          } else if constexpr (std::is_same_v<decltype(v), double>) {
            // The state machine of the lambda, line 77. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(const double &base, const double &step, double &v)
                  : base(base), step(step), v(std::move(v)) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable [[maybe_unused]] = std::bool_constant<
                  asl::relocatable<asl::task_awaiter<void>, double> &&
                  !asl::usually_suspends<asl::task_awaiter<void>>>;

              asl::task_builder<double> builder_;
              const double &base;
              const double &step;
              double v;
              union {
                asl::task_awaiter<void> awaiter0_;
              };
              int state_ = -1;
              bool awaiter0_live_ = false;

              // Destroys the lifted objects still alive, last constructed
              // first: when an exception leaves the body, or when the task is
              // destroyed while suspended.
              void destroy_live() noexcept {
                asl::destroy(awaiter0_, awaiter0_live_);
              }

              void move_next() {
                try {
                  switch (state_) {
                  case 0:
                    goto resume0_;
                  default:
                    break;
                  }
                  {
                    // co_await pause("inner") (line 78)
                    ::new (asl::place(awaiter0_))
                        asl::task_awaiter<void>{pause("inner")};
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

                    builder_.set_result(base + step + static_cast<T>(v));
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
            };

            return asl::start<inner_machine>(base, step, v);
          }
        };
      };

      // The state machine of the lambda, line 76. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct outer_machine {
        using inner_closure = decltype(inner_lambda(std::declval<double &>(),
                                                    std::declval<double &>()));
        outer_machine(const double &base, double &step, int &times)
            : base(base), step(step), times(std::move(times)) {}
        ~outer_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 77 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<double> builder_;
        const double &base;
        double &step;
        union {
          inner_closure inner;
        };
        double sum;
        union {
          double spill0_;
        };
        union {
          double spill1_;
        };
        union {
          asl::task_awaiter<double> awaiter0_;
        };
        union {
          asl::task_awaiter<double> awaiter1_;
        };
        int times;
        int i;
        int state_ = -1;
        bool awaiter0_live_ = false;
        bool awaiter1_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
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
              ::new (asl::place(inner))
                  inner_closure(inner_lambda(const_cast<double &>(base), step));

              sum = T();

              for (i = 0; i < times; ++i) {
                spill0_ = sum;
                // co_await inner(i) (line 83)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<double>{inner(i)};
                awaiter0_live_ = true;
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                spill1_ = spill0_ + awaiter0_.await_resume();
                // co_await inner(0.5) (line 83)
                ::new (asl::place(awaiter1_))
                    asl::task_awaiter<double>{inner(0.5)};
                awaiter1_live_ = true;
                if (!awaiter1_.await_ready()) {
                  state_ = 1;
                  builder_.await_on_completed(awaiter1_, *this);
                  return;
                resume1_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                sum = spill1_ + awaiter1_.await_resume();
                asl::destroy(awaiter1_, awaiter1_live_);
                asl::destroy(awaiter0_, awaiter0_live_);
              }

              builder_.set_result(std::move(sum));
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
      };

      return asl::start<outer_machine>(base, step, times);
    }
  };

  explicit layered_machine(double &base) : base(std::move(base)) {}
  ~layered_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 76 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  double base;
  double step;
  union {
    outer_closure outer;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<double> awaiter1_;
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

inline void layered_machine<double>::move_next() {
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
      step = base;

      ::new (asl::place(outer)) outer_closure{base, step};

      // co_await pause("layered") (line 86)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{pause("layered")};
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

      // co_await outer(2) (line 87)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{outer(2)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of packed<int, int, int>(), line 93. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct packed_machine<int, int, int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 95, as a class the machine can
  // keep.
  struct add_closure1 {
    int &count;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The state machines of the lambda, line 95, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 95. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_cmachine {
          add_cmachine(int &count, int &x) : count(count), x(std::move(x)) {}
          ~add_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &count;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int x;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("packed") (line 96)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("packed")};
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

                count = count + static_cast<T>(x);
                builder_.set_result(count);
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
        };

        return asl::start<add_cmachine>(count, x);
      } else if constexpr (std::is_same_v<decltype(x), double>) {
        // The state machine of the lambda, line 95. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_cmachine {
          add_cmachine(int &count, double &x) : count(count), x(std::move(x)) {}
          ~add_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &count;
          double x;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("packed") (line 96)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("packed")};
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

                count = count + static_cast<T>(x);
                builder_.set_result(count);
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
        };

        return asl::start<add_cmachine>(count, x);
      }
    }
  };

  packed_machine(int &first, int &rest0_, int &rest1_)
      : first(std::move(first)), rest0_(std::move(rest0_)),
        rest1_(std::move(rest1_)) {}
  ~packed_machine() { destroy_live(); }

  // Built in its heap box from the start: 'count' is captured by reference by
  // the coroutine lambda on line 95.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    add_closure1 add;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int first;
  int rest0_;
  int rest1_;
  int count;
  int r;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, rest0_,
               rest1_);
  }
  template <class... Rest, class... rest_types_>
  void move_next_(asl::pack_types<Rest...>, asl::pack_types<rest_types_...>,
                  asl::pack_param_t<rest_types_>... rest);
};

template <class... Rest, class... rest_types_>
inline void packed_machine<int, int, int>::move_next_(
    asl::pack_types<Rest...>, asl::pack_types<rest_types_...>,
    asl::pack_param_t<rest_types_>... rest) {
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
      count = static_cast<T>(sizeof...(Rest));

      ::new (asl::place(add)) add_closure1{count};

      // co_await add(first) (line 100)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{add(first)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      spill0_ = r;
      // co_await add(1.5) (line 101)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{add(1.5)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = spill0_ + awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(r + (T() + ... + static_cast<T>(rest)));
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

// The state machine of packed<double>(), line 93. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct packed_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 95, as a class the machine can
  // keep.
  struct add_closure1 {
    double &count;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The state machines of the lambda, line 95, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), double>) {
        // The state machine of the lambda, line 95. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_cmachine {
          add_cmachine(double &count, double &x)
              : count(count), x(std::move(x)) {}
          ~add_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &count;
          double x;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await pause("packed") (line 96)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("packed")};
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

                count = count + static_cast<T>(x);
                builder_.set_result(count);
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
        };

        return asl::start<add_cmachine>(count, x);
      }
    }
  };

  explicit packed_machine(double &first) : first(std::move(first)) {}
  ~packed_machine() { destroy_live(); }

  // Built in its heap box from the start: 'count' is captured by reference by
  // the coroutine lambda on line 95.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  double first;
  double count;
  union {
    add_closure1 add;
  };
  double r;
  union {
    asl::task_awaiter<double> awaiter0_;
    double spill0_;
  };
  union {
    asl::task_awaiter<double> awaiter1_;
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

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Rest, class... rest_types_>
  void move_next_(asl::pack_types<Rest...>, asl::pack_types<rest_types_...>,
                  asl::pack_param_t<rest_types_>... rest);
};

template <class... Rest, class... rest_types_>
inline void
packed_machine<double>::move_next_(asl::pack_types<Rest...>,
                                   asl::pack_types<rest_types_...>,
                                   asl::pack_param_t<rest_types_>... rest) {
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
      count = static_cast<T>(sizeof...(Rest));

      ::new (asl::place(add)) add_closure1{count};

      // co_await add(first) (line 100)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{add(first)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      spill0_ = r;
      // co_await add(1.5) (line 101)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{add(1.5)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = spill0_ + awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(r + (T() + ... + static_cast<T>(rest)));
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
