// Checks that the names inside a function type that is a template argument
// are qualified where the machine spells the type as the user wrote it:
// the elements of a braced list built in a field are
// std::function<asl::Task<int>(int)>, not std::function<Task<int>(int)>
// (the sugar of the argument, written inside namespace asl, had the name
// unqualified), and likewise for a parameter type of a class of another
// namespace.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <vector>

namespace shop {
struct Order {
  int qty;
};
} // namespace shop

// The state machine of inc(), line 20. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct inc_machine {
  explicit inc_machine(int &v) : v(std::move(v)) {}
  ~inc_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> inc(int v) { return asl::start<inc_machine>(v); }

inline void inc_machine::move_next() {
  try {
    {
      builder_.set_result(v + 1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of dbl(), line 21. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct dbl_machine {
  explicit dbl_machine(int &v) : v(std::move(v)) {}
  ~dbl_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> dbl(int v) { return asl::start<dbl_machine>(v); }

inline void dbl_machine::move_next() {
  try {
    {
      builder_.set_result(v * 2);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of pipeline(), line 24. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct pipeline_machine {
  pipeline_machine(std::vector<std::function<asl::Task<int>(int)>> &stages,
                   int &v)
      : stages(std::move(stages)), v(std::move(v)) {}
  ~pipeline_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'stages' may be kept
  // (line 25).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<std::function<asl::Task<int>(int)>> stages;
  std::vector<std::function<asl::Task<int>(int)>> *range_;
  union {
    std::vector<std::function<asl::Task<int>(int)>>::iterator begin_;
  };
  union {
    std::vector<std::function<asl::Task<int>(int)>>::iterator end_;
  };
  std::function<asl::Task<int>(int)> *s;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int>
pipeline(std::vector<std::function<asl::Task<int>(int)>> stages, int v) {
  return asl::start<pipeline_machine>(stages, v);
}

inline void pipeline_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      {
        range_ = std::addressof(stages);
        ::new (asl::place(begin_))
            std::vector<std::function<asl::Task<int>(int)>>::iterator(
                (*range_).begin());
        ::new (asl::place(end_))
            std::vector<std::function<asl::Task<int>(int)>>::iterator(
                (*range_).end());
        for (; begin_ != end_; ++begin_) {
          s = std::addressof(*begin_);
          {
            // co_await s(v) (line 26)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{(*s)(v)};
            awaiter0_live_ = true;
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            v = awaiter0_.await_resume();
            asl::destroy(awaiter0_, awaiter0_live_);
          }
        }
      }

      builder_.set_result(std::move(v));
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

// The state machine of total(), line 31. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct total_machine {
  total_machine(std::vector<std::function<int(const shop::Order &)>> &prices,
                int &qty)
      : prices(std::move(prices)), qty(std::move(qty)) {}
  ~total_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'prices' may be kept
  // (line 33).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<std::function<int(const shop::Order &)>> prices;
  std::vector<std::function<int(const shop::Order &)>> *range_;
  union {
    std::vector<std::function<int(const shop::Order &)>>::iterator begin_;
  };
  union {
    std::vector<std::function<int(const shop::Order &)>>::iterator end_;
  };
  std::function<int(const shop::Order &)> *price;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int qty;
  int sum;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int>
total(std::vector<std::function<int(const shop::Order &)>> prices, int qty) {
  return asl::start<total_machine>(prices, qty);
}

inline void total_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      sum = 0;

      {
        range_ = std::addressof(prices);
        ::new (asl::place(begin_))
            std::vector<std::function<int(const shop::Order &)>>::iterator(
                (*range_).begin());
        ::new (asl::place(end_))
            std::vector<std::function<int(const shop::Order &)>>::iterator(
                (*range_).end());
        for (; begin_ != end_; ++begin_) {
          price = std::addressof(*begin_);
          {
            // co_await inc(qty) (line 34)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inc(qty)};
            awaiter0_live_ = true;
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            sum += (*price)(shop::Order{awaiter0_.await_resume()});
            asl::destroy(awaiter0_, awaiter0_live_);
          }
        }
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

// For run(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct run_locals {
  // The lambda on line 40, built at where.
  static auto *lambda_lambda(void *where) {
    return ::new (where) auto([](int v) { return dbl(v); });
  }
  // The lambda on line 42, built at where1.
  static auto *lambda_lambda1(void *where1) {
    return ::new (where1) auto([](const shop::Order &o) { return o.qty * 3; });
  }
  // The lambda on line 43, built at where2.
  static auto *lambda_lambda2(void *where2) {
    return ::new (where2) auto([](const shop::Order &o) { return o.qty; });
  }
};

// The state machine of run(), line 38. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine : run_locals {
  using lambda_closure =
      std::remove_pointer_t<decltype(lambda_lambda(nullptr))>;
  using lambda_closure1 =
      std::remove_pointer_t<decltype(lambda_lambda1(nullptr))>;
  using lambda_closure2 =
      std::remove_pointer_t<decltype(lambda_lambda2(nullptr))>;

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list passed as an
  // std::initializer_list (line 40) points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::function<asl::Task<int>(int)> list0_[2];
    std::function<int(const shop::Order &)> list2_[2];
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    lambda_closure2 temporary4_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    lambda_closure temporary1_;
    lambda_closure1 temporary3_;
  };
  int state_ = -1;
  bool list0_live_ = false;
  bool list2_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool list0_0_live_ = false;
  bool list0_1_live_ = false;
  bool list2_0_live_ = false;
  bool list2_1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(list2_, list2_live_);
    asl::destroy(list2_[1], list2_1_live_);
    asl::destroy(list2_[0], list2_0_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(list0_, list0_live_);
    asl::destroy(list0_[1], list0_1_live_);
    asl::destroy(list0_[0], list0_0_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(list0_[0])) std::function<asl::Task<int>(int)>(inc);
      list0_0_live_ = true;
      lambda_lambda(asl::place(temporary1_));
      ::new (asl::place(list0_[1]))
          asl::copy_initialized<std::function<asl::Task<int>(int)>>{
              std::move(temporary1_)};
      list0_1_live_ = true;
      list0_0_live_ = false;
      list0_1_live_ = false;
      list0_live_ = true;
      // co_await pipeline({inc, [](int v) { return dbl(v); }}, 10) (line 40)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          pipeline((asl::detail::list_over(list0_, 2)), 10)};
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
      std::printf("sum %d\n", awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(list0_, list0_live_);

      lambda_lambda1(asl::place(temporary3_));
      ::new (asl::place(list2_[0]))
          asl::copy_initialized<std::function<int(const shop::Order &)>>{
              std::move(temporary3_)};
      list2_0_live_ = true;
      lambda_lambda2(asl::place(temporary4_));
      ::new (asl::place(list2_[1]))
          asl::copy_initialized<std::function<int(const shop::Order &)>>{
              std::move(temporary4_)};
      list2_1_live_ = true;
      list2_0_live_ = false;
      list2_1_live_ = false;
      list2_live_ = true;
      // co_await at line 42
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{total((asl::detail::list_over(list2_, 2)), 4)};
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
      std::printf("total %d\n", awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(list2_, list2_live_);

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

int main() { return asl::sync_wait(run()); }
