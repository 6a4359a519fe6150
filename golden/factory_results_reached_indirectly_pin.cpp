// A factory of the program's whose named return value lets its address go
// (NRVO builds it in the machine's field: Big is returned in memory) pins
// the machine however its result reaches the field: through the standard
// library's invokers (std::invoke, std::apply, a std::function, std::visit,
// std::bind, std::mem_fn), which return what the function they call
// returns; as the overrider of a virtual function called; as the
// await_resume() of an await whose result initializes the local (also in
// a `?:` arm, an aggregate's member, a class template awaiter, a coroutine
// lambda); as a default member initializer; after a comma. Which function
// a library call reaches is not followed, so any factory of the same class
// counts; one of a class no factory keeps (Quiet) does not pin. The stack
// is written over before each resumption.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <tuple>
#include <variant>

static std::deque<std::function<void()>> resumers;

// Suspends until pump() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return 0; }
};

static int scribbled = 0;

// Writes over the stack below its caller, where a machine that started on
// the stack and moved left its dead copy, then resumes what waits from
// below that region, which no later call writes again.
__attribute__((noinline)) static void pump() {
  volatile char junk[16384];
  for (auto &c : junk)
    c = 0x55;
  while (!resumers.empty()) {
    std::function<void()> resume = std::move(resumers.front());
    resumers.pop_front();
    resume();
  }
  scribbled += junk[100];
}

// Returned in memory (40 bytes): NRVO builds a named return value in the
// caller's object.
struct Big {
  int v;
  int pad[9];
};
static const Big *g_big = nullptr;
__attribute__((noinline)) static void keep(const Big *b) { g_big = b; }

static Big make_named(int v) {
  Big b{v, {}};
  keep(&b);
  return b;
}
static std::function<Big(int)> maker = make_named;

struct Visitor {
  Big operator()(int v) const {
    Big b{v, {}};
    keep(&b);
    return b;
  }
};

struct Factory {
  int base;
  Big make(int v) const {
    Big b{base + v, {}};
    keep(&b);
    return b;
  }
};
static const Factory factory{0};

// The base's make() keeps nothing; the overrider called does.
struct Maker {
  virtual ~Maker() = default;
  virtual Big make(int v) const { return Big{v, {}}; }
};
struct KeepingMaker : Maker {
  Big make(int v) const override {
    Big b{v, {}};
    keep(&b);
    return b;
  }
};
static const KeepingMaker keeping_maker;
static const Maker &some_maker = keeping_maker;

// Completes at once; await_resume() is the factory.
struct BigReady {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  Big await_resume() const {
    Big b{v, {}};
    keep(&b);
    return b;
  }
};
template <class T> struct ReadyAs {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  T await_resume() const {
    T b{v, {}};
    keep(&b);
    return b;
  }
};

struct Holder {
  int tag;
  Big big;
};
struct WithBig {
  int tag = 0;
  Big big = make_named(13);
};

// No factory of Quiet keeps its address.
struct Quiet {
  int v;
  int pad[9];
};
static Quiet make_quiet(int v) {
  Quiet q{0, {}};
  q.v = v;
  return q;
}

static int ticks = 0;
static void tick() { ++ticks; }

// The state machine of through_invoke(), line 143. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct through_invoke_machine {
  through_invoke_machine() {}
  ~through_invoke_machine() {}

  // Built in its heap box from the start: 'make_named' (through the standard
  // library's 'invoke') may keep the address of what it makes, 'b' at line 144.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> through_invoke() {
  return asl::start<through_invoke_machine>();
}

inline void through_invoke_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(std::invoke(make_named, 1));

      // co_await Later{} (line 145)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of through_apply(), line 150. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct through_apply_machine {
  through_apply_machine() {}
  ~through_apply_machine() {}

  // Built in its heap box from the start: 'make_named' (through the standard
  // library's 'apply') may keep the address of what it makes, 'b' at line 151.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> through_apply() {
  return asl::start<through_apply_machine>();
}

inline void through_apply_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(std::apply(make_named, std::tuple<int>(2)));

      // co_await Later{} (line 152)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of through_function(), line 157. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct through_function_machine {
  through_function_machine() {}
  ~through_function_machine() {}

  // Built in its heap box from the start: 'make_named' (through the standard
  // library's 'function::operator()') may keep the address of what it makes,
  // 'b' at line 158.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> through_function() {
  return asl::start<through_function_machine>();
}

