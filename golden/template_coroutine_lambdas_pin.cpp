// Coroutine lambdas in a templated context (generic lambdas, lambdas in a
// function template or in an async function template) get the checks that
// look into a class, as any other machine: a local whose constructor
// records `this`, a local whose default member initializer is `self =
// this`, an awaiter whose await_ready() or (completing at once, with a
// later await) await_resume() records its address. Each pins the lambda's
// machine in its heap box; a lambda holding only plain values still starts
// on the stack. The stack is written over before each resumption, so a
// machine that moved would leave the recorded address in the dead copy.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>

static std::deque<std::function<void()>> resumers;

// Suspends until pump() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return 0; }
};

static int scribbled = 0;

// Writes over the stack below its caller, where a machine that started on
// the stack and moved left its dead copy, then resumes what waits from
// below that region, which no later call writes again.
__attribute__((noinline)) static void pump() {
  volatile char junk[16384];
  for (auto &c : junk)
    c = 0x55;
  while (!resumers.empty()) {
    std::function<void()> resume = std::move(resumers.front());
    resumers.pop_front();
    resume();
  }
  scribbled += junk[100];
}

struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;

struct Self {
  int v = 0;
  Self *self = this;
};

static const int *g_v = nullptr;
struct RecordsWhenTested {
  int v;
  bool await_ready() noexcept {
    g_v = &v;
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return *g_v; }
};

struct RecordsWhenResumed {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() noexcept {
    g_v = &v;
    return v;
  }
};

// Braced: its elements are evaluated in order.
struct Pair {
  int first, second;
};
// Reads through the recorded address while the awaiter still lives.
static int show(Pair p) { return p.first * 1000 + p.second + *g_v; }

struct Plain {
  int v;
};

