// Checks coroutine lambdas inside async members of a class template whose
// init-captures name the object: `[self = this]`, a member by value
// (`mutable` and not) and by reference, a copy of `*this`, a call to a
// member function, generic and not, and nested two deep, in two
// specializations; tracers show each copy and when each object dies.
#include <asl/task.h>

#include <cstdio>
#include <memory>
#include <string>

asl::Event ev;

struct Tracer {
  std::string name;
  explicit Tracer(std::string n) : name(std::move(n)) {
    std::printf("  make %s\n", name.c_str());
  }
  Tracer(const Tracer &o) : name(o.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  ~Tracer() { std::printf("  drop %s\n", name.c_str()); }
};

template <class T> struct Meter : std::enable_shared_from_this<Meter<T>> {
  T level;
  Tracer tag_;

  Meter(T l, const char *name) : level(l), tag_(name) {}
  Meter(const Meter &o)
      : std::enable_shared_from_this<Meter<T>>(), level(o.level),
        tag_(o.tag_) {}
  ~Meter() { std::printf("  meter %s dies\n", tag_.name.c_str()); }

  T twice() const { return level * 2; }

  struct read_machine;
  ASL_ASYNC asl::Task<T> read() { return asl::start<read_machine>(this); }

  struct share_machine;
  ASL_ASYNC asl::Task<long> share() { return asl::start<share_machine>(this); }
};

int main() {
  ev.set();
  {
    Meter<int> m{2, "int"};
    std::printf("read<int>: %d\n", asl::sync_wait(m.read()));
  }
  {
    Meter<double> m{0.5, "double"};
    std::printf("read<double>: %g\n", asl::sync_wait(m.read()));
  }
  ev.reset();
  asl::Task<long> pending;
  {
    auto m = std::make_shared<Meter<int>>(5, "shared");
    pending = m->share();
  }
  std::printf("owner gone\n");
  ev.set();
  std::printf("share: %ld\n", asl::sync_wait(std::move(pending)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Meter<int>::read(), line 37. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct Meter<int>::read_machine {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 38, as a class the machine can
  // keep.
  struct h_closure {
    int copy;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The state machines of the lambda, line 38, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 38. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct h_machine {
          h_machine(const int &copy, int &x) : copy(copy), x(std::move(x)) {}
          ~h_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<int> builder_;
          const int &copy;
          union {
            asl::event_awaiter awaiter0_;
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
                // co_await ev (line 39)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(ev));
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

                builder_.set_result(copy + static_cast<T>(x));
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

        return asl::start<h_machine>(copy, x);
      }
    }
  };

  // The closure of the coroutine lambda on line 44, as a class the machine can
  // keep.
  struct add_closure {
    Meter<int> *self;
    int &r;
    asl::Task<void> operator()(T by) {
      // The state machine of the lambda, line 44. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct add_machine {
        add_machine(Meter<int> *&self, int &r, int &by)
            : self(self), r(r), by(std::move(by)) {}
        ~add_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<void> builder_;
        Meter<int> *&self;
        int &r;
        union {
          asl::event_awaiter awaiter0_;
        };
        int by;
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
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
              // co_await ev (line 45)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(ev));
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

              r += by;
              self = nullptr;
            }
            builder_.set_result();
          } catch (...) {
            destroy_live();
            builder_.set_current_exception();
          }
          state_ = -2;
          builder_.complete();
        }
      };

      return asl::start<add_machine>(self, r, by);
    }
  };

  // The closure of the coroutine lambda on line 52, as a class the machine can
  // keep.
  struct snap_closure {
    Meter<int> copy;
    int t;
    asl::Task<T> operator()() {
      // The state machine of the lambda, line 52. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct snap_machine {
        snap_machine(Meter<int> &copy, int &t) : copy(copy), t(t) {}
        ~snap_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Meter<int> &copy;
        int &t;
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
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
              // co_await ev (line 53)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(ev));
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

              std::printf("  snap of %s\n", copy.tag_.name.c_str());
              copy.level = t;
              builder_.set_result(copy.level);
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

      return asl::start<snap_machine>(copy, t);
    }
  };

  // The closure of the coroutine lambda on line 60, as a class the machine can
  // keep.
  struct outer_closure {
    Meter<int> *this_;
    asl::Task<T> operator()(int k) const {
      // The state machine of the lambda, line 60. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct outer_machine {
        // The closure of the coroutine lambda on line 61, as a class the
        // machine can keep.
        struct inner_closure {
          int n;
          Meter<int> *p;
          Tracer tag;
          asl::Task<T> operator()(int j) const {
            // The state machine of the lambda, line 61. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(const int &n, Meter<int> *const &p,
                            const Tracer &tag, int &j)
                  : n(n), p(p), tag(tag), j(std::move(j)) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable = std::bool_constant<
                  asl::relocatable<asl::event_awaiter, int> &&
                  !asl::usually_suspends<asl::event_awaiter>>;

              asl::task_builder<int> builder_;
              const int &n;
              Meter<int> *const &p;
              const Tracer &tag;
              union {
                asl::event_awaiter awaiter0_;
              };
              int j;
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
                    // co_await ev (line 62)
                    ::new (asl::place(awaiter0_))
                        asl::event_awaiter(asl::get_awaiter(ev));
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

                    std::printf("  inner with %s\n", tag.name.c_str());
                    builder_.set_result(n + p->level + static_cast<T>(j));
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

            return asl::start<inner_machine>(n, p, tag, j);
          }
        };

