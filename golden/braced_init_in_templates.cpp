// Checks that a local kept across an await and initialized from a braced
// list keeps its list in every template context: clang's AST of a
// template leaves the braces out of a class's constructor call (`Point
// pt{1, 2};`), so the machine must find them after the variable's name.
// Shapes: two elements, one, empty braces (value-initialization), nested
// braces, `T x{...}` with a dependent and a non-dependent T, an alias, an
// array, an aggregate with a base, a reference extending a braced
// temporary, an init-capture, in a function template, a generic coroutine
// lambda, an async member template, a class template's async member and a
// coroutine lambda inside a function template.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;
// The state machine of later(), line 16. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  later_machine() {}
  ~later_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
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

ASL_ASYNC asl::Task<void> later() { return asl::start<later_machine>(); }

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    { // co_await ready (line 16)
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
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

struct Point {
  Point(int a, int b) : x(a), y(b) {}
  int x, y;
};
struct One {
  explicit One(int a) : v(a) {}
  int v;
};
class Zeroed { // value-initialized by `{}`: zero first
public:
  Zeroed() = default;
  int get() const { return v; }

private:
  int v;
};
struct Line {
  Line(Point a, Point b) : from(a), to(b) {}
  Point from, to;
};
struct Base {
  int b;
};
struct Derived : Base {
  int d;
};
using Alias = Point;

template <class T, class P> struct function_template_machine;

template <class T, class P = Point>
ASL_ASYNC asl::Task<int> function_template(T k) {
  return asl::start<function_template_machine<T, P>>(k);
}

struct Holder {
  template <class T> struct member_template_machine;

  template <class T> ASL_ASYNC asl::Task<int> member_template(T k) {
    return asl::start<member_template_machine<T>>(this, k);
  }
};

template <class T> struct Box {
  T k;
  struct member_machine;
  ASL_ASYNC asl::Task<int> member() { return asl::start<member_machine>(this); }
};

// The state machine of generic_lambda(), line 85. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct generic_lambda_machine {
  // The closure of the coroutine lambda on line 86, as a class the machine can
  // keep.
  struct body_closure {
    template <class auto0_> asl::Task<int> operator()(auto0_ k) const {
      // The state machines of the lambda, line 86, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(k), int>) {
        // The state machine of the lambda, line 86. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct body_machine {
          explicit body_machine(int &k) : k(std::move(k)) {}
          ~body_machine() { destroy_live(); }

          // Built in its heap box from the start: a constructor of 'Point' may
          // keep the address of 'pt' at line 87.
          using relocatable [[maybe_unused]] = std::false_type;

          asl::task_builder<int> builder_;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int k;
          union {
            Point pt;
          };
          union {
            One one;
          };
          union {
            Line line;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                ::new (asl::place(pt)) Point{1, 2};

                ::new (asl::place(one)) One{3};

                ::new (asl::place(line)) Line{{4, 5}, {6, 7}};

                // co_await later() (line 90)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

                builder_.set_result(pt.x + pt.y + one.v + line.to.y + k);
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

        return asl::start<body_machine>(k);
      }
    }
  };

  generic_lambda_machine() {}
  ~generic_lambda_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'body' may be kept
  // (line 93).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    body_closure body;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> generic_lambda() {
  return asl::start<generic_lambda_machine>();
}

inline void generic_lambda_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(body)) body_closure{};

      // co_await body(100) (line 93)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{body(100)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
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

template <class T> struct lambda_in_template_machine;

template <class T> ASL_ASYNC asl::Task<int> lambda_in_template(T k) {
  return asl::start<lambda_in_template_machine<T>>(k);
}

