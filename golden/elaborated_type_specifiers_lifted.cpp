// Checks locals declared C style, with an elaborated type specifier
// (`struct stat_info a{5, 1};`, `struct tm when = {};`, `union`, `enum`,
// `class`), living across awaits: built in place in their fields, braced,
// copy-list-initialized, default-initialized and value-initialized, also
// in a function template and an array of them.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <ctime>

struct stat_info {
  int size;
  int mode;
};

union number {
  int whole;
  float part;
};

enum color { red, green, blue };

class counter {
public:
  int count = 0;
};

// The state machine of c_style(), line 29. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct c_style_machine {
  explicit c_style_machine(asl::Event &ready) : ready(ready) {}
  ~c_style_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, class counter, enum color,
                       struct stat_info, struct stat_info[2], struct tm,
                       union number> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    struct tm when;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  union {
    struct stat_info braced;
  };
  union {
    struct stat_info copied;
  };
  union {
    struct stat_info assigned;
  };
  union {
    union number n;
  };
  enum color hue;
  union {
    class counter calls;
  };
  union {
    struct stat_info pair[2];
  };
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

ASL_ASYNC asl::Task<int> c_style(asl::Event &ready) {
  return asl::start<c_style_machine>(ready);
}

inline void c_style_machine::move_next() {
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
      ::new (asl::place(braced)) asl::type_identity_t<struct stat_info>{5, 1};

      ::new (asl::place(copied)) asl::type_identity_t<struct stat_info>{6, 2};

      ::new (asl::place(assigned)) asl::type_identity_t<struct stat_info>;

      assigned.size = 7;
      ::new (asl::place(when)) asl::type_identity_t<struct tm>{};

      when.tm_year = 126;
      ::new (asl::place(n)) asl::type_identity_t<union number>{4};

      hue = green;

      ::new (asl::place(calls)) asl::type_identity_t<class counter>;

      ::new (asl::place(pair))
          asl::type_identity_t<struct stat_info[2]>{{1, 1}, {2, 2}};

      // co_await ready (line 40)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      ++calls.count;
      // co_await ready (line 42)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("year %d, hue %d, calls %d, pair %d\n", when.tm_year + 1900,
                  static_cast<int>(hue), calls.count,
                  pair[0].size + pair[1].size);
      builder_.set_result(braced.size + copied.size + assigned.size + n.whole);
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

template <class T> struct templated_machine;

template <class T>
ASL_ASYNC asl::Task<int> templated(asl::Event &ready, T extra) {
  return asl::start<templated_machine<T>>(ready, extra);
}

int main() {
  asl::Event ready;
  auto a = c_style(ready);
  auto b = templated(ready, 3L);
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of templated<long>(), line 49. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct templated_machine<long> {
  // The template's parameters, which the body names.
  using T = long;

  templated_machine(asl::Event &ready, long &extra)
      : ready(ready), extra(std::move(extra)) {}
  ~templated_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long, struct stat_info> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  long extra;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    struct stat_info info;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void templated_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(info))
          asl::type_identity_t<struct stat_info>{static_cast<int>(extra), 0};

      // co_await ready (line 51)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(info.size);
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