        outer_machine(Meter<int> *this_, int &k)
            : this_(this_), k(std::move(k)) {}
        ~outer_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 61 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        Meter<int> *this_;
        union {
          inner_closure inner;
        };
        union {
          asl::task_awaiter<int> awaiter0_;
        };
        int k;
        int state_ = -1;
        bool inner_live_ = false;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(inner, inner_live_);
        }

        void move_next() {
          try {
            asl::unwind_guard unwind_([this] { destroy_live(); });
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              ::new (asl::place(inner))
                  inner_closure{this_->level, this_, this_->tag_};
              inner_live_ = true;

              // co_await inner(k) (line 66)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inner(k)};
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
              builder_.set_result(awaiter0_.await_resume());
              asl::destroy(awaiter0_, awaiter0_live_);
              asl::destroy(inner, inner_live_);
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
      };

      return asl::start<outer_machine>(this_, k);
    }
  };

  explicit read_machine(Meter<int> *this_) : this_(this_) {}
  ~read_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 38 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Meter<int> *this_;
  union {
    add_closure add;
  };
  union {
    snap_closure snap;
  };
  union {
    outer_closure outer;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
  };
  union {
    h_closure h;
  };
  int sum;
  int state_ = -1;
  bool snap_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(snap, snap_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void Meter<int>::read_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(h)) h_closure{this_->level};

      // co_await h(1) (line 42)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(1)};
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
      sum = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(add)) add_closure{this_, this_->level};

      // co_await add(T(3)) (line 49)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{add(T(3))};
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
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("level now %g\n", static_cast<double>(this_->level));

      ::new (asl::place(snap)) snap_closure{*this_, this_->twice()};
      snap_live_ = true;

      // co_await snap() (line 58)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{snap()};
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
      sum += awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      ::new (asl::place(outer)) outer_closure{this_};

      // co_await outer(2) (line 68)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{outer(2)};
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
      sum += awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      builder_.set_result(std::move(sum));
      asl::destroy(snap, snap_live_);
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

