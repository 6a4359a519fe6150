// A C#-style order workflow: an abstract step interface with async virtual
// members, steps kept in a vector of unique_ptr, a saga that runs steps in
// order and compensates the completed ones in reverse when a later step
// fails (awaits in a reverse loop after a catch), a per-order timeline of
// RAII spans, an inventory guarded by an asl::Mutex, and an order state
// machine driven by a switch inside a while loop with awaits in cases.
// (Reserve's overrides are declared without `override`: with it, see
// test/probe2/out_of_line_override.cpp.)
#include <asl/mutex.h>
#include <asl/task.h>

#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

asl::Event tick;

struct Span {
  std::string what;
  explicit Span(std::string w) : what(std::move(w)) { std::printf("    [%s\n", what.c_str()); }
  ~Span() { std::printf("    %s]\n", what.c_str()); }
};

struct Inventory {
  asl::Mutex mutex;
  std::map<std::string, int> stock{{"apple", 5}, {"pear", 1}};
};

struct Order {
  int id;
  std::string item;
  int qty;
  long paid = 0;
  bool reserved = false;
};

class Step {
public:
  virtual ~Step() = default;
  virtual const char *name() const = 0;
  virtual asl::Task<void> run(Order &o) = 0;
  virtual asl::Task<void> undo(Order &o) = 0;
};

class Reserve : public Step {
public:
  explicit Reserve(Inventory &inv) : inv_(inv) {}
  const char *name() const { return "reserve"; }
  struct run_machine;
  ASL_ASYNC asl::Task<void> run(Order &o);
  struct undo_machine;
  ASL_ASYNC asl::Task<void> undo(Order &o);

private:
  Inventory &inv_;
};

