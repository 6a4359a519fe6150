// Pack expansions whose pattern awaits in a part that does not depend on
// the pack (`f(g(co_await later(2), xs)...)`, `{(s += co_await later(1),
// xs)...}`), among a call's arguments, in braced lists, an array, a
// constructor's arguments, a deduced std::tuple, a new-expression's
// initializer, a temporary, a condition and a co_return, beside an await
// outside the expansion, and one written by a macro (`AWAIT(later(14))`,
// spelled out), in templates called with an empty pack and with a pack of
// two; with a non-type pack, a class template's pack and a coroutine
// lambda capturing a pack too. With no element nothing of the pattern is
// evaluated and none of its awaits happens, as natively; with two, each
// element awaits, in order.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <tuple>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task
static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resumed %d\n", value);
    return value;
  }
};
static Later later(int v) { return {v}; }
#define AWAIT(x) co_await x

template <class... A> int sum(A... a) {
  std::printf("  sum of %d\n", static_cast<int>(sizeof...(a)));
  return (0 + ... + a);
}
static int g(int a, int b) {
  std::printf("  g(%d, %d)\n", a, b);
  return a * 10 + b;
}
struct Total {
  int n;
  template <class... A> Total(A... a) : n((0 + ... + a)) {
    std::printf("  Total of %d\n", static_cast<int>(sizeof...(a)));
  }
};

template <class... Ts> struct expansions_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> expansions(Ts... xs) {
  return asl::start<expansions_machine<Ts...>>(xs...);
}

template <int... Ns> struct values_machine;

template <int... Ns> ASL_ASYNC asl::Task<int> values() {
  return asl::start<values_machine<Ns...>>();
}

template <class... Ts> struct Bag {
  struct count_machine;
  ASL_ASYNC asl::Task<int> count() { return asl::start<count_machine>(this); }
};

static Bag<> empty_bag;
static Bag<char, int> bag_of_two;

