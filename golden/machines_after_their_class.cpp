// Async functions defined inside their class: their machines are defined
// after the outermost class, where it is complete, so the bodies may keep
// across awaits objects of the class itself (a static async factory, a
// by-value parameter, a copy of *this) and of nested types and aliases the
// class declares after them, or a coroutine lambda's copy of *this; a
// hidden friend's machine is a member of the class too, so it reads private
// members and finds the class's names.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

namespace docs {
struct Doc {
  std::string text = "hello";

  struct load_machine;
  ASL_ASYNC static asl::Task<Doc> load(std::string name);
  struct merge_machine;
  ASL_ASYNC asl::Task<std::string> merge(Doc other) const & noexcept(false);
  struct edit_machine;
  ASL_ASYNC asl::Task<std::string> edit();
  struct words_machine;
  ASL_ASYNC asl::Task<int> words(int bonus = 10);

  struct Counter {
    int n;
  };
  using Size = long;

  struct Page {
    int number = 7;
    struct next_machine;
    ASL_ASYNC asl::Task<Page> next() const;
  };
} first, second;

// The state machine of docs::Doc::load(), line 19. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct docs::Doc::load_machine {
  explicit load_machine(std::string &name) : name(std::move(name)) {}
  ~load_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'd' may be kept (line
  // 22).
  static constexpr bool relocatable = false;

  asl::task_builder<docs::Doc> builder_;
  std::string name;
  union {
    docs::Doc d;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool d_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(d, d_live_);
  }

  void move_next();
};

inline asl::Task<docs::Doc> docs::Doc::load(std::string name) {
  return asl::start<load_machine>(name);
}

inline void docs::Doc::load_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(d)) docs::Doc;
      d_live_ = true;

      // co_await ev (line 21)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      d.text = "loaded " + name;
      builder_.set_result(std::move(d));
      asl::destroy(d, d_live_);
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

// The state machine of docs::Doc::merge(), line 25. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct docs::Doc::merge_machine {
  merge_machine(const docs::Doc *this_, docs::Doc &other)
      : other(std::move(other)), this_(this_) {}
  ~merge_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'other' may be kept
  // (line 27).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  docs::Doc other;
  const docs::Doc *this_;
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

inline asl::Task<std::string>
docs::Doc::merge(docs::Doc other) const & noexcept(false) {
  return asl::start<merge_machine>(this, other);
}

inline void docs::Doc::merge_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 26)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      builder_.set_result(this_->text + "+" + other.text);
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

// The state machine of docs::Doc::edit(), line 29. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct docs::Doc::edit_machine {
  explicit edit_machine(docs::Doc *this_) : this_(this_) {}
  ~edit_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'before' may be kept
  // (line 33).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  docs::Doc *this_;
  union {
    docs::Doc before;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool before_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(before, before_live_);
  }

  void move_next();
};

inline asl::Task<std::string> docs::Doc::edit() {
  return asl::start<edit_machine>(this);
}

inline void docs::Doc::edit_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(before)) docs::Doc(*this_);
      before_live_ = true;

      this_->text += "!";
      // co_await ev (line 32)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      builder_.set_result(before.text + " -> " + this_->text);
      asl::destroy(before, before_live_);
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

// The state machine of docs::Doc::words(), line 35. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct docs::Doc::words_machine {
  words_machine(docs::Doc *this_, int &bonus)
      : this_(this_), bonus(std::move(bonus)) {}
  ~words_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, docs::Doc::Counter, docs::Doc::Size,
                       int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  docs::Doc *this_;
  docs::Doc::Size extra;
  union {
    asl::event_awaiter awaiter0_;
  };
  int bonus;
  union {
    docs::Doc::Counter c;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> docs::Doc::words(int bonus) {
  return asl::start<words_machine>(this, bonus);
}

inline void docs::Doc::words_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(c))
          docs::Doc::Counter{static_cast<int>(this_->text.size())};

      extra = bonus;

      // co_await ev (line 38)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      builder_.set_result(c.n + static_cast<int>(extra));
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

// The state machine of docs::Doc::Page::next(), line 49. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct docs::Doc::Page::next_machine {
  explicit next_machine(const docs::Doc::Page *this_) : this_(this_) {}
  ~next_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, docs::Doc::Page> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<docs::Doc::Page> builder_;
  const docs::Doc::Page *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    docs::Doc::Page p;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<docs::Doc::Page> docs::Doc::Page::next() const {
  return asl::start<next_machine>(this);
}

inline void docs::Doc::Page::next_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(p)) docs::Doc::Page(*this_);

      // co_await ev (line 51)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      ++p.number;
      builder_.set_result(std::move(p));
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

} // namespace docs

class Account {
public:
  explicit Account(int balance) : balance_(balance) {}

private:
  struct audit_machine;
  friend asl::Task<int> audit(const Account &a);
  struct Receipt {
    int amount;
  };
  static constexpr int limit = 100;
  int balance_;
};

// The state machine of audit(), line 64. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct Account::audit_machine {
  explicit audit_machine(const Account &a) : a(a) {}
  ~audit_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Account::Receipt, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Account &a;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Account::Receipt r;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> audit(const Account &a) {
  return asl::start<Account::audit_machine>(a);
}

inline void Account::audit_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(r)) Account::Receipt{a.balance_};

      // co_await ev (line 66)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      builder_.set_result(r.amount + limit);
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

struct Widget {
  int size = 3;
  struct use_machine;
  ASL_ASYNC asl::Task<int> use();
};

// The state machine of Widget::use(), line 78. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Widget::use_machine {
  // The closure of the coroutine lambda on line 79, as a class the machine can
  // keep.
  struct lambda_closure {
    Widget this_copy_;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 79. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        explicit lambda_machine(const Widget *this_) : this_(this_) {}
        ~lambda_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const Widget *this_;
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
              // co_await ev (line 80)
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

              builder_.set_result(this_->size);
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

      return asl::start<lambda_machine>(&this_copy_);
    }
  };

  explicit use_machine(Widget *this_) : this_(this_) {}
  ~use_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 79 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Widget *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    lambda_closure lambda;
  };
  union {
    int spill0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> Widget::use() { return asl::start<use_machine>(this); }

inline void Widget::use_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(lambda)) lambda_closure{*this_};

      this_->size = 4;
      // co_await lambda() (line 84)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{lambda()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume() * 10;
      builder_.set_result(spill0_ + this_->size);
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

int main() {
  docs::Doc d = asl::sync_wait(docs::Doc::load("a.txt"));
  std::printf("%s\n", d.text.c_str());
  std::printf("%s\n", asl::sync_wait(d.merge(docs::Doc())).c_str());
  std::printf("%s\n", asl::sync_wait(d.edit()).c_str());
  std::printf("words %d\n", asl::sync_wait(docs::first.words()));
  std::printf("page %d\n", asl::sync_wait(docs::Doc::Page().next()).number);
  std::printf("audit %d\n", asl::sync_wait(audit(Account(5))));
  std::printf("widget %d\n", asl::sync_wait(Widget().use()));
}