inline void through_function_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(maker(3));

      // co_await Later{} (line 159)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of through_visit(), line 164. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct through_visit_machine {
  through_visit_machine() {}
  ~through_visit_machine() {}

  // Built in its heap box from the start: 'make_named' (through the standard
  // library's 'visit') may keep the address of what it makes, 'b' at line 165.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> through_visit() {
  return asl::start<through_visit_machine>();
}

inline void through_visit_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(std::visit(Visitor{}, std::variant<int>(4)));

      // co_await Later{} (line 166)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of through_bind(), line 171. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct through_bind_machine {
  through_bind_machine() {}
  ~through_bind_machine() {}

  // Built in its heap box from the start: 'make_named' (through the standard
  // library's '_Bind::operator()') may keep the address of what it makes, 'b'
  // at line 172.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> through_bind() {
  return asl::start<through_bind_machine>();
}

inline void through_bind_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(std::bind(make_named, 5)());

      // co_await Later{} (line 173)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of through_mem_fn(), line 178. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct through_mem_fn_machine {
  through_mem_fn_machine() {}
  ~through_mem_fn_machine() {}

  // Built in its heap box from the start: 'make_named' (through the standard
  // library's '_Mem_fn_base::operator()') may keep the address of what it
  // makes, 'b' at line 179.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> through_mem_fn() {
  return asl::start<through_mem_fn_machine>();
}

inline void through_mem_fn_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(std::mem_fn(&Factory::make)(factory, 6));

      // co_await Later{} (line 180)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of virtual_overrider(), line 185. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct virtual_overrider_machine {
  virtual_overrider_machine() {}
  ~virtual_overrider_machine() {}

  // Built in its heap box from the start: 'make' may keep the address of what
  // it makes, 'b' at line 186.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> virtual_overrider() {
  return asl::start<virtual_overrider_machine>();
}

inline void virtual_overrider_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big(some_maker.make(7));

      // co_await Later{} (line 187)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of await_resume_result(), line 192. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct await_resume_result_machine {
  await_resume_result_machine() {}
  ~await_resume_result_machine() {}

  // Built in its heap box from the start: 'await_resume' may keep the address
  // of what it makes, 'b' at line 193.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    BigReady awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> await_resume_result() {
  return asl::start<await_resume_result_machine>();
}

