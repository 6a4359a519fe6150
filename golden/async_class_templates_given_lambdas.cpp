// Checks async members of class templates whose arguments are closure
// types, LINQ's `items.Select(lambda).Where(lambda)` over an async
// iterator: Select<T, F> and Where<T, P> override an async next() and are
// made by helpers from lambdas (capturing by copy, by reference, generic);
// Select is also given a function pointer, which gets a machine of its
// own. Nothing after the file's code can name a closure type, so the
// machine of such a member is the definition of the member class for the
// whole class template, generic over its parameters, which the
// specializations given lambdas share (their machines agree: Select's
// lambdas all map int to int).
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

asl::RunLoop loop;

template <class T> struct Source {
  virtual ~Source() = default;
  virtual asl::Task<std::optional<T>> next() = 0;
};

// Pages of numbers, each fetched after an await.
class Pages : public Source<int> {
  int page_ = 0, pos_ = 0, pages_;

public:
  int fetched = 0;
  explicit Pages(int pages) : pages_(pages) {}
  struct next_machine2;
  ASL_ASYNC asl::Task<std::optional<int>> next() override;
};

// The state machine of Pages::next(), line 34. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Pages::next_machine2 {
  explicit next_machine2(Pages *this_) : this_(this_) {}
  ~next_machine2() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<std::optional<int>> builder_;
  Pages *this_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<std::optional<int>> Pages::next() {
  return asl::start<next_machine2>(this);
}

inline void Pages::next_machine2::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      if (this_->pos_ == 3) {
        if (this_->page_ + 1 == this_->pages_) {
          builder_.set_result(std::nullopt);
          goto finish_;
        }

        // co_await loop.schedule() (line 38)
        ::new (asl::place(awaiter0_))
            asl::RunLoop::schedule_awaiter(loop.schedule());
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();

        ++this_->fetched;
        ++this_->page_;
        this_->pos_ = 0;
      }
      builder_.set_result(this_->page_ * 10 + this_->pos_++);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class T, class F>
class Select : public Source<std::invoke_result_t<F &, T>> {
  using U = std::invoke_result_t<F &, T>;
  Source<T> &in_;
  F f_;

public:
  Select(Source<T> &in, F f) : in_(in), f_(std::move(f)) {}
  struct next_machine;
  ASL_ASYNC asl::Task<std::optional<U>> next() override {
    return asl::start<next_machine>(this);
  }
};

template <class T, class P> class Where : public Source<T> {
  Source<T> &in_;
  P keep_;

public:
  Where(Source<T> &in, P keep) : in_(in), keep_(std::move(keep)) {}
  struct next_machine1;
  ASL_ASYNC asl::Task<std::optional<T>> next() override {
    return asl::start<next_machine1>(this);
  }
};

template <class T, class F> Select<T, F> select(Source<T> &in, F f) {
  return {in, std::move(f)};
}
template <class T, class P> Where<T, P> where(Source<T> &in, P keep) {
  return {in, std::move(keep)};
}

template <class T> struct drain_machine;

template <class T> ASL_ASYNC asl::Task<std::string> drain(Source<T> &src) {
  return asl::start<drain_machine<T>>(src);
}

int twice(int v) { return 2 * v; }

// For run(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct run_locals {
  // The lambda on line 97.
  static auto lambda_lambda(int &limit) {
    return [&limit](int v) { return v % 2 == 1 && v < limit; };
  }
  // The lambda on line 98.
  static auto lambda_lambda1() {
    return [k = 3](int v) { return v * k; };
  }
  // The lambda on line 102.
  static auto lambda_lambda2() {
    return [](auto v) { return -v; };
  }
  // The lambda on line 104.
  static auto lambda_lambda3() {
    return [](int v) { return v > -30; };
  }
};

