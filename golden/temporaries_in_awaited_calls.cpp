// Temporaries built for an awaited call (a concatenated string, a string
// made from a literal, a map literal) live until the await's statement ends.
#include <asl/task.h>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>
// The state machine of len(), line 9. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct len_machine {
  len_machine(asl::Event &e, const std::string &s) : e(e), s(s) {}
  ~len_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::size_t> builder_;
  asl::Event &e;
  const std::string &s;
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

ASL_ASYNC asl::Task<std::size_t> len(asl::Event &e, const std::string &s) {
  return asl::start<len_machine>(e, s);
}

inline void len_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await e (line 10)
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

      builder_.set_result(s.size());
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

// The state machine of pairsum(), line 13. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct pairsum_machine {
  pairsum_machine(asl::Event &e, std::pair<int, int> &p)
      : e(e), p(std::move(p)) {}
  ~pairsum_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, std::pair<int, int>> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &e;
  union {
    asl::event_awaiter awaiter0_;
  };
  std::pair<int, int> p;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> pairsum(asl::Event &e, std::pair<int, int> p) {
  return asl::start<pairsum_machine>(e, p);
}

inline void pairsum_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await e (line 14)
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

      builder_.set_result(p.first + p.second);
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

// The state machine of mapsize(), line 17. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct mapsize_machine {
  mapsize_machine(asl::Event &e, const std::map<std::string, int> &m)
      : e(e), m(m) {}
  ~mapsize_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &e;
  const std::map<std::string, int> &m;
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

ASL_ASYNC asl::Task<int> mapsize(asl::Event &e,
                                 const std::map<std::string, int> &m) {
  return asl::start<mapsize_machine>(e, m);
}

inline void mapsize_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await e (line 18)
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

      builder_.set_result(static_cast<int>(m.size()));
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

// The state machine of f(), line 21. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct f_machine {
  explicit f_machine(asl::Event &e) : e(e) {}
  ~f_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'name' may be kept
  // (line 23).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Event &e;
  union {
    std::string name;
  };
  std::size_t a;
  std::size_t b;
  std::size_t c;
  union {
    std::basic_string<char> temporary0_;
    std::string temporary1_;
    std::string temporary2_;
    int temporary3_;
    std::pair<const std::string, int> list5_[2];
  };
  union {
    asl::task_awaiter<unsigned long> awaiter0_;
    asl::task_awaiter<unsigned long> awaiter1_;
    asl::task_awaiter<unsigned long> awaiter2_;
    int temporary4_;
    int temporary6_;
  };
  union {
    asl::task_awaiter<int> awaiter3_;
    int temporary7_;
  };
  union {
    std::map<std::string, int> temporary8_;
  };
  union {
    asl::task_awaiter<int> awaiter4_;
  };
  int d;
  int state_ = -1;
  bool name_live_ = false;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool list5_live_ = false;
  bool temporary8_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool list5_0_live_ = false;
  bool list5_1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(temporary8_, temporary8_live_);
    asl::destroy(list5_, list5_live_);
    asl::destroy(list5_[1], list5_1_live_);
    asl::destroy(list5_[0], list5_0_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(name, name_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> f(asl::Event &e) { return asl::start<f_machine>(e); }

inline void f_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(name)) std::string("ab");
      name_live_ = true;

      ::new (asl::place(temporary0_)) std::basic_string<char>(name + "cd");
      temporary0_live_ = true;
      // co_await len(e, name + "cd") (line 23)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<unsigned long>{len(e, temporary0_)};
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
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary0_, temporary0_live_);

      ::new (asl::place(temporary1_)) std::string(std::string("xyz"));
      temporary1_live_ = true;
      // co_await len(e, std::string("xyz")) (line 24)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<unsigned long>{len(e, temporary1_)};
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
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary1_, temporary1_live_);

      ::new (asl::place(temporary2_)) std::string("lit");
      temporary2_live_ = true;
      // co_await len(e, "lit") (line 25)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<unsigned long>{len(e, temporary2_)};
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
      c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary2_, temporary2_live_);

      ::new (asl::place(temporary3_)) int(3);
      ::new (asl::place(temporary4_)) int(4);
      // co_await pairsum(e, {3, 4}) (line 26)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{
          pairsum(e, {std::move(temporary3_), std::move(temporary4_)})};
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
      d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      ::new (asl::place(temporary6_)) int(1);
      ::new (asl::place(list5_[0]))
          std::pair<const std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>,
                    int>{"k", std::move(temporary6_)};
      list5_0_live_ = true;
      ::new (asl::place(temporary7_)) int(2);
      ::new (asl::place(list5_[1]))
          std::pair<const std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>,
                    int>{"j", std::move(temporary7_)};
      list5_1_live_ = true;
      list5_0_live_ = false;
      list5_1_live_ = false;
      list5_live_ = true;
      ::new (asl::place(temporary8_))
          std::map<std::string, int>((asl::detail::list_over(list5_, 2)));
      temporary8_live_ = true;
      // co_await mapsize(e, {{"k", 1}, {"j", 2}}) (line 27)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<int>{mapsize(e, temporary8_)};
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
      int g = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(temporary8_, temporary8_live_);
      asl::destroy(list5_, list5_live_);

      builder_.set_result(static_cast<int>(a + b + c) + d + g);
      asl::destroy(name, name_live_);
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
  asl::Event e;
  asl::Task<int> t = f(e);
  e.set();
  std::cout << asl::sync_wait(std::move(t)) << "\n";
}