// The state machine of Meter<double>::read(), line 37. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Meter<double>::read_machine {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 38, as a class the machine can
  // keep.
  struct h_closure {
    double copy;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The state machines of the lambda, line 38, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 38. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct h_machine {
          h_machine(const double &copy, int &x) : copy(copy), x(std::move(x)) {}
          ~h_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<double> builder_;
          const double &copy;
          union {
            asl::event_awaiter awaiter0_;
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
                // co_await ev (line 39)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(ev));
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

                builder_.set_result(copy + static_cast<T>(x));
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

        return asl::start<h_machine>(copy, x);
      }
    }
  };

  // The closure of the coroutine lambda on line 44, as a class the machine can
  // keep.
  struct add_closure {
    Meter<double> *self;
    double &r;
    asl::Task<void> operator()(T by) {
      // The state machine of the lambda, line 44. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct add_machine {
        add_machine(Meter<double> *&self, double &r, double &by)
            : self(self), r(r), by(std::move(by)) {}
        ~add_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, double> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<void> builder_;
        Meter<double> *&self;
        double &r;
        double by;
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
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
              // co_await ev (line 45)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(ev));
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

              r += by;
              self = nullptr;
            }
            builder_.set_result();
          } catch (...) {
            destroy_live();
            builder_.set_current_exception();
          }
          state_ = -2;
          builder_.complete();
        }
      };

      return asl::start<add_machine>(self, r, by);
    }
  };

  // The closure of the coroutine lambda on line 52, as a class the machine can
  // keep.
  struct snap_closure {
    Meter<double> copy;
    double t;
    asl::Task<T> operator()() {
      // The state machine of the lambda, line 52. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct snap_machine {
        snap_machine(Meter<double> &copy, double &t) : copy(copy), t(t) {}
        ~snap_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<double> builder_;
        Meter<double> &copy;
        double &t;
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
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
              // co_await ev (line 53)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(ev));
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

              std::printf("  snap of %s\n", copy.tag_.name.c_str());
              copy.level = t;
              builder_.set_result(copy.level);
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

      return asl::start<snap_machine>(copy, t);
    }
  };

  // The closure of the coroutine lambda on line 60, as a class the machine can
  // keep.
  struct outer_closure {
    Meter<double> *this_;
    asl::Task<T> operator()(int k) const {
      // The state machine of the lambda, line 60. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct outer_machine {
        // The closure of the coroutine lambda on line 61, as a class the
        // machine can keep.
        struct inner_closure {
          double n;
          Meter<double> *p;
          Tracer tag;
          asl::Task<T> operator()(int j) const {
            // The state machine of the lambda, line 61. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(const double &n, Meter<double> *const &p,
                            const Tracer &tag, int &j)
                  : n(n), p(p), tag(tag), j(std::move(j)) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable = std::bool_constant<
                  asl::relocatable<asl::event_awaiter, int> &&
                  !asl::usually_suspends<asl::event_awaiter>>;

              asl::task_builder<double> builder_;
              const double &n;
              Meter<double> *const &p;
              const Tracer &tag;
              union {
                asl::event_awaiter awaiter0_;
              };
              int j;
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
                    // co_await ev (line 62)
                    ::new (asl::place(awaiter0_))
                        asl::event_awaiter(asl::get_awaiter(ev));
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

                    std::printf("  inner with %s\n", tag.name.c_str());
                    builder_.set_result(n + p->level + static_cast<T>(j));
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

            return asl::start<inner_machine>(n, p, tag, j);
          }
        };

        outer_machine(Meter<double> *this_, int &k)
            : this_(this_), k(std::move(k)) {}
        ~outer_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 61 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<double> builder_;
        Meter<double> *this_;
        union {
          inner_closure inner;
        };
        union {
          asl::task_awaiter<double> awaiter0_;
        };
        int k;
        int state_ = -1;
        bool inner_live_ = false;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(inner, inner_live_);
        }

        void move_next() {
          try {
            asl::unwind_guard unwind_([this] { destroy_live(); });
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              ::new (asl::place(inner))
                  inner_closure{this_->level, this_, this_->tag_};
              inner_live_ = true;

              // co_await inner(k) (line 66)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{inner(k)};
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
              builder_.set_result(awaiter0_.await_resume());
              asl::destroy(awaiter0_, awaiter0_live_);
              asl::destroy(inner, inner_live_);
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
      };

      return asl::start<outer_machine>(this_, k);
    }
  };

  explicit read_machine(Meter<double> *this_) : this_(this_) {}
  ~read_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 38 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  Meter<double> *this_;
  union {
    h_closure h;
  };
  double sum;
  union {
    add_closure add;
  };
  union {
    snap_closure snap;
  };
  union {
    outer_closure outer;
  };
  union {
    asl::task_awaiter<double> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
    asl::task_awaiter<double> awaiter2_;
    asl::task_awaiter<double> awaiter3_;
  };
  int state_ = -1;
  bool snap_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(snap, snap_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void Meter<double>::read_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(h)) h_closure{this_->level};

      // co_await h(1) (line 42)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{h(1)};
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
      sum = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(add)) add_closure{this_, this_->level};

      // co_await add(T(3)) (line 49)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{add(T(3))};
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
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("level now %g\n", static_cast<double>(this_->level));

      ::new (asl::place(snap)) snap_closure{*this_, this_->twice()};
      snap_live_ = true;

      // co_await snap() (line 58)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<double>{snap()};
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
      sum += awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      ::new (asl::place(outer)) outer_closure{this_};

      // co_await outer(2) (line 68)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<double>{outer(2)};
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
      sum += awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      builder_.set_result(std::move(sum));
      asl::destroy(snap, snap_live_);
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

// The state machine of Meter<int>::share(), line 72. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Meter<int>::share_machine {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 73, as a class the machine can
  // keep.
  struct keep_closure {
    std::shared_ptr<Meter<int>> self;
    template <class auto0_> asl::Task<long> operator()(auto0_ k) const {
      // The state machines of the lambda, line 73, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(k), long>) {
        // The state machine of the lambda, line 73. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct keep_machine {
          keep_machine(const std::shared_ptr<Meter<int>> &self, long &k)
              : self(self), k(std::move(k)) {}
          ~keep_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter, long> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<long> builder_;
          const std::shared_ptr<Meter<int>> &self;
          long k;
          union {
            asl::event_awaiter awaiter0_;
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
                // co_await ev (line 74)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(ev));
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

                builder_.set_result(static_cast<long>(self->level) + k +
                                    self.use_count());
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

        return asl::start<keep_machine>(self, k);
      }
    }
  };

  explicit share_machine(Meter<int> *this_) : this_(this_) {}
  ~share_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 73 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  Meter<int> *this_;
  union {
    keep_closure keep;
  };
  union {
    asl::task_awaiter<long> awaiter0_;
  };
  int state_ = -1;
  bool keep_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(keep, keep_live_);
  }

  void move_next();
};

inline void Meter<int>::share_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(keep)) keep_closure{this_->shared_from_this()};
      keep_live_ = true;

      // co_await keep(1L) (line 77)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<long>{keep(1L)};
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
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(keep, keep_live_);
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