// The state machine of run(), line 94. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine : run_locals {
  using lambda_closure = decltype(lambda_lambda(std::declval<int &>()));
  using lambda_closure1 = decltype(lambda_lambda1());
  using lambda_closure2 = decltype(lambda_lambda2());
  using lambda_closure3 = decltype(lambda_lambda3());

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'pages' may be kept
  // (line 97).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Pages pages;
  };
  union {
    Where<int, lambda_closure> odd;
  };
  union {
    Select<int, lambda_closure1> scaled;
  };
  union {
    Pages more;
  };
  union {
    Select<int, lambda_closure2> negated;
  };
  union {
    Select<int, int (*)(int)> doubled;
  };
  union {
    Where<int, lambda_closure3> small;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
  };
  int limit;
  int state_ = -1;
  bool pages_live_ = false;
  bool odd_live_ = false;
  bool scaled_live_ = false;
  bool more_live_ = false;
  bool negated_live_ = false;
  bool doubled_live_ = false;
  bool small_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(small, small_live_);
    asl::destroy(doubled, doubled_live_);
    asl::destroy(negated, negated_live_);
    asl::destroy(more, more_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(scaled, scaled_live_);
    asl::destroy(odd, odd_live_);
    asl::destroy(pages, pages_live_);
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
      ::new (asl::place(pages)) Pages(4);
      pages_live_ = true;

      limit = 25;

      ::new (asl::place(odd))
          Where<int, lambda_closure>(where(pages, lambda_lambda(limit)));
      odd_live_ = true;

      ::new (asl::place(scaled))
          Select<int, lambda_closure1>(select(odd, lambda_lambda1()));
      scaled_live_ = true;

      // co_await drain(scaled) (line 99)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{drain(scaled)};
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
      std::printf("%s\n", (awaiter0_.await_resume()).c_str());
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(more)) Pages(3);
      more_live_ = true;

      ::new (asl::place(negated))
          Select<int, lambda_closure2>(select(more, lambda_lambda2()));
      negated_live_ = true;

      ::new (asl::place(doubled))
          Select<int, int (*)(int)>(select(negated, twice));
      doubled_live_ = true;

      ::new (asl::place(small))
          Where<int, lambda_closure3>(where(doubled, lambda_lambda3()));
      small_live_ = true;

      // co_await drain(small) (line 105)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::basic_string<char>>{drain(small)};
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
      std::printf("%s\n", (awaiter1_.await_resume()).c_str());
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(pages.fetched + more.fetched);
      asl::destroy(small, small_live_);
      asl::destroy(doubled, doubled_live_);
      asl::destroy(negated, negated_live_);
      asl::destroy(more, more_live_);
      asl::destroy(scaled, scaled_live_);
      asl::destroy(odd, odd_live_);
      asl::destroy(pages, pages_live_);
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

int main() { std::printf("run -> %d\n", loop.run([] { return run(); })); }

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Select<T, F>::next(), line 55. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <class T, class F> struct Select<T, F>::next_machine {
  explicit next_machine(Select<int, F> *this_) : this_(this_) {}
  ~next_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<std::optional<int>>> &&
      !asl::usually_suspends<asl::task_awaiter<std::optional<int>>>;

  asl::task_builder<std::optional<int>> builder_;
  Select<int, F> *this_;
  union {
    asl::task_awaiter<std::optional<int>> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <class T, class F>
inline void Select<T, F>::next_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await in_.next() (line 56)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::optional<int>>{this_->in_.next()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::optional<T> v = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      if (!v) {
        builder_.set_result(std::nullopt);
        goto finish_;
      }

      builder_.set_result(this_->f_(*v));
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

// The state machine of Select<int, int (*)(int)>::next(), line 55. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct Select<int, int (*)(int)>::next_machine {
  // The template's parameters, which the body names.
  using T = int;
  using F = int (*)(int);

  explicit next_machine(Select<int, int (*)(int)> *this_) : this_(this_) {}
  ~next_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<std::optional<int>>> &&
      !asl::usually_suspends<asl::task_awaiter<std::optional<int>>>;

  asl::task_builder<std::optional<Select<int, int (*)(int)>::U>> builder_;
  Select<int, int (*)(int)> *this_;
  union {
    asl::task_awaiter<std::optional<int>> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Select<int, int (*)(int)>::next_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await in_.next() (line 56)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::optional<int>>{this_->in_.next()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::optional<T> v = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      if (!v) {
        builder_.set_result(std::nullopt);
        goto finish_;
      }

      builder_.set_result(this_->f_(*v));
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

// The state machine of Where<T, P>::next(), line 69. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <class T, class P> struct Where<T, P>::next_machine1 {
  explicit next_machine1(Where<int, P> *this_) : this_(this_) {}
  ~next_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<std::optional<int>>>;

  asl::task_builder<std::optional<int>> builder_;
  Where<int, P> *this_;
  union {
    asl::task_awaiter<std::optional<int>> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <class T, class P>
inline void Where<T, P>::next_machine1::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      for (;;) {
        // co_await in_.next() (line 71)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<std::optional<int>>{this_->in_.next()};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        auto v = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        if (!v || this_->keep_(*v)) {
          builder_.set_result(std::move(v));
          goto finish_;
        }
      }
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of drain<int>(), line 85. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct drain_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit drain_machine(Source<int> &src) : src(src) {}
  ~drain_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'out' may be kept
  // (line 88).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  Source<int> &src;
  union {
    std::string out;
  };
  union {
    asl::task_awaiter<std::optional<int>> awaiter0_;
  };
  int state_ = -1;
  bool out_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(out, out_live_);
  }

  void move_next();
};

inline void drain_machine<int>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(out)) std::string;
      out_live_ = true;

      for (;;) {
        // co_await src.next() (line 87)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<std::optional<int>>{src.next()};
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
        auto s = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
        if (!s)
          break;
        out += std::to_string(*s) + ",";
      }

      builder_.set_result(std::move(out));
      asl::destroy(out, out_live_);
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