static asl::Task<int> generic_constructor() {
  static auto l = [](auto k) -> asl::Task<int> {
    // The state machines of the lambda, line 91, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_5 = true;
    if constexpr (std::is_same_v<decltype(k), int>) {
      // The state machine of the lambda, line 91. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        explicit lambda_machine(int &k) : k(std::move(k)) {}
        ~lambda_machine() {}

        // Built in its heap box from the start: a constructor of 'Sensor' may
        // keep the address of 's' at line 92.
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<int> builder_;
        int k;
        union {
          Sensor s;
        };
        union {
          Later awaiter0_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              ::new (asl::place(s)) Sensor(static_cast<int>(k));

              // co_await Later{} (line 93)
              ::new (asl::place(awaiter0_)) Later(Later{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              Sensor::last->v += 100;
              builder_.set_result(s.v);
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

      return asl::start<lambda_machine>(k);
    }
  };
  return l(1);
}

static asl::Task<int> generic_default_member_initializer() {
  static auto l = [](auto k) -> asl::Task<int> {
    // The state machines of the lambda, line 101, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_4 = true;
    if constexpr (std::is_same_v<decltype(k), int>) {
      // The state machine of the lambda, line 101. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        explicit lambda_machine1(int &k) : k(std::move(k)) {}
        ~lambda_machine1() {}

        // Built in its heap box from the start: a constructor of 'Self' may
        // keep the address of 's' at line 102.
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<int> builder_;
        union {
          Self s;
        };
        int k;
        union {
          Later awaiter0_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              ::new (asl::place(s)) Self;

              s.v = static_cast<int>(k);
              // co_await Later{} (line 104)
              ::new (asl::place(awaiter0_)) Later(Later{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              s.self->v += 100;
              builder_.set_result(s.v);
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

      return asl::start<lambda_machine1>(k);
    }
  };
  return l(2);
}

static asl::Task<int> generic_await_ready() {
  static auto l = [](auto k) -> asl::Task<int> {
    // The state machines of the lambda, line 112, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_3 = true;
    if constexpr (std::is_same_v<decltype(k), int>) {
      // The state machine of the lambda, line 112. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine2 {
        explicit lambda_machine2(int &k) : k(std::move(k)) {}
        ~lambda_machine2() {}

        // Built in its heap box from the start:
        // 'RecordsWhenTested::await_ready' may keep the address of the awaiter
        // at line 113.
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<int> builder_;
        int k;
        union {
          RecordsWhenTested awaiter0_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await RecordsWhenTested{static_cast<int>(k)} (line 113)
              ::new (asl::place(awaiter0_))
                  RecordsWhenTested(RecordsWhenTested{static_cast<int>(k)});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              int r = awaiter0_.await_resume();

              builder_.set_result(std::move(r));
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

      return asl::start<lambda_machine2>(k);
    }
  };
  return l(3);
}

static asl::Task<int> generic_await_resume() {
  static auto l = [](auto k) -> asl::Task<int> {
    // The state machines of the lambda, line 120, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_2 = true;
    if constexpr (std::is_same_v<decltype(k), int>) {
      // The state machine of the lambda, line 120. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine3 {
        explicit lambda_machine3(int &k) : k(std::move(k)) {}
        ~lambda_machine3() {}

        // Built in its heap box from the start:
        // 'RecordsWhenResumed::await_resume' may keep the address of the
        // awaiter at line 122.
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<int> builder_;
        int k;
        int v;
        union {
          int spill0_;
        };
        union {
          RecordsWhenResumed awaiter0_;
        };
        union {
          Later awaiter1_;
        };
        int state_ = -1;

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
              v = static_cast<int>(k);

              // co_await RecordsWhenResumed{v} (line 122)
              ::new (asl::place(awaiter0_))
                  RecordsWhenResumed(RecordsWhenResumed{v});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              spill0_ = awaiter0_.await_resume();
              // co_await Later{} (line 122)
              ::new (asl::place(awaiter1_)) Later(Later{});
              if (!awaiter1_.await_ready()) {
                state_ = 1;
                builder_.await_on_completed(awaiter1_, *this);
                return;
              resume1_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              builder_.set_result(
                  show(Pair{spill0_, awaiter1_.await_resume()}));
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

      return asl::start<lambda_machine3>(k);
    }
  };
  return l(4);
}

template <class T> asl::Task<int> in_function_template(T k) {
  auto l = [](T j) -> asl::Task<int> {
    // The state machines of the lambda, line 128, one for each specialization
    // of the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
    if constexpr (std::is_same_v<T, int> && std::is_same_v<decltype(j), int>) {
      // The state machine of the lambda, line 128. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine4 {
        explicit lambda_machine4(int &j) : j(std::move(j)) {}
        ~lambda_machine4() {}

        // Built in its heap box from the start: a constructor of 'Sensor' may
        // keep the address of 's' at line 129.
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<int> builder_;
        int j;
        union {
          Sensor s;
        };
        union {
          Later awaiter0_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              ::new (asl::place(s)) Sensor(static_cast<int>(j));

              // co_await Later{} (line 130)
              ::new (asl::place(awaiter0_)) Later(Later{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              Sensor::last->v += 100;
              builder_.set_result(s.v);
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

      return asl::start<lambda_machine4>(j);
    }
  };
  return l(k);
}

template <class T> struct in_async_template_machine;

template <class T> ASL_ASYNC asl::Task<int> in_async_template(T k) {
  return asl::start<in_async_template_machine<T>>(k);
}

// Only plain values: the machine may start on the stack.
static asl::Task<int> generic_plain() {
  static auto l = [](auto k) -> asl::Task<int> {
    // The state machines of the lambda, line 150, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_ = true;
    if constexpr (std::is_same_v<decltype(k), int>) {
      // The state machine of the lambda, line 150. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine5 {
        explicit lambda_machine5(int &k) : k(std::move(k)) {}
        ~lambda_machine5() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<Later, Plain, int> &&
                               !asl::usually_suspends<Later>>;

        asl::task_builder<int> builder_;
        int k;
        union {
          Plain p;
        };
        union {
          Later awaiter0_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              ::new (asl::place(p)) Plain{static_cast<int>(k)};

              // co_await Later{} (line 152)
              ::new (asl::place(awaiter0_)) Later(Later{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              builder_.set_result(p.v + 100);
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

      return asl::start<lambda_machine5>(k);
    }
  };
  return l(7);
}

// Starts a task in a frame below run()'s, which pump() then writes over.
__attribute__((noinline)) static asl::Task<int>
start(asl::Task<int> (*make)()) {
  return make();
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = start(make);
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

int main() {
  run("generic_constructor", generic_constructor);
  run("generic_default_member_initializer", generic_default_member_initializer);
  run("generic_await_ready", generic_await_ready);
  run("generic_await_resume", generic_await_resume);
  run("in_function_template", [] { return in_function_template(5); });
  run("in_async_template", [] { return in_async_template(6); });
  run("generic_plain", generic_plain);
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of in_async_template<int>(), line 137. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct in_async_template_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 138, as a class the machine can
  // keep.
  struct l_closure {
    asl::Task<int> operator()(T j) const {
      // The state machine of the lambda, line 138. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct l_machine {
        explicit l_machine(int &j) : j(std::move(j)) {}
        ~l_machine() {}

        // Built in its heap box from the start: a constructor of 'Self' may
        // keep the address of 's' at line 139.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        union {
          Self s;
        };
        int j;
        union {
          Later awaiter0_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              ::new (asl::place(s)) Self;

              s.v = static_cast<int>(j);
              // co_await Later{} (line 141)
              ::new (asl::place(awaiter0_)) Later(Later{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              s.self->v += 100;
              builder_.set_result(s.v);
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

      return asl::start<l_machine>(j);
    }
  };

  explicit in_async_template_machine(int &k) : k(std::move(k)) {}
  ~in_async_template_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'l' may be kept (line
  // 145).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int k;
  union {
    l_closure l;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void in_async_template_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(l)) l_closure{};

      // co_await l(k) (line 145)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{l(k)};
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
