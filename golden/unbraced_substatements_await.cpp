// Awaits, lifted locals and spilled operands in sub-statements written
// without braces (probe11's findings 2 and 3): the lowering expands such a
// statement into several, and braces keep them one sub-statement, also
// after labels, case and default labels (`switch (k) case 1: x: stmt;`)
// and in nested ifs with an else. A declaration as an unbraced branch or
// body is a scope of its own: its objects die at the end of it.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <string>
#include <vector>

static std::deque<asl::Event *> waiting;

static void drain() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}

// The state machine of later(), line 25. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(int &v) : v(std::move(v)) {}
  ~later_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 28).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::Event e;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> later(int v) { return asl::start<later_machine>(v); }

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf(" later%d", v);
      ::new (asl::place(e)) asl::Event;

      waiting.push_back(&e);
      // co_await e (line 29)
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

struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf(" +%s", n.c_str());
  }
  ~Tr() { std::printf(" -%s", n.c_str()); }
};

// The state machine of word(), line 41. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct word_machine {
  explicit word_machine(std::string &s) : s(std::move(s)) {}
  ~word_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 42).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string s;
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

ASL_ASYNC asl::Task<std::string> word(std::string s) {
  return asl::start<word_machine>(s);
}

inline void word_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf(" word:%s", s.c_str());
      ::new (asl::place(e)) asl::Event;

      waiting.push_back(&e);
      // co_await e (line 45)
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

      builder_.set_result(std::move(s));
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

static int mix(int a, int b) { return a * 10 + b; }

// Labels as unbraced bodies: only the taken path awaits.
// The state machine of labels(), line 52. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct labels_machine {
  explicit labels_machine(int &k) : k(std::move(k)) {}
  ~labels_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    int spill0_;
    asl::task_awaiter<int> awaiter3_;
    int spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter4_;
  };
  int k;
  int s;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> labels(int k) { return asl::start<labels_machine>(k); }

