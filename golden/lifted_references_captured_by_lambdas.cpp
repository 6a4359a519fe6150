// Lambdas that capture, by name, a local the machine keeps in another form
// than its declared type: a reference kept as a pointer to its object (a
// range-for's `const std::string &s`, `const int &count = counts[i]`, a
// structured binding of a reference `auto &[k, v] = pair`), a reference
// that extends a temporary kept as that temporary, or as a base part of it.
// Captured by copy (`[s]`, `[=]`), by reference (`[&s]`, `[&]`), in nested
// lambdas, in a lambda inside a generic lambda, in a generic lambda, in a
// lambda the machine keeps across an await and in a coroutine lambda.
// Natively `[s]` copies the object the reference refers to and `[&s]`
// refers to it; before, the capture copied the machine's pointer (the
// string cases did not compile, `count == 0` compared the pointer with
// null).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

// The state machine of tick(), line 20. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct tick_machine {
  tick_machine() {}
  ~tick_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<void> builder_;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void> tick() { return asl::start<tick_machine>(); }

inline void tick_machine::move_next() {
  try {
    {
      builder_.set_result();
      goto finish_;
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Base {
  std::string name = "base";
};
struct Derived : Base {
  std::string more = "derived";
};
Derived make_derived() { return {}; }
std::string make_text() { return "made"; }

// The state machine of strings(), line 31. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct strings_machine {
  explicit strings_machine(std::vector<std::string> &steps)
      : steps(std::move(steps)) {}
  ~strings_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'steps' may be kept
  // (line 33).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::vector<std::string> steps;
  union {
    std::string out;
  };
  std::vector<std::string> *range_;
  union {
    std::vector<std::string>::iterator begin_;
  };
  union {
    std::vector<std::string>::iterator end_;
  };
  const std::string *s;
  union {
    asl::task_awaiter<void> awaiter0_;
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

ASL_ASYNC asl::Task<std::string> strings(std::vector<std::string> steps) {
  return asl::start<strings_machine>(steps);
}

inline void strings_machine::move_next() {
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

      {
        range_ = std::addressof(steps);
        ::new (asl::place(begin_))
            std::vector<std::string>::iterator((*range_).begin());
        ::new (asl::place(end_))
            std::vector<std::string>::iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          s = std::addressof(*begin_);
          {
            // co_await tick() (line 34)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{tick()};
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

            auto by_copy = [s = (*s)] {
              return s + ":" + std::to_string(s.size());
            };
            auto by_ref = [&s = (*s)] { return s.size(); };
            auto implicit_copy = [=, s = (*s)] { return s + "="; };
            auto implicit_ref = [&] { return (*s) + "&"; };
            out += by_copy() + " " + std::to_string(by_ref()) + " " +
                   implicit_copy() + implicit_ref() + " ";
            // Nested: inside a lambda that copied the name, the name is its
            // copy; inside one that captures by reference, still the object.
            out += [s = (*s)] { return [s] { return s + "^"; }(); }();
            out += [&] { return [s = (*s)] { return s + "~"; }(); }();
            out += [=, s = (*s)] { return [&s] { return s + "!"; }(); }();
            out += [&s = (*s)] { return [=] { return s + "?"; }(); }();
            // Generic lambdas.
            out += [s = (*s)](auto suffix) {
              return s + suffix;
            }(std::string("#"));
            out += [&](auto suffix) {
              return [s = (*s)] { return s; }() + suffix;
            }('%');
            out += [t = (*s)] { return t + "/"; }();
            out += " ";
          }
        }
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

// The state machine of counts(), line 56. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct counts_machine {
  explicit counts_machine(std::vector<int> &counts)
      : counts(std::move(counts)) {}
  ~counts_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'counts' may be kept
  // (line 57).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  std::vector<int> counts;
  std::size_t i;
  const int *count;
  int *slot;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> counts(std::vector<int> counts) {
  return asl::start<counts_machine>(counts);
}

inline void counts_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      for (i = 0; i < counts.size(); ++i) {
        count = std::addressof(counts[i]);

        slot = std::addressof(counts[i]);

        // co_await tick() (line 60)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{tick()};
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

        auto empty = [&count = (*count)] { return count == 0; };
        auto none = [count = (*count)] { return !count; };
        auto next = [count = (*count)] { return count + 1; };
        auto implicit = [=, count = (*count)] { return count * 2; };
        std::printf("%d %d %d %d | ", empty(), none(), next(), implicit());
        // A copy does not see a later change; a reference does.
        auto copy = [slot = (*slot)] { return slot; };
        auto ref = [&slot = (*slot)] { return slot; };
        [&slot = (*slot)] { slot += 10; }();
        std::printf("%d %d %d | ", copy(), ref(), counts[i]);
      }
      std::printf("\n");
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of bindings_and_temporaries(), line 75. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct bindings_and_temporaries_machine {
  bindings_and_temporaries_machine() {}
  ~bindings_and_temporaries_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'pair' may be kept
  // (line 77).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  union {
    std::pair<std::string, int> pair1;
  };
  std::pair<std::string, int> *bindings1_;
  std::string *k_;
  int *v_;
  union {
    const std::string made;
  };
  union {
    const Derived base;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  int state_ = -1;
  bool pair1_live_ = false;
  bool made_live_ = false;
  bool base_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(base, base_live_);
    asl::destroy(made, made_live_);
    asl::destroy(pair1, pair1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> bindings_and_temporaries() {
  return asl::start<bindings_and_temporaries_machine>();
}

inline void bindings_and_temporaries_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(pair1)) std::pair<std::string, int>{"key", 7};
      pair1_live_ = true;

      bindings1_ = std::addressof(pair1);
      k_ = std::addressof(std::get<0>((*bindings1_)));
      v_ = std::addressof(std::get<1>((*bindings1_)));

      ::new (asl::place(made)) const std::string(make_text());
      made_live_ = true;

      ::new (asl::place(base)) const Derived(make_derived());
      base_live_ = true;

      // co_await tick() (line 80)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{tick()};
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

      {
        auto keys = [k = (*k_), &v = (*v_)] {
          return k + "=" + std::to_string(v);
        };
        (*v_) = 8;
        auto copies = [made = made, base = static_cast<const Base &>(base)] {
          return made + "," + base.name;
        };
        auto refs = [&made = made, &base = static_cast<const Base &>(base)] {
          return made.size() + base.name.size();
        };
        auto implicit = [=, made = made, base = static_cast<const Base &>(base),
                         k = (*k_)] { return made + base.name + k; };
        std::printf("%s %s %zu %s\n", keys().c_str(), copies().c_str(), refs(),
                    implicit().c_str());
      }
      asl::destroy(base, base_live_);
      asl::destroy(made, made_live_);
      asl::destroy(pair1, pair1_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// Kept across an await, and a coroutine lambda.
// For kept(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct kept_locals {
  // The lambda on line 94, built at where.
  static auto *copy_lambda(void *where, const std::string &first) {
    return ::new (where) auto([first] { return first; });
  }
  // The lambda on line 95, built at where1.
  static auto *ref_lambda(void *where1, const std::string &first) {
    return ::new (where1) auto([&first] { return first.size(); });
  }
};

// The state machine of kept(), line 91. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct kept_machine : kept_locals {
  using copy_closure = std::remove_pointer_t<decltype(copy_lambda(
      nullptr, std::declval<const std::string &>()))>;
  using ref_closure = std::remove_pointer_t<decltype(ref_lambda(
      nullptr, std::declval<const std::string &>()))>;

  // The closure of the coroutine lambda on line 96, as a class the machine can
  // keep.
  struct later_closure {
    const std::string first;
    asl::Task<std::string> operator()() const {
      // The state machine of the lambda, line 96. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct later_machine {
        explicit later_machine(const std::string &first) : first(first) {}
        ~later_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<std::string> builder_;
        const std::string &first;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await tick() (line 97)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{tick()};
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

              builder_.set_result(first + "!");
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

      return asl::start<later_machine>(first);
    }
  };

  explicit kept_machine(std::vector<std::string> &words)
      : words(std::move(words)) {}
  ~kept_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'words' may be kept
  // (line 92).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  std::vector<std::string> words;
  const std::string *first;
  union {
    copy_closure copy;
  };
  union {
    ref_closure ref;
  };
  union {
    later_closure later;
  };
  union {
    std::string result;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
    asl::task_awaiter<std::string> awaiter2_;
  };
  int state_ = -1;
  bool copy_live_ = false;
  bool later_live_ = false;
  bool result_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(result, result_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(later, later_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> kept(std::vector<std::string> words) {
  return asl::start<kept_machine>(words);
}

inline void kept_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      first = std::addressof(words.front());

      // co_await tick() (line 93)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{tick()};
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

      copy_lambda(asl::place(copy), (*first));
      copy_live_ = true;

      ref_lambda(asl::place(ref), (*first));

      ::new (asl::place(later)) later_closure{(*first)};
      later_live_ = true;

      // co_await tick() (line 100)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{tick()};
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

      words.front() = "changed";
      // co_await later() (line 102)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<std::string>{later()};
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
      ::new (asl::place(result)) std::string(awaiter2_.await_resume());
      result_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("%s %zu %s\n", copy().c_str(), ref(), result.c_str());
      asl::destroy(result, result_live_);
      asl::destroy(later, later_live_);
      asl::destroy(copy, copy_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

int main() {
  std::printf("%s\n", asl::sync_wait(strings({"book", "pay"})).c_str());
  asl::sync_wait(counts({0, 3}));
  asl::sync_wait(bindings_and_temporaries());
  asl::sync_wait(kept({"first", "second"}));
}