static void run(const char *name, asl::Task<int> task) {
  ready.reset();
  ready.set();
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("function_template", function_template(1000));
  run("member_template", Holder{}.member_template(1000));
  Box<int> box{1000};
  run("class_template_member", box.member());
  run("generic_lambda", generic_lambda());
  run("lambda_in_template", lambda_in_template(1000));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// For function_template<int, Point>(), functions making the lambdas whose
// closures its machine keeps (C++17 names a closure type only as what a
// function returns).
struct function_template_locals {
  using T = int;
  using P = Point;

  // The lambda on line 58, built at where.
  static auto *f_lambda(void *where) {
    return ::new (where) auto([p = Point{19, 20}] { return p.x + p.y; });
  }
};

// The state machine of function_template<int, Point>(), line 47. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <>
struct function_template_machine<int, Point> : function_template_locals {
  // The template's parameters, which the body names.
  using T = int;
  using P = Point;

  using f_closure = std::remove_pointer_t<decltype(f_lambda(nullptr))>;

  explicit function_template_machine(int &k) : k(std::move(k)) {}
  ~function_template_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'zero' may be kept
  // (line 60).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  int k;
  union {
    Point pt;
  };
  union {
    Point dependent;
  };
  union {
    One one;
  };
  union {
    Zeroed zero;
  };
  union {
    Line line;
  };
  int t;
  union {
    Alias alias;
  };
  union {
    Point points[2];
  };
  union {
    Derived derived;
  };
  union {
    const Point ref;
  };
  union {
    f_closure f;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void function_template_machine<int, Point>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(pt)) Point{1, 2};

      ::new (asl::place(dependent)) Point{21, 22};

      ::new (asl::place(one)) One{3};

      ::new (asl::place(zero)) Zeroed{};

      ::new (asl::place(line)) Line{{4, 5}, {6, 7}};

      t = {static_cast<T>(8)};

      ::new (asl::place(alias)) Alias{9, 10};

      ::new (asl::place(points)) Point[2]{{11, 12}, {13, 14}};

      ::new (asl::place(derived)) Derived{{15}, 16};

      ::new (asl::place(ref)) const Point{17, 18};

      f_lambda(asl::place(f));

      // co_await later() (line 59)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      builder_.set_result(pt.x + pt.y + one.v + zero.get() + line.from.x +
                          line.to.y + static_cast<int>(t) + alias.x + alias.y +
                          points[1].y + derived.b + derived.d + ref.x + ref.y +
                          f() + dependent.y + static_cast<int>(k));
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

// The state machine of Holder::member_template<int>(), line 66. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct Holder::member_template_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  member_template_machine(Holder *this_, int &k)
      : this_(this_), k(std::move(k)) {}
  ~member_template_machine() { destroy_live(); }

  // Built in its heap box from the start: a constructor of 'Point' may keep the
  // address of 'pt' at line 67.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Holder *this_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  int k;
  union {
    Point pt;
  };
  union {
    One one;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Holder::member_template_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(pt)) Point{1, 2};

      ::new (asl::place(one)) One{3};

      // co_await later() (line 69)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      builder_.set_result(pt.x + pt.y + one.v + static_cast<int>(k));
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

// The state machine of Box<int>::member(), line 76. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<int>::member_machine {
  // The template's parameters, which the body names.
  using T = int;

  explicit member_machine(Box<int> *this_) : this_(this_) {}
  ~member_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'zero' may be kept
  // (line 81).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Box<int> *this_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    Point pt;
  };
  union {
    Zeroed zero;
  };
  int t;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Box<int>::member_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(pt)) Point{1, 2};

      ::new (asl::place(zero)) Zeroed{};

      t = {this_->k};

      // co_await later() (line 80)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      builder_.set_result(pt.x + pt.y + zero.get() + static_cast<int>(t));
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

// The state machine of lambda_in_template<int>(), line 96. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct lambda_in_template_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 97, as a class the machine can
  // keep.
  struct body_closure1 {
    int k;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 97. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct body_cmachine {
        explicit body_cmachine(const int &k) : k(k) {}
        ~body_cmachine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'derived' may be
        // kept (line 101).
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        const int &k;
        union {
          asl::task_awaiter<void> awaiter0_;
        };
        union {
          Point pt;
        };
        union {
          Derived derived;
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
              ::new (asl::place(pt)) Point{1, 2};

              ::new (asl::place(derived)) Derived{{3}, 4};

              // co_await later() (line 100)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

              builder_.set_result(pt.x + pt.y + derived.b + derived.d +
                                  static_cast<int>(k));
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

      return asl::start<body_cmachine>(k);
    }
  };

  explicit lambda_in_template_machine(int &k) : k(std::move(k)) {}
  ~lambda_in_template_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 97 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int k;
  union {
    body_closure1 body;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void lambda_in_template_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(body)) body_closure1{k};

      // co_await body() (line 103)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{body()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
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
