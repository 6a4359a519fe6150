// C#-style service: const async members, awaits in call arguments, tasks held
// in variables and awaited later, events in an array.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <vector>

struct Trace {
  std::string n;
  explicit Trace(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Trace(const Trace &o) : n(o.n + "'") {
    std::printf("  +%s (copy)\n", n.c_str());
  }
  ~Trace() { std::printf("  -%s\n", n.c_str()); }
};

static int combine(int a, int b, const std::string &tag) {
  std::printf("  combine(%d, %d, %s)\n", a, b, tag.c_str());
  return a * 10 + b;
}

class PriceService {
public:
  explicit PriceService(asl::Event *gates) : gates_(gates) {}
  struct price_machine;
  ASL_ASYNC asl::Task<int> price(int id) const;
  struct quote_machine;
  ASL_ASYNC asl::Task<int> quote(int a, int b) const;

private:
  asl::Event *gates_;
  int base_ = 1;
};

// The state machine of PriceService::price(), line 28. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct PriceService::price_machine {
  price_machine(const PriceService *this_, int &id)
      : this_(this_), id(std::move(id)) {}
  ~price_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Trace, asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const PriceService *this_;
  union {
    Trace t;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int id;
  int state_ = -1;
  bool t_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(t, t_live_);
  }

  void move_next();
};

inline asl::Task<int> PriceService::price(int id) const {
  return asl::start<price_machine>(this, id);
}

inline void PriceService::price_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(t)) Trace("price" + std::to_string(id));
      t_live_ = true;

      std::printf("  price(%d) waits gate %d\n", id, id % 3);
      // co_await gates_[id % 3] (line 31)
      ::new (asl::place(awaiter0_))
          asl::event_awaiter(asl::get_awaiter(this_->gates_[id % 3]));
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

      std::printf("  price(%d) resumes\n", id);
      builder_.set_result(id * 3 + this_->base_);
      asl::destroy(t, t_live_);
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

// The state machine of PriceService::quote(), line 35. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct PriceService::quote_machine {
  quote_machine(const PriceService *this_, int &a, int &b)
      : this_(this_), a(std::move(a)), b(std::move(b)) {}
  ~quote_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Trace, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  const PriceService *this_;
  union {
    Trace q;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int a;
  int b;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool q_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(q, q_live_);
  }

  void move_next();
};

inline asl::Task<int> PriceService::quote(int a, int b) const {
  return asl::start<quote_machine>(this, a, b);
}

inline void PriceService::quote_machine::move_next() {
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
      ::new (asl::place(q)) Trace("quote");
      q_live_ = true;

      // co_await price(a) (line 37)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{this_->price(a)};
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
      spill0_ = awaiter0_.await_resume();
      // co_await price(b) (line 37)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{this_->price(b)};
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
      spill1_ = awaiter1_.await_resume();
      builder_.set_result(
          combine(spill0_, spill1_, std::string("q") + std::to_string(a + b)));
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(q, q_live_);
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

// The state machine of checkout(), line 46. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct checkout_machine {
  checkout_machine(const PriceService &svc, std::vector<int> &ids)
      : ids(std::move(ids)), svc(svc) {}
  ~checkout_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ids' may be kept
  // (line 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<int> ids;
  const PriceService &svc;
  union {
    Trace c;
  };
  union {
    asl::Task<int> first;
  };
  union {
    asl::Task<int> pair;
  };
  union {
    asl::task_ref_awaiter<int> awaiter0_;
    asl::task_ref_awaiter<int> awaiter1_;
  };
  int total;
  int state_ = -1;
  bool c_live_ = false;
  bool first_live_ = false;
  bool pair_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(pair, pair_live_);
    asl::destroy(first, first_live_);
    asl::destroy(c, c_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> checkout(const PriceService &svc,
                                  std::vector<int> ids) {
  return asl::start<checkout_machine>(svc, ids);
}

inline void checkout_machine::move_next() {
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
      ::new (asl::place(c)) Trace("checkout");
      c_live_ = true;

      ::new (asl::place(first)) asl::Task<int>(svc.price(ids[0]));
      first_live_ = true;

      ::new (asl::place(pair)) asl::Task<int>(svc.quote(ids[1], ids[2]));
      pair_live_ = true;

      std::printf("  checkout: both started\n");
      // co_await pair (line 52)
      ::new (asl::place(awaiter0_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(pair));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      total = awaiter0_.await_resume();

      std::printf("  checkout: pair=%d\n", total);
      // co_await first (line 54)
      ::new (asl::place(awaiter1_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(first));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      total += awaiter1_.await_resume();

      std::printf("  checkout: total=%d\n", total);
      builder_.set_result(std::move(total));
      asl::destroy(pair, pair_live_);
      asl::destroy(first, first_live_);
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

int main() {
  asl::Event gates[3];
  PriceService svc(gates);
  asl::Task<int> t = checkout(svc, {3, 4, 5});
  std::printf("main: ready=%d\n", (int)t.is_ready());
  for (int i : {2, 0, 1}) {
    std::printf("main: set gate %d\n", i);
    gates[i].set();
  }
  std::printf("main: result %d\n", asl::sync_wait(std::move(t)));
}
