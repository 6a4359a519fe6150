// Destroying suspended tasks at various points: inside nested scopes, in a
// try block, in a range-for body, with a suspended child, with a
// structured binding and a lifetime-extended temporary alive.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) { std::printf("  +%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n = "(moved)"; }
  ~T() { std::printf("  -%s\n", n.c_str()); }
};

asl::Event never;

// The state machine of child(), line 20. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct child_machine {
  explicit child_machine(std::string &tag) : tag(std::move(tag)) {}
  ~child_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'tag' may be kept
  // (line 21).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::string tag;
  union {
    T c;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool c_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(c, c_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> child(std::string tag) {
  return asl::start<child_machine>(tag);
}

inline void child_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(c)) T("child " + tag);
      c_live_ = true;

      // co_await never (line 22)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(never));
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
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(1);
      asl::destroy(c, c_live_);
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

// The state machine of deep(), line 26. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct deep_machine {
  explicit deep_machine(int &where) : where(std::move(where)) {}
  ~deep_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    T a;
  };
  union {
    std::vector<T> v;
  };
  union {
    T b;
  };
  std::vector<T> *range_;
  union {
    std::vector<T>::iterator begin_;
  };
  union {
    std::vector<T>::iterator end_;
  };
  T *x;
  union {
    T c;
  };
  union {
    const T ext;
  };
  union {
    std::pair<T, int> bindings9_;
  };
  T *p_;
  int *q_;
  union {
    T d;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  union {
    asl::task_awaiter<int> awaiter3_;
  };
  int where;
  int state_ = -1;
  bool a_live_ = false;
  bool v_live_ = false;
  bool b_live_ = false;
  bool c_live_ = false;
  bool ext_live_ = false;
  bool bindings9_live_ = false;
  bool d_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(d, d_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(bindings9_, bindings9_live_);
    asl::destroy(ext, ext_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(c, c_live_);
    asl::destroy(b, b_live_);
    asl::destroy(v, v_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> deep(int where) {
  return asl::start<deep_machine>(where);
}

inline void deep_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
    case 1:
    case 2:
    case 3:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(a)) T("a");
      a_live_ = true;

      ::new (asl::place(v)) std::vector<T>;
      v_live_ = true;

      v.emplace_back("v0");
      v.emplace_back("v1");
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter3_, awaiter3_live_);
          asl::destroy(awaiter2_, awaiter2_live_);
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(d, d_live_);
          asl::destroy(bindings9_, bindings9_live_);
          asl::destroy(ext, ext_live_);
          asl::destroy(c, c_live_);
          asl::destroy(b, b_live_);
        });
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

        ::new (asl::place(b)) T("b");
        b_live_ = true;

        {
          range_ = std::addressof(v);
          ::new (asl::place(begin_))
              std::vector<T>::iterator((*range_).begin());
          ::new (asl::place(end_)) std::vector<T>::iterator((*range_).end());
          for (; begin_ != end_; ++begin_) {
            x = std::addressof(*begin_);
            {
              ::new (asl::place(c)) T("c-" + (*x).n);
              c_live_ = true;

              if (where == 0) {
                // co_await never (line 36)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(never));
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
                awaiter0_.await_resume();
                asl::destroy(awaiter0_, awaiter0_live_);
              }

              ::new (asl::place(ext)) const T(T("ext"));
              ext_live_ = true;

              ::new (asl::place(bindings9_))
                  std::pair<T, int>(std::make_pair(T("p"), 3));
              bindings9_live_ = true;
              p_ = asl::bound_address(std::get<0>(std::move(bindings9_)));
              q_ = asl::bound_address(std::get<1>(std::move(bindings9_)));

              if (where == 1) {
                // co_await child("one") (line 40)
                ::new (asl::place(awaiter1_))
                    asl::task_awaiter<int>{child("one")};
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
              }

              (void)ext;
              (void)(*p_);
              (void)(*q_);
              if (where == 2) {
                ::new (asl::place(d)) T("d");
                d_live_ = true;

                // co_await child("two") (line 46)
                ::new (asl::place(awaiter2_))
                    asl::task_awaiter<int>{child("two")};
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
                spill0_ = awaiter2_.await_resume();
                // co_await child("three") (line 46)
                ::new (asl::place(awaiter3_))
                    asl::task_awaiter<int>{child("three")};
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
                int r = spill0_ + awaiter3_.await_resume();
                asl::destroy(awaiter3_, awaiter3_live_);
                asl::destroy(awaiter2_, awaiter2_live_);

                (void)r;
                asl::destroy(d, d_live_);
              }
              asl::destroy(bindings9_, bindings9_live_);
              asl::destroy(ext, ext_live_);
              asl::destroy(c, c_live_);
            }
          }
        }

        asl::destroy(b, b_live_);
      } catch (...) {
        std::printf("  caught\n");
      }
      builder_.set_result(0);
      asl::destroy(v, v_live_);
      asl::destroy(a, a_live_);
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
  for (int w = 0; w < 3; ++w) {
    std::printf("where=%d\n", w);
    {
      asl::Task<int> t = deep(w);
      std::printf(" destroying\n");
    }
    std::printf(" destroyed\n");
  }
}
