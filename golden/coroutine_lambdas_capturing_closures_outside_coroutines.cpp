// Checks coroutine lambdas outside a coroutine (in main, in a function
// template) that capture another lambda's closure, by copy, by reference,
// through `[&]` and in a std::pair: nothing can name those types in the
// machine, a class local to the lambda's body, so it names them through
// the captured variables, by aliases declared before it
// (`using inner_type = std::remove_reference_t<decltype(inner)>;`).
#include <asl/task.h>

#include <cstdio>
#include <utility>

template <class T> int scaled(T k) {
  auto mul = [k](int v) { return static_cast<int>(v * k); };
  auto run = [&mul](int v) -> asl::Task<int> {
    // The state machines of the lambda, line 14, one for each specialization of
    // the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_ = true;
    if constexpr (std::is_same_v<T, int>) {
      // The types of captures that hold closures, which only their variables
      // name.
      using mul_type1 = std::remove_reference_t<decltype(mul)>;

      // The state machine of the lambda, line 14. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(mul_type1 &mul, int &v) : mul(mul), v(std::move(v)) {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<int>>;

        asl::task_builder<int> builder_;
        mul_type1 &mul;
        int v;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(mul(v));
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

      return asl::start<lambda_machine>(mul, v);
    } else if constexpr (std::is_same_v<T, double>) {
      // The types of captures that hold closures, which only their variables
      // name.
      using mul_type = std::remove_reference_t<decltype(mul)>;

      // The state machine of the lambda, line 14. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(mul_type &mul, int &v) : mul(mul), v(std::move(v)) {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<int>>;

        asl::task_builder<int> builder_;
        mul_type &mul;
        int v;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(mul(v));
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

      return asl::start<lambda_machine>(mul, v);
    }
  };
  return asl::sync_wait(run(3));
}

int main() {
  int calls = 0;
  auto inner = [&calls](int v) {
    ++calls;
    return v + 1;
  };
  auto by_copy = [inner](int v) -> asl::Task<int> {
    // The types of captures that hold closures, which only their variables
    // name.
    using inner_type3 = std::remove_reference_t<decltype(inner)>;

    // The state machine of the lambda, line 24. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine1 {
      lambda_machine1(const inner_type3 &inner, int &v)
          : inner(inner), v(std::move(v)) {}
      ~lambda_machine1() {}

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable).
      using relocatable = std::bool_constant<asl::relocatable<int>>;

      asl::task_builder<int> builder_;
      const inner_type3 &inner;
      int v;
      int state_ = -1;

      void move_next() {
        try {
          {
            builder_.set_result(inner(v));
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

    return asl::start<lambda_machine1>(inner, v);
  };
  auto by_ref = [&inner](int v) -> asl::Task<int> {
    // The types of captures that hold closures, which only their variables
    // name.
    using inner_type2 = std::remove_reference_t<decltype(inner)>;

    // The state machine of the lambda, line 25. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine2 {
      lambda_machine2(inner_type2 &inner, int &v)
          : inner(inner), v(std::move(v)) {}
      ~lambda_machine2() {}

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable).
      using relocatable = std::bool_constant<asl::relocatable<int>>;

      asl::task_builder<int> builder_;
      inner_type2 &inner;
      int v;
      int state_ = -1;

      void move_next() {
        try {
          {
            builder_.set_result(inner(v) * 2);
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

    return asl::start<lambda_machine2>(inner, v);
  };
  auto implicit = [&](int v) -> asl::Task<int> {
    // The types of captures that hold closures, which only their variables
    // name.
    using inner_type1 = std::remove_reference_t<decltype(inner)>;

    // The state machine of the lambda, line 28. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine3 {
      lambda_machine3(inner_type1 &inner, int &v)
          : inner(inner), v(std::move(v)) {}
      ~lambda_machine3() {}

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable).
      using relocatable = std::bool_constant<asl::relocatable<int>>;

      asl::task_builder<int> builder_;
      inner_type1 &inner;
      int v;
      int state_ = -1;

      void move_next() {
        try {
          {
            builder_.set_result(inner(v) * 3);
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

    return asl::start<lambda_machine3>(inner, v);
  };
  auto mut = [inner](int v) mutable -> asl::Task<int> {
    // The types of captures that hold closures, which only their variables
    // name.
    using inner_type = std::remove_reference_t<decltype(inner)>;

    // The state machine of the lambda, line 29. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine4 {
      lambda_machine4(inner_type &inner, int &v)
          : inner(inner), v(std::move(v)) {}
      ~lambda_machine4() {}

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable).
      using relocatable = std::bool_constant<asl::relocatable<int>>;

      asl::task_builder<int> builder_;
      inner_type &inner;
      int v;
      int state_ = -1;

      void move_next() {
        try {
          {
            builder_.set_result(inner(v) * 4);
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

    return asl::start<lambda_machine4>(inner, v);
  };
  auto pr = std::make_pair([](int v) { return v - 1; }, 5);
  auto held = [&pr](int v) -> asl::Task<int> {
    // The types of captures that hold closures, which only their variables
    // name.
    using pr_type = std::remove_reference_t<decltype(pr)>;

    // The state machine of the lambda, line 33. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine5 {
      lambda_machine5(pr_type &pr, int &v) : pr(pr), v(std::move(v)) {}
      ~lambda_machine5() {}

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable).
      using relocatable = std::bool_constant<asl::relocatable<int>>;

      asl::task_builder<int> builder_;
      pr_type &pr;
      int v;
      int state_ = -1;

      void move_next() {
        try {
          {
            builder_.set_result(pr.first(v) + pr.second);
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

    return asl::start<lambda_machine5>(pr, v);
  };
  std::printf("%d %d %d %d %d\n", asl::sync_wait(by_copy(6)),
              asl::sync_wait(by_ref(6)), asl::sync_wait(implicit(6)),
              asl::sync_wait(mut(6)), asl::sync_wait(held(6)));
  std::printf("calls %d, scaled %d %d\n", calls, scaled(2), scaled(1.5));
}
