// Checks a member function called through an overloaded operator-> with a
// co_await in its arguments (`w->area(co_await n)`): C++17 evaluates the
// object expression, the operator-> calls included, before the arguments, so
// the pointer operator-> returns is kept across the await and the call made
// on it. A drill-down through a class returned by value keeps that object
// alive to the end of the full-expression, after the await; one through a
// reference does not copy; such a proxy in an awaited operand or in an
// operand saved before an await is kept the same way. std::unique_ptr,
// std::shared_ptr, container iterators, a user class, an await in the
// object, a default argument that creates a temporary, and a member of
// `this`.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::printf("  suspend %d\n", value);
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct Tag {
  const char *name;
  Tag(const char *n) : name(n) {}
  ~Tag() { std::printf("  ~Tag(%s)\n", name); }
};

struct W {
  int size;
  int area(int k) const { return size * k; }
  void grow(int k, int j) { size += k + j; }
  void label(int k, const Tag &t = Tag("default")) {
    std::printf("  label %d %s\n", k, t.name);
  }
  struct scaled_machine;
  ASL_ASYNC asl::Task<int> scaled(int k) const;
};

// The state machine of W::scaled(), line 50. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct W::scaled_machine {
  scaled_machine(const W *this_, int &k) : this_(this_), k(std::move(k)) {}
  ~scaled_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  const W *this_;
  int k;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> W::scaled(int k) const {
  return asl::start<scaled_machine>(this, k);
}

inline void W::scaled_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(k) (line 51)
      ::new (asl::place(awaiter0_)) Later(later(k));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(this_->size * k);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// A user handle whose operator-> says when it runs.
struct Handle {
  W *w;
  W *operator->() const {
    std::printf("  Handle->\n");
    return w;
  }
};

// A drill-down through a proxy returned by value.
struct Proxy {
  W *w;
  W *operator->() const {
    std::printf("  Proxy->\n");
    return w;
  }
  ~Proxy() { std::printf("  ~Proxy\n"); }
};
struct Locked {
  W *w;
  Proxy operator->() const {
    std::printf("  Locked->\n");
    return Proxy{w};
  }
};

// A drill-down through a reference.
struct Outer {
  Handle h;
  const Handle &operator->() const {
    std::printf("  Outer->\n");
    return h;
  }
};

// The state machine of makeW(), line 90. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct makeW_machine {
  explicit makeW_machine(int &v) : v(std::move(v)) {}
  ~makeW_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<std::unique_ptr<W>> builder_;
  int v;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::unique_ptr<W>> makeW(int v) {
  return asl::start<makeW_machine>(v);
}