inline void await_resume_result_machine::move_next() {
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
      // co_await BigReady{8} (line 193)
      ::new (asl::place(awaiter0_)) BigReady(BigReady{8});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(b)) Big(awaiter0_.await_resume());

      // co_await Later{} (line 194)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of await_resume_in_choice(), line 199. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct await_resume_in_choice_machine {
  explicit await_resume_in_choice_machine(bool &pick) : pick(std::move(pick)) {}
  ~await_resume_in_choice_machine() {}

  // Built in its heap box from the start: 'await_resume' may keep the address
  // of what it makes, 'b' at line 200.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    BigReady awaiter0_;
  };
  bool pick;
  union {
    bool condition0_;
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> await_resume_in_choice(bool pick) {
  return asl::start<await_resume_in_choice_machine>(pick);
}

inline void await_resume_in_choice_machine::move_next() {
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
      condition0_ = pick;
      if (condition0_) {
        // co_await BigReady{9} (line 200)
        ::new (asl::place(awaiter0_)) BigReady(BigReady{9});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      ::new (asl::place(b))
          Big(condition0_ ? awaiter0_.await_resume() : Big{90, {}});

      // co_await Later{} (line 201)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of await_resume_member(), line 206. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct await_resume_member_machine {
  await_resume_member_machine() {}
  ~await_resume_member_machine() {}

  // Built in its heap box from the start: 'await_resume' may keep the address
  // of what it makes, 'h' at line 207.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Holder h;
  };
  union {
    BigReady awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> await_resume_member() {
  return asl::start<await_resume_member_machine>();
}

inline void await_resume_member_machine::move_next() {
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
      h.tag = 0;
      // co_await BigReady{10} (line 207)
      ::new (asl::place(awaiter0_)) BigReady(BigReady{10});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(h.big)) Big(awaiter0_.await_resume());

      // co_await Later{} (line 208)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      h.big.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of await_resume_of_template(), line 213. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct await_resume_of_template_machine {
  await_resume_of_template_machine() {}
  ~await_resume_of_template_machine() {}

  // Built in its heap box from the start: 'await_resume' may keep the address
  // of what it makes, 'b' at line 214.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    ReadyAs<Big> awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> await_resume_of_template() {
  return asl::start<await_resume_of_template_machine>();
}

inline void await_resume_of_template_machine::move_next() {
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
      // co_await ReadyAs<Big>{11} (line 214)
      ::new (asl::place(awaiter0_)) ReadyAs<Big>(ReadyAs<Big>{11});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(b)) Big(awaiter0_.await_resume());

      // co_await Later{} (line 215)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

static auto await_resume_lambda = []() -> asl::Task<int> {
  // The state machine of the lambda, line 220. state_ is -1 while it runs, N
  // while it is suspended at co_await N, -2 once it has finished.
  struct lambda_machine {
    lambda_machine() {}
    ~lambda_machine() {}

    // Built in its heap box from the start: 'await_resume' may keep the address
    // of what it makes, 'b' at line 221.
    using relocatable = std::false_type;

    asl::task_builder<int> builder_;
    union {
      Big b;
    };
    union {
      BigReady awaiter0_;
      Later awaiter1_;
    };
    int state_ = -1;

    void move_next() {
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
          // co_await BigReady{12} (line 221)
          ::new (asl::place(awaiter0_)) BigReady(BigReady{12});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          ::new (asl::place(b)) Big(awaiter0_.await_resume());

          // co_await Later{} (line 222)
          ::new (asl::place(awaiter1_)) Later(Later{});
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter1_.await_resume();

          b.v += 100;
          builder_.set_result(g_big->v);
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

  return asl::start<lambda_machine>();
};

// The state machine of default_member_initializer(), line 227. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
struct default_member_initializer_machine {
  default_member_initializer_machine() {}
  ~default_member_initializer_machine() {}

  // Built in its heap box from the start: 'make_named' may keep the address of
  // what it makes, 'w' at line 228.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    WithBig w;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> default_member_initializer() {
  return asl::start<default_member_initializer_machine>();
}

inline void default_member_initializer_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(w)) WithBig;

      // co_await Later{} (line 229)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      w.big.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of after_comma(), line 234. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct after_comma_machine {
  after_comma_machine() {}
  ~after_comma_machine() {}

  // Built in its heap box from the start: 'make_named' may keep the address of
  // what it makes, 'b' at line 235.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> after_comma() {
  return asl::start<after_comma_machine>();
}

inline void after_comma_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(b)) Big((tick(), make_named(14)));

      // co_await Later{} (line 236)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// May start on the stack.
// The state machine of quiet_through_invoke(), line 242. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct quiet_through_invoke_machine {
  quiet_through_invoke_machine() {}
  ~quiet_through_invoke_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, Quiet> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  union {
    Quiet q;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> quiet_through_invoke() {
  return asl::start<quiet_through_invoke_machine>();
}

inline void quiet_through_invoke_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(q)) Quiet(std::invoke(make_quiet, 15));

      // co_await Later{} (line 244)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      q.v += 100;
      builder_.set_result(q.v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Starts a task in a frame below run()'s, which pump() then writes over.
__attribute__((noinline)) static asl::Task<int>
start(asl::Task<int> (*make)()) {
  return make();
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = start(make);
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

int main() {
  run("through_invoke", through_invoke);
  run("through_apply", through_apply);
  run("through_function", through_function);
  run("through_visit", through_visit);
  run("through_bind", through_bind);
  run("through_mem_fn", through_mem_fn);
  run("virtual_overrider", virtual_overrider);
  run("await_resume_result", await_resume_result);
  run("await_resume_in_choice", [] { return await_resume_in_choice(true); });
  run("await_resume_member", await_resume_member);
  run("await_resume_of_template", await_resume_of_template);
  run("await_resume_lambda", [] { return await_resume_lambda(); });
  run("default_member_initializer", default_member_initializer);
  run("after_comma", after_comma);
  run("quiet_through_invoke", quiet_through_invoke);
  std::printf("ticks %d\n", ticks);
}