inline void labels_machine::move_next() {
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
    default:
      break;
    }
    {
      s = 1;

      switch (k)
      case 1: {
        // co_await later(7) (line 56)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(7)};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        s += awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
      }

        if (k == 2)
        again: {
          // co_await later(8) (line 59)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(8)};
          awaiter1_live_ = true;
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          s += awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);
        }

          switch (k)
          case 3:
          case 4:
          inner: {
            spill0_ = s;
            // co_await later(k) (line 64)
            ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{later(k)};
            awaiter2_live_ = true;
            if (!awaiter2_.await_ready()) {
              state_ = 2;
              builder_.await_on_completed(awaiter2_, *this);
              return;
            resume2_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            s = mix(spill0_, awaiter2_.await_resume());
            asl::destroy(awaiter2_, awaiter2_live_);
          }

            switch (k)
            default: {
              // co_await later(5) (line 67)
              ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{later(5)};
              awaiter3_live_ = true;
              if (!awaiter3_.await_ready()) {
                state_ = 3;
                builder_.await_on_completed(awaiter3_, *this);
                return;
              resume3_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              s += awaiter3_.await_resume();
              asl::destroy(awaiter3_, awaiter3_live_);
            }

              if (k == 9)
              done: {
                // co_await later(9) (line 70)
                ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{later(9)};
                awaiter4_live_ = true;
                if (!awaiter4_.await_ready()) {
                  state_ = 4;
                  builder_.await_on_completed(awaiter4_, *this);
                  return;
                resume4_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                spill1_ = awaiter4_.await_resume();
                builder_.set_result(spill1_ + s);
                asl::destroy(awaiter4_, awaiter4_live_);
                goto finish_;
              }

                if (s < 0)
                  goto again;
      if (s < -1)
        goto inner;
      if (s < -2)
        goto done;
      builder_.set_result(std::move(s));
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

// Labels in a braced switch stay on their statements; case labels stay
// children of the switch's block.
// The state machine of braced_switch(), line 82. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct braced_switch_machine {
  explicit braced_switch_machine(int &k) : k(std::move(k)) {}
  ~braced_switch_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int k;
  int s;
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

ASL_ASYNC asl::Task<int> braced_switch(int k) {
  return asl::start<braced_switch_machine>(k);
}

inline void braced_switch_machine::move_next() {
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
      s = 0;

      switch (k) {
      case 1:
      case 2:
      here:
        spill0_ = s;
        // co_await later(k) (line 88)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(k)};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        s = mix(spill0_, awaiter0_.await_resume());
        asl::destroy(awaiter0_, awaiter0_live_);

        break;
      default:
        // co_await later(0) (line 91)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(0)};
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        s -= awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);
      }
      if (s < 0)
        goto here;
      builder_.set_result(std::move(s));
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

// Nested ifs with an else, and loops whose bodies are labelled.
// The state machine of nested(), line 99. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct nested_machine {
  nested_machine(bool &a, bool &b, int &n)
      : n(std::move(n)), a(std::move(a)), b(std::move(b)) {}
  ~nested_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 119 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> range_;
  };
  union {
    std::vector<int>::iterator begin_;
  };
  union {
    std::vector<int>::iterator end_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    int spill0_;
    asl::task_awaiter<int> awaiter4_;
    int spill1_;
    int spill2_;
  };
  union {
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
  };
  int n;
  int s;
  int i;
  int v;
  bool a;
  bool b;
  int state_ = -1;
  bool range_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(range_, range_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> nested(bool a, bool b, int n) {
  return asl::start<nested_machine>(a, b, n);
}

inline void nested_machine::move_next() {
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
    default:
      break;
    }
    {
      s = 0;

      if (a)
        if (b) {
          // co_await later(1) (line 103)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(1)};
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
          s += awaiter0_.await_resume();
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        else {
          // co_await later(2) (line 105)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(2)};
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
          s += awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);
        }

      else {
        // co_await later(3) (line 107)
        ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{later(3)};
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
        s += awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);
      }

      while (n-- > 0)
      w: {
        spill0_ = s;
        // co_await later(n) (line 110)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{later(n)};
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
        s = mix(spill0_, awaiter3_.await_resume());
        asl::destroy(awaiter3_, awaiter3_live_);
      }

        do
        d: {
          // co_await later(6) (line 113)
          ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{later(6)};
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
          s += awaiter4_.await_resume();
          asl::destroy(awaiter4_, awaiter4_live_);
        }

          while (s < 0)
            ;
      i = 0;

      for (; i < 2; ++i)
      f:
        [[likely]] {
          spill1_ = s;
          // co_await later(i) (line 118)
          ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{later(i)};
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
          s = mix(spill1_, awaiter5_.await_resume());
          asl::destroy(awaiter5_, awaiter5_live_);
        }

      {
        ::new (asl::place(range_)) std::vector<int>(std::vector<int>{4, 5});
        range_live_ = true;
        ::new (asl::place(begin_)) std::vector<int>::iterator(range_.begin());
        ::new (asl::place(end_)) std::vector<int>::iterator(range_.end());
        for (; begin_ != end_; ++begin_) {
          v = *begin_;
          {
            spill2_ = s;
            // co_await later(v) (line 120)
            ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{later(v)};
            awaiter6_live_ = true;
            if (!awaiter6_.await_ready()) {
              state_ = 6;
              builder_.await_on_completed(awaiter6_, *this);
              unwind_.release();
              return;
            resume6_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            s = mix(spill2_, awaiter6_.await_resume());
            asl::destroy(awaiter6_, awaiter6_live_);
          }
        }
        asl::destroy(range_, range_live_);
      }

      if (s < 0)
        goto w;
      if (s < -1)
        goto d;
      if (s < -2)
        goto f;
      builder_.set_result(std::move(s));
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

// Declarations as unbraced branches and bodies: each dies at the end of
// its sub-statement; a dies after b (both declared by one declaration,
// a lives across b's await).
// The state machine of declarations(), line 133. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct declarations_machine {
  explicit declarations_machine(int &k) : k(std::move(k)) {}
  ~declarations_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Tr, asl::task_awaiter<std::basic_string<char>>, int,
                       std::string>;

  asl::task_builder<int> builder_;
  union {
    Tr a;
  };
  union {
    Tr b;
  };
  union {
    Tr c;
  };
  union {
    Tr d;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
    asl::task_awaiter<std::basic_string<char>> awaiter2_;
    asl::task_awaiter<std::basic_string<char>> awaiter3_;
    asl::task_awaiter<std::basic_string<char>> awaiter4_;
    asl::task_awaiter<std::basic_string<char>> awaiter5_;
    std::string temporary0_;
    asl::task_awaiter<std::basic_string<char>> awaiter7_;
    std::string temporary1_;
    asl::task_awaiter<std::basic_string<char>> awaiter9_;
    asl::task_awaiter<std::basic_string<char>> awaiter10_;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter6_;
    asl::task_awaiter<std::basic_string<char>> awaiter8_;
  };
  int k;
  int i;
  int n;
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool c_live_ = false;
  bool d_live_ = false;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter9_live_ = false;
  bool awaiter10_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(d, d_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(c, c_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(b, b_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(a, a_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> declarations(int k) {
  return asl::start<declarations_machine>(k);
}

inline void declarations_machine::move_next() {
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
    default:
      break;
    }
    {
      if (k >= 0) {
        // co_await word("then") (line 135)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<std::basic_string<char>>{word("then")};
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
        Tr t(awaiter0_.await_resume());
        asl::destroy(awaiter0_, awaiter0_live_);
      }

      else {
        // co_await word("else") (line 137)
        ::new (asl::place(awaiter1_))
            asl::task_awaiter<std::basic_string<char>>{word("else")};
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
        Tr u(awaiter1_.await_resume());
        asl::destroy(awaiter1_, awaiter1_live_);
      }

      std::printf(" |");
      if (k < 0) {
        // co_await word("then2") (line 140)
        ::new (asl::place(awaiter2_))
            asl::task_awaiter<std::basic_string<char>>{word("then2")};
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
        Tr t(awaiter2_.await_resume());
        asl::destroy(awaiter2_, awaiter2_live_);
      }

      else {
        // co_await word("else2") (line 142)
        ::new (asl::place(awaiter3_))
            asl::task_awaiter<std::basic_string<char>>{word("else2")};
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
        Tr u(awaiter3_.await_resume());
        asl::destroy(awaiter3_, awaiter3_live_);
      }

      std::printf(" |");
      if (k > 0)
      lab: {
        // co_await word("a") (line 146)
        ::new (asl::place(awaiter4_))
            asl::task_awaiter<std::basic_string<char>>{word("a")};
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
        ::new (asl::place(a)) Tr(awaiter4_.await_resume());
        a_live_ = true;
        asl::destroy(awaiter4_, awaiter4_live_);
        // co_await word("b") (line 146)
        ::new (asl::place(awaiter5_))
            asl::task_awaiter<std::basic_string<char>>{word("b")};
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
        ::new (asl::place(b)) Tr(awaiter5_.await_resume());
        b_live_ = true;
        asl::destroy(awaiter5_, awaiter5_live_);
        asl::destroy(b, b_live_);
        asl::destroy(a, a_live_);
      }

        std::printf(" |");
      for (i = 0; i < 2; ++i) {
        ::new (asl::place(temporary0_)) std::string(std::to_string(i));
        temporary0_live_ = true;
        // co_await word("c" + std::to_string(i)) (line 149)
        ::new (asl::place(awaiter6_))
            asl::task_awaiter<std::basic_string<char>>{
                word("c" + std::move(temporary0_))};
        awaiter6_live_ = true;
        if (!awaiter6_.await_ready()) {
          state_ = 6;
          builder_.await_on_completed(awaiter6_, *this);
          unwind_.release();
          return;
        resume6_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(c)) Tr(awaiter6_.await_resume());
        c_live_ = true;
        asl::destroy(awaiter6_, awaiter6_live_);
        asl::destroy(temporary0_, temporary0_live_);
        // co_await word("d") (line 149)
        ::new (asl::place(awaiter7_))
            asl::task_awaiter<std::basic_string<char>>{word("d")};
        awaiter7_live_ = true;
        if (!awaiter7_.await_ready()) {
          state_ = 7;
          builder_.await_on_completed(awaiter7_, *this);
          unwind_.release();
          return;
        resume7_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(d)) Tr(awaiter7_.await_resume());
        d_live_ = true;
        asl::destroy(awaiter7_, awaiter7_live_);
        asl::destroy(d, d_live_);
        asl::destroy(c, c_live_);
      }

      std::printf(" |");
      n = 2;

      while (n-- > 0) {
        ::new (asl::place(temporary1_)) std::string(std::to_string(n));
        temporary1_live_ = true;
        // co_await word("w" + std::to_string(n)) (line 153)
        ::new (asl::place(awaiter8_))
            asl::task_awaiter<std::basic_string<char>>{
                word("w" + std::move(temporary1_))};
        awaiter8_live_ = true;
        if (!awaiter8_.await_ready()) {
          state_ = 8;
          builder_.await_on_completed(awaiter8_, *this);
          unwind_.release();
          return;
        resume8_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        Tr e(awaiter8_.await_resume());
        asl::destroy(awaiter8_, awaiter8_live_);
        asl::destroy(temporary1_, temporary1_live_);
      }

      std::printf(" |");
      do {
        // co_await word("do") (line 156)
        ::new (asl::place(awaiter9_))
            asl::task_awaiter<std::basic_string<char>>{word("do")};
        awaiter9_live_ = true;
        if (!awaiter9_.await_ready()) {
          state_ = 9;
          builder_.await_on_completed(awaiter9_, *this);
          unwind_.release();
          return;
        resume9_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        Tr g(awaiter9_.await_resume());
        asl::destroy(awaiter9_, awaiter9_live_);
      }

      while (false);
      std::printf(" |");
      switch (k)
      case 1: {
        // co_await word("case") (line 161)
        ::new (asl::place(awaiter10_))
            asl::task_awaiter<std::basic_string<char>>{word("case")};
        awaiter10_live_ = true;
        if (!awaiter10_.await_ready()) {
          state_ = 10;
          builder_.await_on_completed(awaiter10_, *this);
          unwind_.release();
          return;
        resume10_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        Tr h(awaiter10_.await_resume());
        asl::destroy(awaiter10_, awaiter10_live_);
      }
        if (k < -5)
          goto lab;
      std::printf(" |");
      builder_.set_result(std::move(k));
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
  for (int k : {0, 1, 2, 3, 4, 9}) {
    asl::Task<int> t = labels(k);
    drain();
    std::printf(" => labels(%d) = %d\n", k, asl::sync_wait(std::move(t)));
  }
  for (int k : {1, 2, 3}) {
    asl::Task<int> t = braced_switch(k);
    drain();
    std::printf(" => braced_switch(%d) = %d\n", k,
                asl::sync_wait(std::move(t)));
  }
  for (int m = 0; m < 3; ++m) {
    asl::Task<int> t = nested(m > 0, m > 1, m);
    drain();
    std::printf(" => nested(%d) = %d\n", m, asl::sync_wait(std::move(t)));
  }
  for (int k : {-1, 1}) {
    asl::Task<int> t = declarations(k);
    drain();
    std::printf(" => declarations(%d) = %d\n", k,
                asl::sync_wait(std::move(t)));
  }
}