inline void makeW_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(v) (line 91)
      ::new (asl::place(awaiter0_)) Later(later(v));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::make_unique<W>(W{v}));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of run(), line 95. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'target' may be kept
  // (line 98).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Handle h;
  };
  union {
    Locked l;
  };
  union {
    Outer o;
  };
  union {
    std::unique_ptr<W> p;
  };
  union {
    std::map<std::string, W> m;
  };
  union {
    std::map<std::string, W>::iterator it;
  };
  union {
    std::vector<W> v;
  };
  union {
    const W *spill0_;
    Proxy temporary1_;
    const W *spill3_;
    Proxy temporary4_;
    Proxy temporary5_;
    W *spill7_;
    W *spill9_;
    const W *spill10_;
    std::unique_ptr<W> temporary13_;
    const W *spill15_;
    std::vector<W>::iterator temporary16_;
  };
  union {
    Later awaiter0_;
    const W *spill2_;
    Later awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    int spill6_;
    int spill8_;
    Later awaiter7_;
    int spill11_;
    const W *spill14_;
    Later awaiter12_;
    const W *spill17_;
  };
  union {
    Later awaiter1_;
    Later awaiter4_;
    Later awaiter5_;
    const W *spill12_;
    asl::task_awaiter<std::unique_ptr<W>> awaiter10_;
    Later awaiter13_;
  };
  union {
    W target;
  };
  int a;
  int b;
  int c;
  int c2;
  int c3;
  int d;
  int e;
  int f;
  union {
    Later awaiter6_;
    Later awaiter8_;
    Later awaiter11_;
  };
  union {
    Later awaiter9_;
  };
  int state_ = -1;
  bool p_live_ = false;
  bool m_live_ = false;
  bool v_live_ = false;
  bool temporary1_live_ = false;
  bool temporary4_live_ = false;
  bool temporary5_live_ = false;
  bool temporary13_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter10_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(v, v_live_);
    asl::destroy(m, m_live_);
    asl::destroy(temporary13_, temporary13_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(p, p_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(temporary1_, temporary1_live_);
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
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    default:
      break;
    }
    {
      ::new (asl::place(target)) W{3};

      std::printf("handle\n");
      ::new (asl::place(h)) Handle{&target};

      spill0_ = (h).operator->();
      // co_await later(2) (line 99)
      ::new (asl::place(awaiter0_)) Later(later(2));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = spill0_->area(awaiter0_.await_resume());

      std::printf("drill-down by value\n");
      ::new (asl::place(l)) Locked{&target};

      ::new (asl::place(temporary1_)) Proxy((l).operator->());
      temporary1_live_ = true;
      spill2_ = (temporary1_).operator->();
      // co_await later(4) (line 102)
      ::new (asl::place(awaiter1_)) Later(later(4));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = spill2_->area(awaiter1_.await_resume());
      asl::destroy(temporary1_, temporary1_live_);

      std::printf("drill-down by reference\n");
      ::new (asl::place(o)) Outer{Handle{&target}};

      spill3_ = (o).operator->().operator->();
      // co_await later(5) (line 105)
      ::new (asl::place(awaiter2_)) Later(later(5));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = spill3_->area(awaiter2_.await_resume());

      std::printf("drill-down in an awaited operand, before an await\n");
      ::new (asl::place(temporary4_)) Proxy((l).operator->());
      temporary4_live_ = true;
      // co_await l->scaled(2) (line 107)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{temporary4_->scaled(2)};
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
      c2 = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(temporary4_, temporary4_live_);

      ::new (asl::place(temporary5_)) Proxy((l).operator->());
      temporary5_live_ = true;
      spill6_ = temporary5_->area(2);
      // co_await later(3) (line 108)
      ::new (asl::place(awaiter4_)) Later(later(3));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c3 = spill6_ + awaiter4_.await_resume();
      asl::destroy(temporary5_, temporary5_live_);

      std::printf("unique_ptr\n");
      ::new (asl::place(p)) std::unique_ptr<W>(std::make_unique<W>(W{7}));
      p_live_ = true;

      spill7_ = (p).operator->();
      // co_await later(1) (line 111)
      ::new (asl::place(awaiter5_)) Later(later(1));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill8_ = awaiter5_.await_resume();
      // co_await later(2) (line 111)
      ::new (asl::place(awaiter6_)) Later(later(2));
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill7_->grow(spill8_, awaiter6_.await_resume());

      spill9_ = (p).operator->();
      // co_await later(6) (line 112)
      ::new (asl::place(awaiter7_)) Later(later(6));
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill9_->label(awaiter7_.await_resume());

      spill10_ = (p).operator->();
      // co_await later(1) (line 113)
      ::new (asl::place(awaiter8_)) Later(later(1));
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill11_ = spill10_->area(awaiter8_.await_resume());
      spill12_ = (h).operator->();
      // co_await later(1) (line 113)
      ::new (asl::place(awaiter9_)) Later(later(1));
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = spill11_ + spill12_->area(awaiter9_.await_resume());

      std::printf("await in the object\n");
      // co_await makeW(6) (line 115)
      ::new (asl::place(awaiter10_))
          asl::task_awaiter<std::unique_ptr<W>>{makeW(6)};
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
      ::new (asl::place(temporary13_))
          std::unique_ptr<W>((awaiter10_.await_resume()));
      temporary13_live_ = true;
      spill14_ = (temporary13_).operator->();
      // co_await later(2) (line 115)
      ::new (asl::place(awaiter11_)) Later(later(2));
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = spill14_->area(awaiter11_.await_resume());
      asl::destroy(temporary13_, temporary13_live_);
      asl::destroy(awaiter10_, awaiter10_live_);

      std::printf("iterators\n");
      ::new (asl::place(m)) std::map<std::string, W>{{"k", W{9}}};
      m_live_ = true;

      ::new (asl::place(it)) std::map<std::string, W>::iterator(m.find("k"));

      spill15_ = std::addressof(it->second);
      // co_await later(3) (line 119)
      ::new (asl::place(awaiter12_)) Later(later(3));
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      f = (*spill15_).area(awaiter12_.await_resume());

      ::new (asl::place(v)) std::vector<W>{W{11}};
      v_live_ = true;

      ::new (asl::place(temporary16_)) std::vector<W>::iterator(v.begin());
      spill17_ = (temporary16_).operator->();
      // co_await later(2) (line 121)
      ::new (asl::place(awaiter13_)) Later(later(2));
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        unwind_.release();
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int g = spill17_->area(awaiter13_.await_resume());

      std::printf("%d %d %d %d %d %d %d %d %d %d\n", a, b, c, c2, c3, p->size,
                  d, e, f, g);
      builder_.set_result(a + b + c + c2 + c3 + d + e + f + g);
      asl::destroy(v, v_live_);
      asl::destroy(m, m_live_);
      asl::destroy(p, p_live_);
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

struct Svc {
  int base;
  struct fetch_machine;
  ASL_ASYNC asl::Task<int> fetch(int id) const;
};

// The state machine of Svc::fetch(), line 129. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Svc::fetch_machine {
  fetch_machine(const Svc *this_, int &id) : this_(this_), id(std::move(id)) {}
  ~fetch_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  const Svc *this_;
  int id;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Svc::fetch(int id) const {
  return asl::start<fetch_machine>(this, id);
}

inline void Svc::fetch_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(id) (line 130)
      ::new (asl::place(awaiter0_)) Later(later(id));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(this_->base + id);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Client {
  std::shared_ptr<Svc> svc;
  struct call_machine;
  ASL_ASYNC asl::Task<int> call(int id);
};

// The state machine of Client::call(), line 137. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Client::call_machine {
  call_machine(Client *this_, int &id) : this_(this_), id(std::move(id)) {}
  ~call_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Later, asl::task_awaiter<int>, const Svc *, int>;

  asl::task_builder<int> builder_;
  Client *this_;
  union {
    const Svc *spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int id;
  union {
    Later awaiter1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> Client::call(int id) {
  return asl::start<call_machine>(this, id);
}

inline void Client::call_machine::move_next() {
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
      spill0_ = (this_->svc).operator->();
      // co_await later(id) (line 138)
      ::new (asl::place(awaiter1_)) Later(later(id));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      // co_await svc->fetch(co_await later(id)) (line 138)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{spill0_->fetch(awaiter1_.await_resume())};
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

static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

int main() {
  asl::Task<int> t = run();
  drain();
  std::printf("run %d\n", asl::sync_wait(std::move(t)));
  Client client{std::make_shared<Svc>(Svc{100})};
  asl::Task<int> u = client.call(21);
  drain();
  std::printf("call %d\n", asl::sync_wait(std::move(u)));
}
