// A C#-style pipeline on a ThreadPool: stages hop to the pool, a Mutex
// guards a shared ledger, when_all joins a vector of tasks, when_any picks
// the first of a pair, Task<void> stages, move-only results, tasks stored
// in a std::vector and an array, events in an array.
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Ledger {
  asl::Mutex mutex;
  std::map<std::string, long> totals;
};

struct Order {
  std::string customer;
  int qty;
  long cents;
};

// The state machine of parse(), line 28. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct parse_machine {
  parse_machine(asl::ThreadPool &pool, std::string &line)
      : line(std::move(line)), pool(pool) {}
  ~parse_machine() {}

  // Built in its heap box from the start: the address of 'line' may be kept
  // (line 30).
  static constexpr bool relocatable = false;

  asl::task_builder<std::unique_ptr<Order>> builder_;
  std::string line;
  asl::ThreadPool &pool;
  union {
    asl::ThreadPool::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::unique_ptr<Order>> parse(asl::ThreadPool &pool,
                                                  std::string line) {
  return asl::start<parse_machine>(pool, line);
}

inline void parse_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await pool.schedule() (line 29)
      ::new (asl::place(awaiter0_))
          asl::ThreadPool::schedule_awaiter(pool.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      auto at = line.find(':');
      auto comma = line.find(',');
      auto o = std::make_unique<Order>();
      o->customer = line.substr(0, at);
      o->qty = std::stoi(line.substr(at + 1, comma - at - 1));
      o->cents = std::stol(line.substr(comma + 1));
      builder_.set_result(std::move(o));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of book(), line 39. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct book_machine {
  book_machine(asl::ThreadPool &pool, Ledger &ledger, std::string &line)
      : line(std::move(line)), pool(pool), ledger(ledger) {}
  ~book_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'line' may be kept
  // (line 40).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  std::string line;
  asl::ThreadPool &pool;
  Ledger &ledger;
  union {
    std::unique_ptr<Order> order;
  };
  union {
    asl::MutexLock held;
  };
  union {
    asl::task_awaiter<std::unique_ptr<Order>> awaiter0_;
    asl::ThreadPool::schedule_awaiter awaiter1_;
    asl::lock_awaiter awaiter2_;
  };
  int state_ = -1;
  bool order_live_ = false;
  bool held_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(held, held_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(order, order_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> book(asl::ThreadPool &pool, Ledger &ledger,
                               std::string line) {
  return asl::start<book_machine>(pool, ledger, line);
}

inline void book_machine::move_next() {
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
      // co_await parse(pool, std::move(line)) (line 40)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<std::unique_ptr<Order>>{
          parse(pool, std::move(line))};
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
      ::new (asl::place(order))
          std::unique_ptr<Order>(awaiter0_.await_resume());
      order_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await pool.schedule() (line 41)
      ::new (asl::place(awaiter1_))
          asl::ThreadPool::schedule_awaiter(pool.schedule());
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

      // co_await ledger.mutex.lock() (line 42)
      ::new (asl::place(awaiter2_)) asl::lock_awaiter(ledger.mutex.lock());
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
      ::new (asl::place(held)) asl::MutexLock(awaiter2_.await_resume());
      held_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      ledger.totals[order->customer] += order->qty * order->cents;
      asl::destroy(held, held_live_);
      asl::destroy(order, order_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of gated(), line 46. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct gated_machine {
  gated_machine(std::array<asl::Event, 3> &gates, int &i)
      : gates(gates), i(std::move(i)) {}
  ~gated_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  std::array<asl::Event, 3> &gates;
  union {
    asl::event_awaiter awaiter0_;
  };
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> gated(std::array<asl::Event, 3> &gates, int i) {
  return asl::start<gated_machine>(gates, i);
}

inline void gated_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await gates[i] (line 47)
      ::new (asl::place(awaiter0_))
          asl::event_awaiter(asl::get_awaiter(gates[i]));
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

      builder_.set_result(i * 10);
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

// The state machine of run(), line 51. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  explicit run_machine(asl::ThreadPool &pool) : pool(pool) {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'lines' may be kept
  // (line 55).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  asl::ThreadPool &pool;
  union {
    Ledger ledger;
  };
  union {
    std::vector<std::string> lines;
  };
  union {
    std::vector<asl::Task<void>> jobs;
  };
  long grand;
  union {
    std::array<asl::Event, 3> gates;
  };
  union {
    asl::Task<int> waits[3];
  };
  union {
    std::tuple<int, std::unique_ptr<Order>> bindings8_;
  };
  int *a_;
  std::unique_ptr<Order> *b_;
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<std::variant<int, int>> awaiter1_;
    asl::task_ref_awaiter<int> awaiter2_;
    asl::task_awaiter<std::tuple<int, std::unique_ptr<Order>>> awaiter3_;
  };
  union {
    std::variant<int, int> first;
  };
  int w0;
  int state_ = -1;
  bool ledger_live_ = false;
  bool lines_live_ = false;
  bool jobs_live_ = false;
  bool waits_live_ = false;
  bool bindings8_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(bindings8_, bindings8_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(waits, waits_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(jobs, jobs_live_);
    asl::destroy(lines, lines_live_);
    asl::destroy(ledger, ledger_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<long> run(asl::ThreadPool &pool) {
  return asl::start<run_machine>(pool);
}

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
    default:
      break;
    }
    {
      ::new (asl::place(ledger)) Ledger;
      ledger_live_ = true;

      ::new (asl::place(lines)) std::vector<std::string>{
          "ann:2,150", "bob:1,999", "ann:3,10", "cy:5,5", "bob:2,1"};
      lines_live_ = true;

      ::new (asl::place(jobs)) std::vector<asl::Task<void>>;
      jobs_live_ = true;

      for (const std::string &l : lines)
        jobs.push_back(book(pool, ledger, l));
      // co_await asl::when_all(std::move(jobs)) (line 57)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<void>{asl::when_all(std::move(jobs))};
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

      grand = 0;

      for (const auto &[who, cents] : ledger.totals) {
        std::printf("  %s %ld\n", who.c_str(), cents);
        grand += cents;
      }
      ::new (asl::place(gates)) std::array<asl::Event, 3>;

      ::new (asl::place(waits)) asl::Task<int>[ 3 ]{
          gated(gates, 0), gated(gates, 1), gated(gates, 2)};
      waits_live_ = true;

      gates[2].set();
      // co_await at line 66
      ::new (asl::place(awaiter1_)) asl::task_awaiter<std::variant<int, int>>{
          asl::when_any(std::move(waits[1]), std::move(waits[2]))};
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
      ::new (asl::place(first))
          std::variant<int, int>(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("  first index %zu value %d\n", first.index(),
                  first.index() == 0 ? std::get<0>(first) : std::get<1>(first));
      gates[0].set();
      gates[1].set();
      // co_await waits[0] (line 71)
      ::new (asl::place(awaiter2_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(waits[0]));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      w0 = awaiter2_.await_resume();

      // co_await at line 72
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<std::tuple<int, std::unique_ptr<Order>>>{
              asl::when_all(gated(gates, 1), parse(pool, "z:1,1"))};
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
      ::new (asl::place(bindings8_))
          std::tuple<int, std::unique_ptr<Order>>(awaiter3_.await_resume());
      bindings8_live_ = true;
      a_ = asl::bound_address(std::get<0>(std::move(bindings8_)));
      b_ = asl::bound_address(std::get<1>(std::move(bindings8_)));
      asl::destroy(awaiter3_, awaiter3_live_);

      builder_.set_result(grand + w0 + (*a_) + (*b_)->cents);
      asl::destroy(bindings8_, bindings8_live_);
      asl::destroy(waits, waits_live_);
      asl::destroy(jobs, jobs_live_);
      asl::destroy(lines, lines_live_);
      asl::destroy(ledger, ledger_live_);
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
  asl::ThreadPool pool{2};
  std::printf("result %ld\n", asl::sync_wait(run(pool)));
}