// The state machine of Reserve::run(), line 59. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Reserve::run_machine {
  run_machine(Reserve *this_, Order &o) : this_(this_), o(o) {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::MutexLock, asl::event_awaiter, asl::lock_awaiter,
                       int *> &&
      !asl::usually_suspends<asl::lock_awaiter>;

  asl::task_builder<void> builder_;
  Reserve *this_;
  Order &o;
  union {
    asl::MutexLock lock;
  };
  int *left;
  union {
    asl::lock_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int state_ = -1;
  bool lock_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(lock, lock_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> Reserve::run(Order &o) {
  return asl::start<run_machine>(this, o);
}

inline void Reserve::run_machine::move_next() {
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
      // co_await inv_.mutex.lock() (line 60)
      ::new (asl::place(awaiter0_)) asl::lock_awaiter(this_->inv_.mutex.lock());
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
      ::new (asl::place(lock)) asl::MutexLock(awaiter0_.await_resume());
      lock_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      left = std::addressof(this_->inv_.stock[o.item]);

      // co_await tick (line 62)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(tick));
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

      if ((*left) < o.qty)
        throw std::runtime_error("out of " + o.item);
      (*left) -= o.qty;
      o.reserved = true;
      asl::destroy(lock, lock_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of Reserve::undo(), line 68. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Reserve::undo_machine {
  undo_machine(Reserve *this_, Order &o) : this_(this_), o(o) {}
  ~undo_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable = asl::relocatable<asl::lock_awaiter> &&
                                      !asl::usually_suspends<asl::lock_awaiter>;

  asl::task_builder<void> builder_;
  Reserve *this_;
  Order &o;
  union {
    asl::lock_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> Reserve::undo(Order &o) {
  return asl::start<undo_machine>(this, o);
}

inline void Reserve::undo_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await inv_.mutex.lock() (line 69)
      ::new (asl::place(awaiter0_)) asl::lock_awaiter(this_->inv_.mutex.lock());
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      asl::MutexLock lock = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      this_->inv_.stock[o.item] += o.qty;
      o.reserved = false;
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

class Charge : public Step {
public:
  const char *name() const override { return "charge"; }
  struct run_machine1;
  ASL_ASYNC asl::Task<void> run(Order &o) override;
  struct undo_machine1;
  ASL_ASYNC asl::Task<void> undo(Order &o) override;
};

// The state machine of Charge::run(), line 77. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Charge::run_machine1 {
  run_machine1(Charge *this_, Order &o) : this_(this_), o(o) {}
  ~run_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
  Charge *this_;
  Order &o;
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

inline asl::Task<void> Charge::run(Order &o) {
  return asl::start<run_machine1>(this, o);
}

inline void Charge::run_machine1::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await tick (line 78)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(tick));
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

      if (o.id == 3)
        throw std::runtime_error("card declined");
      o.paid = o.qty * 150L;
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of Charge::undo(), line 83. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Charge::undo_machine1 {
  undo_machine1(Charge *this_, Order &o) : this_(this_), o(o) {}
  ~undo_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
  Charge *this_;
  Order &o;
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

inline asl::Task<void> Charge::undo(Order &o) {
  return asl::start<undo_machine1>(this, o);
}

inline void Charge::undo_machine1::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await tick (line 84)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(tick));
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

      std::printf("    refund %ld\n", o.paid);
      o.paid = 0;
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

class Ship : public Step {
public:
  const char *name() const override { return "ship"; }
  struct run_machine2;
  ASL_ASYNC asl::Task<void> run(Order &o) override;
  struct undo_machine2;
  ASL_ASYNC asl::Task<void> undo(Order &) override;
};

// The state machine of Ship::run(), line 93. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Ship::run_machine2 {
  run_machine2(Ship *this_, Order &o) : this_(this_), o(o) {}
  ~run_machine2() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
  Ship *this_;
  Order &o;
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

inline asl::Task<void> Ship::run(Order &o) {
  return asl::start<run_machine2>(this, o);
}

inline void Ship::run_machine2::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await tick (line 94)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(tick));
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

      if (o.item == "pear" && o.qty > 0 && o.id == 4)
        throw std::logic_error("no courier");
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of Ship::undo(), line 98. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Ship::undo_machine2 {
  explicit undo_machine2(Ship *this_) : this_(this_) {}
  ~undo_machine2() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<void> builder_;
  Ship *this_;
  int state_ = -1;

  void move_next();
};

inline asl::Task<void> Ship::undo(Order &) {
  return asl::start<undo_machine2>(this);
}

inline void Ship::undo_machine2::move_next() {
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

// The state machine of saga(), line 101. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct saga_machine {
  saga_machine(std::vector<std::unique_ptr<Step>> &steps, Order &o)
      : steps(steps), o(o) {}
  ~saga_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'step' may be kept
  // (line 107).
  static constexpr bool relocatable = false;

  asl::task_builder<bool> builder_;
  std::vector<std::unique_ptr<Step>> &steps;
  Order &o;
  union {
    Span s;
  };
  std::size_t done;
  union {
    std::string failure;
  };
  std::vector<std::unique_ptr<Step>> *range_;
  union {
    std::vector<std::unique_ptr<Step>>::iterator begin_;
  };
  union {
    std::vector<std::unique_ptr<Step>>::iterator end_;
  };
  std::unique_ptr<Step> *step1;
  union {
    Span inner;
  };
  Step *step2;
  union {
    Span u;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
  };
  int state_ = -1;
  bool s_live_ = false;
  bool failure_live_ = false;
  bool inner_live_ = false;
  bool u_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(u, u_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(inner, inner_live_);
    asl::destroy(failure, failure_live_);
    asl::destroy(s, s_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<bool> saga(std::vector<std::unique_ptr<Step>> &steps,
                               Order &o) {
  return asl::start<saga_machine>(steps, o);
}

inline void saga_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(s)) Span("order " + std::to_string(o.id));
      s_live_ = true;

      done = 0;

      ::new (asl::place(failure)) std::string;
      failure_live_ = true;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(inner, inner_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        {
          range_ = std::addressof(steps);
          ::new (asl::place(begin_))
              std::vector<std::unique_ptr<Step>>::iterator((*range_).begin());
          ::new (asl::place(end_))
              std::vector<std::unique_ptr<Step>>::iterator((*range_).end());
          for (; begin_ != end_; ++begin_) {
            step1 = std::addressof(*begin_);
            {
              ::new (asl::place(inner)) Span((*step1)->name());
              inner_live_ = true;

              // co_await step->run(o) (line 108)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{(*step1)->run(o)};
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

              ++done;
              asl::destroy(inner, inner_live_);
            }
          }
        }

      } catch (const std::exception &e) {
        failure = e.what();
      }
      if (failure.empty()) {
        builder_.set_result(true);
        asl::destroy(failure, failure_live_);
        asl::destroy(s, s_live_);
        unwind_.release();
        goto finish_;
      }

      std::printf("    failed: %s, undoing %zu\n", failure.c_str(), done);
      while (done > 0) {
        step2 = std::addressof(*steps[--done]);

        ::new (asl::place(u)) Span(std::string("undo ") + (*step2).name());
        u_live_ = true;

        // co_await step.undo(o) (line 120)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{(*step2).undo(o)};
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

        asl::destroy(u, u_live_);
      }
      builder_.set_result(false);
      asl::destroy(failure, failure_live_);
      asl::destroy(s, s_live_);
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

enum class Phase { New, Running, Done, Failed };

// The state machine of process(), line 127. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct process_machine {
  process_machine(Inventory &inv, std::vector<Order> &orders)
      : orders(std::move(orders)), inv(inv) {}
  ~process_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'steps' may be kept
  // (line 129).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<Order> orders;
  Inventory &inv;
  union {
    std::vector<std::unique_ptr<Step>> steps;
  };
  std::vector<Order> *range_;
  union {
    std::vector<Order>::iterator begin_;
  };
  union {
    std::vector<Order>::iterator end_;
  };
  Order *o;
  union {
    asl::task_awaiter<bool> awaiter0_;
  };
  int ok;
  Phase phase;
  int state_ = -1;
  bool steps_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(steps, steps_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> process(Inventory &inv, std::vector<Order> orders) {
  return asl::start<process_machine>(inv, orders);
}

inline void process_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(steps)) std::vector<std::unique_ptr<Step>>;
      steps_live_ = true;

      steps.push_back(std::make_unique<Reserve>(inv));
      steps.push_back(std::make_unique<Charge>());
      steps.push_back(std::make_unique<Ship>());
      ok = 0;

      {
        range_ = std::addressof(orders);
        ::new (asl::place(begin_))
            std::vector<Order>::iterator((*range_).begin());
        ::new (asl::place(end_)) std::vector<Order>::iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          o = std::addressof(*begin_);
          {
            phase = Phase::New;

            while (phase != Phase::Done && phase != Phase::Failed) {
              switch (phase) {
              case Phase::New:
                std::printf("  order %d: %d x %s\n", (*o).id, (*o).qty,
                            (*o).item.c_str());
                phase = Phase::Running;
                break;
              case Phase::Running:
                // co_await saga(steps, o) (line 142)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<bool>{saga(steps, (*o))};
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
                phase = awaiter0_.await_resume() ? Phase::Done : Phase::Failed;
                asl::destroy(awaiter0_, awaiter0_live_);

                break;
              default:
                break;
              }
            }
            ok += phase == Phase::Done;
            std::printf("  order %d %s paid=%ld reserved=%d\n", (*o).id,
                        phase == Phase::Done ? "done" : "failed", (*o).paid,
                        (*o).reserved);
          }
        }
      }

      builder_.set_result(std::move(ok));
      asl::destroy(steps, steps_live_);
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
  Inventory inv;
  asl::Task<int> t = process(inv, {{1, "apple", 2}, {2, "pear", 3}, {3, "apple", 1},
                                   {4, "pear", 1}, {5, "apple", 2}});
  int rounds = 0;
  while (!t.is_ready()) {
    ++rounds;
    tick.set();
    tick.reset();
  }
  std::printf("ok %d rounds %d apple %d pear %d\n", asl::sync_wait(std::move(t)), rounds,
              inv.stock["apple"], inv.stock["pear"]);
}