// The closure must outlive its task, which runs after the call.
template <class... Ts> int captured(Ts... xs) {
  auto lambda = [xs...]() -> asl::Task<int> {
    // The state machines of the lambda, line 98, one for each specialization of
    // the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_ = true;
    if constexpr (std::is_same_v<asl::pack_types<Ts...>, asl::pack_types<>>) {
      // The state machine of the lambda, line 98. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine() {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable [[maybe_unused]] = std::true_type;

        asl::task_builder<int> builder_;
        int state_ = -1;

        void move_next() {
          // The body, in a lambda that receives the parameter pack.
          [this](auto &&...xs) {
            try {
              {
                builder_.set_result(sum(
                    (asl::never_awaited<decltype(xs)>(later(40)) * 2 + xs)...));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }();
        }
      };

      return asl::start<lambda_machine>();
    } else if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                        asl::pack_types<int, int>>) {
      // The state machine of the lambda, line 98. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(const int &xs0_, const int &xs1_)
            : xs0_(xs0_), xs1_(xs1_) {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<Later, int>>;

        asl::task_builder<int> builder_;
        const int &xs0_;
        const int &xs1_;
        union {
          int spill0_;
        };
        union {
          int spill1_;
        };
        union {
          int spill2_;
        };
        union {
          Later awaiter0_;
        };
        union {
          Later awaiter1_;
        };
        int state_ = -1;

        void move_next() {
          // The body, in a lambda that receives the parameter pack.
          [this]([[maybe_unused]] auto &&...xs) {
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
                // co_await later(40) (line 99)
                ::new (asl::place(awaiter0_)) Later(later(40));
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                spill0_ = awaiter0_.await_resume() * 2;
                spill1_ = (spill0_ + xs0_);
                // co_await later(40) (line 99)
                ::new (asl::place(awaiter1_)) Later(later(40));
                if (!awaiter1_.await_ready()) {
                  state_ = 1;
                  builder_.await_on_completed(awaiter1_, *this);
                  return;
                resume1_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                spill2_ = awaiter1_.await_resume() * 2;
                builder_.set_result(sum(spill1_, (spill2_ + xs1_)));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(xs0_, xs1_);
        }
      };

      return asl::start<lambda_machine>(xs...);
    }
  };
  asl::Task<int> task = lambda();
  drain();
  return asl::sync_wait(std::move(task));
}

template <class Start> void run(const char *what, Start start) {
  std::printf("%s:\n", what);
  asl::Task<int> task = start();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

int main() {
  run("no element", [] { return expansions(); });
  run("two elements", [] { return expansions(100, 200); });
  run("no value", [] { return values<>(); });
  run("two values", [] { return values<1, 2>(); });
  run("empty bag", [] { return empty_bag.count(); });
  run("bag of two", [] { return bag_of_two.count(); });
  std::printf("lambda of no element:\n");
  std::printf("result %d\n", captured());
  std::printf("lambda of two:\n");
  std::printf("result %d\n", captured(3, 4));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of expansions<>(), line 57. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct expansions_machine<> {
  expansions_machine() {}
  ~expansions_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 60).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> v;
  };
  int s;
  int calls;
  union {
    Later awaiter0_;
  };
  int state_ = -1;
  bool v_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(v, v_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
expansions_machine<>::move_next_(asl::pack_types<Ts...>,
                                 asl::pack_types<xs_types_...>,
                                 asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      s = 0;

      ::new (asl::place(v)) std::vector<int>{
          (s += asl::never_awaited<decltype(xs)>(later(1)), xs)...};
      v_live_ = true;

      std::printf("  s %d size %d\n", s, static_cast<int>(v.size()));
      calls = sum(g(asl::never_awaited<decltype(xs)>(later(2)), xs)...);

      // co_await later(3) (line 62)
      ::new (asl::place(awaiter0_)) Later(later(3));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int beside =
          sum(awaiter0_.await_resume(),
              (asl::never_awaited<decltype(xs)>(later(4)) * 2 + xs)...);

      int a[] = {
          -1, (asl::never_awaited<decltype(xs)>(later(5)) - g(1, 2) + xs)...};
      std::tuple<Ts...> typed{
          (asl::never_awaited<decltype(xs)>(later(6)) * 2 + xs)...};
      auto deduced =
          std::tuple{(asl::never_awaited<decltype(xs)>(later(7)) * 2 + xs)...};
      Total made((asl::never_awaited<decltype(xs)>(later(8)) * 2 + xs)...);
      Total braced{(asl::never_awaited<decltype(xs)>(later(9)) * 2 + xs)...};
      Total *allocated =
          new Total((asl::never_awaited<decltype(xs)>(later(10)) * 2 + xs)...);
      int temporary = Total((asl::never_awaited<Ts>(later(11)) +
                             static_cast<int>(sizeof(Ts)))...)
                          .n;
      std::printf("  calls %d beside %d a[0] %d sizes %d %d\n", calls, beside,
                  a[0], static_cast<int>(std::tuple_size_v<decltype(typed)>),
                  static_cast<int>(std::tuple_size_v<decltype(deduced)>));
      std::printf("  made %d braced %d allocated %d temporary %d\n", made.n,
                  braced.n, allocated->n, temporary);
      delete allocated;
      if (sum((asl::never_awaited<decltype(xs)>(later(12)) * 2 + xs)...) > 0)
        std::printf("  positive\n");
      std::printf("  by macro %d\n",
                  sum((/* AWAIT(...) expanded: it awaits */ asl::never_awaited<
                           decltype(xs)>(later(14)) *
                           2 +
                       xs)...));
      builder_.set_result(
          s + sum((g(asl::never_awaited<decltype(xs)>(later(13)), 0) + xs)...));
      asl::destroy(v, v_live_);
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

// The state machine of expansions<int, int>(), line 57. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct expansions_machine<int, int> {
  expansions_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~expansions_machine() {
    allocation25_live_ = false;
    destroy_live();
  }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 59).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> v;
  };
  Total *allocated;
  union {
    int spill0_;
    int spill1_;
    int spill4_;
    int spill8_;
    int spill13_;
    int spill16_;
    int spill19_;
    int spill22_;
    asl::allocation allocation25_;
    int spill29_;
    int spill30_;
    int spill33_;
    int spill36_;
  };
  int xs0_;
  int xs1_;
  int s;
  int calls;
  int beside;
  union {
    int a[3];
  };
  union {
    std::tuple<int, int> typed;
  };
  union {
    std::tuple<int, int> deduced;
  };
  union {
    Total made;
  };
  union {
    Total braced;
  };
  int temporary;
  union {
    Later awaiter0_;
    int spill2_;
    int spill5_;
    int spill9_;
    int temporary14_;
    int temporary17_;
    int spill20_;
    int spill23_;
    int spill26_;
    Later awaiter19_;
    int spill31_;
    int spill34_;
    int spill37_;
  };
  union {
    Later awaiter1_;
    int spill3_;
    int spill6_;
    int spill10_;
    int spill15_;
    int spill18_;
    int spill21_;
    int spill24_;
    int spill27_;
    Later awaiter20_;
    int spill32_;
    int spill35_;
    int spill38_;
  };
  union {
    Later awaiter2_;
    int spill7_;
    int spill11_;
    Later awaiter9_;
    Later awaiter11_;
    Later awaiter13_;
    Later awaiter15_;
    int spill28_;
    bool condition40_;
    Later awaiter23_;
    int spill39_;
  };
  union {
    Later awaiter3_;
    Later awaiter4_;
    int spill12_;
    Later awaiter10_;
    Later awaiter12_;
    Later awaiter14_;
    Later awaiter16_;
    Later awaiter17_;
    Later awaiter21_;
    Later awaiter24_;
    Later awaiter25_;
  };
  union {
    Later awaiter5_;
    Later awaiter7_;
    Later awaiter18_;
    Later awaiter22_;
    Later awaiter26_;
  };
  union {
    Later awaiter6_;
    Later awaiter8_;
  };
  int state_ = -1;
  bool v_live_ = false;
  bool allocation25_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(allocation25_, allocation25_live_);
    asl::destroy(v, v_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void expansions_machine<int, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
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
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    case 14:
      goto resume14_;
    case 15:
      goto resume15_;
    case 16:
      goto resume16_;
    case 17:
      goto resume17_;
    case 18:
      goto resume18_;
    case 19:
      goto resume19_;
    case 20:
      goto resume20_;
    case 21:
      goto resume21_;
    case 22:
      goto resume22_;
    case 23:
      goto resume23_;
    case 24:
      goto resume24_;
    case 25:
      goto resume25_;
    case 26:
      goto resume26_;
    default:
      break;
    }
    {
      s = 0;

      // co_await later(1) (line 59)
      ::new (asl::place(awaiter0_)) Later(later(1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = (s += awaiter0_.await_resume(), xs0_);
      // co_await later(1) (line 59)
      ::new (asl::place(awaiter1_)) Later(later(1));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(v))
          std::vector<int>{spill0_, (s += awaiter1_.await_resume(), xs1_)};
      v_live_ = true;

      std::printf("  s %d size %d\n", s, static_cast<int>(v.size()));
      // co_await later(2) (line 61)
      ::new (asl::place(awaiter2_)) Later(later(2));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter2_.await_resume();
      spill2_ = g(spill1_, xs0_);
      // co_await later(2) (line 61)
      ::new (asl::place(awaiter3_)) Later(later(2));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill3_ = awaiter3_.await_resume();
      calls = sum(spill2_, g(spill3_, xs1_));

      // co_await later(3) (line 62)
      ::new (asl::place(awaiter4_)) Later(later(3));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill4_ = awaiter4_.await_resume();
      // co_await later(4) (line 62)
      ::new (asl::place(awaiter5_)) Later(later(4));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill5_ = awaiter5_.await_resume() * 2;
      spill6_ = (spill5_ + xs0_);
      // co_await later(4) (line 62)
      ::new (asl::place(awaiter6_)) Later(later(4));
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill7_ = awaiter6_.await_resume() * 2;
      beside = sum(spill4_, spill6_, (spill7_ + xs1_));

      // co_await later(5) (line 63)
      ::new (asl::place(awaiter7_)) Later(later(5));
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill8_ = awaiter7_.await_resume();
      spill9_ = spill8_ - g(1, 2);
      spill10_ = (spill9_ + xs0_);
      // co_await later(5) (line 63)
      ::new (asl::place(awaiter8_)) Later(later(5));
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill11_ = awaiter8_.await_resume();
      spill12_ = spill11_ - g(1, 2);
      ::new (asl::place(a)) int[3]{-1, spill10_, (spill12_ + xs1_)};

      // co_await later(6) (line 64)
      ::new (asl::place(awaiter9_)) Later(later(6));
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill13_ = awaiter9_.await_resume() * 2;
      ::new (asl::place(temporary14_)) int((spill13_ + xs0_));
      // co_await later(6) (line 64)
      ::new (asl::place(awaiter10_)) Later(later(6));
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        unwind_.release();
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill15_ = awaiter10_.await_resume() * 2;
      ::new (asl::place(typed))
          std::tuple<int, int>{std::move(temporary14_), (spill15_ + xs1_)};

      // co_await later(7) (line 65)
      ::new (asl::place(awaiter11_)) Later(later(7));
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill16_ = awaiter11_.await_resume() * 2;
      ::new (asl::place(temporary17_)) int((spill16_ + xs0_));
      // co_await later(7) (line 65)
      ::new (asl::place(awaiter12_)) Later(later(7));
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill18_ = awaiter12_.await_resume() * 2;
      ::new (asl::place(deduced)) std::tuple<int, int>(
          std::tuple{std::move(temporary17_), (spill18_ + xs1_)});

      // co_await later(8) (line 66)
      ::new (asl::place(awaiter13_)) Later(later(8));
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        unwind_.release();
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill19_ = awaiter13_.await_resume() * 2;
      spill20_ = (spill19_ + xs0_);
      // co_await later(8) (line 66)
      ::new (asl::place(awaiter14_)) Later(later(8));
      if (!awaiter14_.await_ready()) {
        state_ = 14;
        builder_.await_on_completed(awaiter14_, *this);
        unwind_.release();
        return;
      resume14_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill21_ = awaiter14_.await_resume() * 2;
      ::new (asl::place(made)) Total(spill20_, (spill21_ + xs1_));

      // co_await later(9) (line 67)
      ::new (asl::place(awaiter15_)) Later(later(9));
      if (!awaiter15_.await_ready()) {
        state_ = 15;
        builder_.await_on_completed(awaiter15_, *this);
        unwind_.release();
        return;
      resume15_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill22_ = awaiter15_.await_resume() * 2;
      spill23_ = (spill22_ + xs0_);
      // co_await later(9) (line 67)
      ::new (asl::place(awaiter16_)) Later(later(9));
      if (!awaiter16_.await_ready()) {
        state_ = 16;
        builder_.await_on_completed(awaiter16_, *this);
        unwind_.release();
        return;
      resume16_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill24_ = awaiter16_.await_resume() * 2;
      ::new (asl::place(braced)) Total{spill23_, (spill24_ + xs1_)};

      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation25_)) asl::allocation(
          sizeof(Total), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation25_.address = ::operator new(allocation25_.size);
      allocation25_live_ = true;
      // co_await later(10) (line 68)
      ::new (asl::place(awaiter17_)) Later(later(10));
      if (!awaiter17_.await_ready()) {
        state_ = 17;
        builder_.await_on_completed(awaiter17_, *this);
        unwind_.release();
        return;
      resume17_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill26_ = awaiter17_.await_resume() * 2;
      spill27_ = (spill26_ + xs0_);
      // co_await later(10) (line 68)
      ::new (asl::place(awaiter18_)) Later(later(10));
      if (!awaiter18_.await_ready()) {
        state_ = 18;
        builder_.await_on_completed(awaiter18_, *this);
        unwind_.release();
        return;
      resume18_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill28_ = awaiter18_.await_resume() * 2;
      allocated = asl::constructed(allocation25_live_,
                                   ::new (allocation25_.address)
                                       Total(spill27_, (spill28_ + xs1_)));
      asl::destroy(allocation25_, allocation25_live_);

      // co_await later(11) (line 70)
      ::new (asl::place(awaiter19_)) Later(later(11));
      if (!awaiter19_.await_ready()) {
        state_ = 19;
        builder_.await_on_completed(awaiter19_, *this);
        unwind_.release();
        return;
      resume19_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill29_ = (awaiter19_.await_resume() +
                  asl::pack_call<0>([&]() -> decltype(auto) {
                    return (static_cast<int>(sizeof(Ts)));
                  }...));
      // co_await later(11) (line 70)
      ::new (asl::place(awaiter20_)) Later(later(11));
      if (!awaiter20_.await_ready()) {
        state_ = 20;
        builder_.await_on_completed(awaiter20_, *this);
        unwind_.release();
        return;
      resume20_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      temporary = Total(spill29_, (awaiter20_.await_resume() +
                                   asl::pack_call<1>([&]() -> decltype(auto) {
                                     return (static_cast<int>(sizeof(Ts)));
                                   }...)))
                      .n;

      std::printf("  calls %d beside %d a[0] %d sizes %d %d\n", calls, beside,
                  a[0],
                  static_cast<int>(std::tuple_size_v<std::tuple<int, int>>),
                  static_cast<int>(std::tuple_size_v<std::tuple<int, int>>));
      std::printf("  made %d braced %d allocated %d temporary %d\n", made.n,
                  braced.n, allocated->n, temporary);
      delete allocated;
      {
        // co_await later(12) (line 77)
        ::new (asl::place(awaiter21_)) Later(later(12));
        if (!awaiter21_.await_ready()) {
          state_ = 21;
          builder_.await_on_completed(awaiter21_, *this);
          unwind_.release();
          return;
        resume21_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        spill30_ = awaiter21_.await_resume() * 2;
        spill31_ = (spill30_ + xs0_);
        // co_await later(12) (line 77)
        ::new (asl::place(awaiter22_)) Later(later(12));
        if (!awaiter22_.await_ready()) {
          state_ = 22;
          builder_.await_on_completed(awaiter22_, *this);
          unwind_.release();
          return;
        resume22_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        spill32_ = awaiter22_.await_resume() * 2;
        condition40_ = sum(spill31_, (spill32_ + xs1_)) > 0;
        if (condition40_)
          std::printf("  positive\n");
      }

      // co_await later(14) (line 79)
      ::new (asl::place(awaiter23_)) Later(later(14));
      if (!awaiter23_.await_ready()) {
        state_ = 23;
        builder_.await_on_completed(awaiter23_, *this);
        unwind_.release();
        return;
      resume23_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill33_ = awaiter23_.await_resume() * 2;
      spill34_ = (/* AWAIT(...) expanded: it awaits */ spill33_ + xs0_);
      // co_await later(14) (line 79)
      ::new (asl::place(awaiter24_)) Later(later(14));
      if (!awaiter24_.await_ready()) {
        state_ = 24;
        builder_.await_on_completed(awaiter24_, *this);
        unwind_.release();
        return;
      resume24_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill35_ = awaiter24_.await_resume() * 2;
      std::printf("  by macro %d\n",
                  sum(spill34_,
                      (/* AWAIT(...) expanded: it awaits */ spill35_ + xs1_)));

      spill36_ = s;
      // co_await later(13) (line 80)
      ::new (asl::place(awaiter25_)) Later(later(13));
      if (!awaiter25_.await_ready()) {
        state_ = 25;
        builder_.await_on_completed(awaiter25_, *this);
        unwind_.release();
        return;
      resume25_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill37_ = g(awaiter25_.await_resume(), 0);
      spill38_ = (spill37_ + xs0_);
      // co_await later(13) (line 80)
      ::new (asl::place(awaiter26_)) Later(later(13));
      if (!awaiter26_.await_ready()) {
        state_ = 26;
        builder_.await_on_completed(awaiter26_, *this);
        unwind_.release();
        return;
      resume26_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill39_ = g(awaiter26_.await_resume(), 0);
      builder_.set_result(spill36_ + sum(spill38_, (spill39_ + xs1_)));
      asl::destroy(v, v_live_);
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

// The state machine of values<>(), line 83. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct values_machine<> {
  values_machine() {}
  ~values_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_values<int>{}); }
  template <int... Ns> void move_next_(asl::pack_values<int, Ns...>);
};

template <int... Ns>
inline void values_machine<>::move_next_(asl::pack_values<int, Ns...>) {
  try {
    {
      builder_.set_result(sum((asl::never_awaited<Ns>(later(20)) * 2 + Ns)...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of values<1, 2>(), line 83. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct values_machine<1, 2> {
  values_machine() {}
  ~values_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, int>;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
  };
  union {
    Later awaiter0_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_values<int, 1, 2>{}); }
  template <int... Ns> void move_next_(asl::pack_values<int, Ns...>);
};

template <int... Ns>
inline void values_machine<1, 2>::move_next_(asl::pack_values<int, Ns...>) {
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
      // co_await later(20) (line 84)
      ::new (asl::place(awaiter0_)) Later(later(20));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ =
          (awaiter0_.await_resume() * 2 +
           asl::pack_call<0>([&]() -> decltype(auto) { return (Ns); }...));
      // co_await later(20) (line 84)
      ::new (asl::place(awaiter1_)) Later(later(20));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(sum(
          spill0_,
          (awaiter1_.await_resume() * 2 +
           asl::pack_call<1>([&]() -> decltype(auto) { return (Ns); }...))));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Bag<>::count(), line 88. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct Bag<>::count_machine {
  explicit count_machine(Bag<> *this_) : this_(this_) {}
  ~count_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  Bag<> *this_;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void Bag<>::count_machine::move_next_(asl::pack_types<Ts...>) {
  try {
    {
      builder_.set_result(sum((asl::never_awaited<Ts>(later(30)) +
                               static_cast<int>(sizeof(Ts)))...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Bag<char, int>::count(), line 88. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Bag<char, int>::count_machine {
  explicit count_machine(Bag<char, int> *this_) : this_(this_) {}
  ~count_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, int>;

  asl::task_builder<int> builder_;
  Bag<char, int> *this_;
  union {
    int spill0_;
  };
  union {
    Later awaiter0_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<char, int>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void Bag<char, int>::count_machine::move_next_(asl::pack_types<Ts...>) {
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
      // co_await later(30) (line 89)
      ::new (asl::place(awaiter0_)) Later(later(30));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = (awaiter0_.await_resume() +
                 asl::pack_call<0>([&]() -> decltype(auto) {
                   return (static_cast<int>(sizeof(Ts)));
                 }...));
      // co_await later(30) (line 89)
      ::new (asl::place(awaiter1_)) Later(later(30));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(
          sum(spill0_, (awaiter1_.await_resume() +
                        asl::pack_call<1>([&]() -> decltype(auto) {
                          return (static_cast<int>(sizeof(Ts)));
                        }...))));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
