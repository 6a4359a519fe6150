// A single-threaded app on a RunLoop: a producer parses records and sends
// them on a bounded channel, two consumers aggregate with a state machine
// per record kind (switch on an enum with awaits), one consumer is
// cancelled by a token half way, pool work is awaited and resumes back on
// the loop; output is deterministic because everything between awaits
// runs on the loop.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/run_loop.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <cstdio>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

enum class Kind { Deposit, Withdraw, Audit };

struct Record {
  Kind kind;
  std::string account;
  long amount;
};

// The state machine of heavy_check(), line 28. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct heavy_check_machine {
  heavy_check_machine(asl::ThreadPool &pool, long &amount)
      : pool(pool), amount(std::move(amount)) {}
  ~heavy_check_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::ThreadPool::schedule_awaiter, long> &&
      !asl::usually_suspends<asl::ThreadPool::schedule_awaiter>;

  asl::task_builder<long> builder_;
  asl::ThreadPool &pool;
  long amount;
  union {
    asl::ThreadPool::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<long> heavy_check(asl::ThreadPool &pool, long amount) {
  return asl::start<heavy_check_machine>(pool, amount);
}

inline void heavy_check_machine::move_next() {
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

      long h = 0;
      for (long i = 0; i < amount; ++i)
        h = (h * 31 + i) % 1000003;
      builder_.set_result(std::move(h));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of produce(), line 36. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct produce_machine {
  produce_machine(asl::Channel<Record> &ch, std::string &text)
      : text(std::move(text)), ch(ch) {}
  ~produce_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'text' may be kept
  // (line 37).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::string text;
  asl::Channel<Record> &ch;
  union {
    std::istringstream in;
  };
  union {
    std::string line;
  };
  union {
    std::istringstream fields;
  };
  union {
    Record r;
  };
  union {
    asl::send_awaiter<Record> awaiter0_;
  };
  int sent;
  char k;
  int state_ = -1;
  bool in_live_ = false;
  bool line_live_ = false;
  bool fields_live_ = false;
  bool r_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(r, r_live_);
    asl::destroy(fields, fields_live_);
    asl::destroy(line, line_live_);
    asl::destroy(in, in_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> produce(asl::Channel<Record> &ch, std::string text) {
  return asl::start<produce_machine>(ch, text);
}

inline void produce_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(in)) std::istringstream(text);
      in_live_ = true;

      ::new (asl::place(line)) std::string;
      line_live_ = true;

      sent = 0;

      while (std::getline(in, line)) {
        ::new (asl::place(fields)) std::istringstream(line);
        fields_live_ = true;

        ::new (asl::place(r)) Record;
        r_live_ = true;

        fields >> k >> r.account >> r.amount;
        r.kind = k == 'D'   ? Kind::Deposit
                 : k == 'W' ? Kind::Withdraw
                            : Kind::Audit;
        // co_await ch.send(std::move(r)) (line 46)
        ::new (asl::place(awaiter0_))
            asl::send_awaiter<Record>(ch.send(std::move(r)));
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

        ++sent;
        asl::destroy(r, r_live_);
        asl::destroy(fields, fields_live_);
      }
      ch.close();
      builder_.set_result(std::move(sent));
      asl::destroy(line, line_live_);
      asl::destroy(in, in_live_);
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

struct Books {
  std::map<std::string, long> balance;
  std::vector<std::string> log;
};

// The state machine of consume(), line 58. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct consume_machine {
  consume_machine(const char *&who, asl::Channel<Record> &ch, Books &books,
                  asl::ThreadPool &pool, asl::CancellationToken &stop)
      : stop(std::move(stop)), who(std::move(who)), ch(ch), books(books),
        pool(pool) {}
  ~consume_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'r' may be kept (line
  // 62).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::CancellationToken stop;
  const char *who;
  asl::Channel<Record> &ch;
  Books &books;
  asl::ThreadPool &pool;
  union {
    std::optional<Record> r;
  };
  union {
    asl::receive_awaiter<Record> awaiter0_;
    asl::task_awaiter<long> awaiter1_;
  };
  int handled;
  int state_ = -1;
  bool r_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(r, r_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> consume(const char *who, asl::Channel<Record> &ch,
                                 Books &books, asl::ThreadPool &pool,
                                 asl::CancellationToken stop) {
  return asl::start<consume_machine>(who, ch, books, pool, stop);
}

inline void consume_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
    case 1:
      goto try0_;
    default:
      break;
    }
    {
      handled = 0;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(r, r_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        case 1:
          goto resume1_;
        default:
          break;
        }

        for (;;) {
          asl::destroy(r, r_live_);
          // co_await ch.receive(stop) (line 62)
          ::new (asl::place(awaiter0_))
              asl::receive_awaiter<Record>(ch.receive(stop));
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
          ::new (asl::place(r)) std::optional<Record>(awaiter0_.await_resume());
          r_live_ = true;
          asl::destroy(awaiter0_, awaiter0_live_);
          if (!r)
            break;
          {
            switch (r->kind) {
            case Kind::Deposit:
              books.balance[r->account] += r->amount;
              break;
            case Kind::Withdraw: {
              long &bal = books.balance[r->account];
              if (bal < r->amount) {
                books.log.push_back(std::string(who) + " overdraft " +
                                    r->account);
                break;
              }
              bal -= r->amount;
              break;
            }
            case Kind::Audit: {
              // co_await heavy_check(pool, r->amount) (line 77)
              ::new (asl::place(awaiter1_))
                  asl::task_awaiter<long>{heavy_check(pool, r->amount)};
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
              long h = awaiter1_.await_resume();
              asl::destroy(awaiter1_, awaiter1_live_);

              books.log.push_back(std::string(who) + " audit " + r->account +
                                  " " + std::to_string(h));
              break;
            }
            }
            ++handled;
          }
        }
        asl::destroy(r, r_live_);

      } catch (const asl::operation_cancelled &) {
        books.log.push_back(std::string(who) + " cancelled");
      }
      builder_.set_result(std::move(handled));
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

// The state machine of app(), line 90. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct app_machine {
  explicit app_machine(asl::ThreadPool &pool) : pool(pool) {}
  ~app_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ch' may be kept (line
  // 96).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::ThreadPool &pool;
  union {
    asl::Channel<Record> ch;
  };
  union {
    Books books;
  };
  union {
    asl::CancellationSource stop_b;
  };
  union {
    std::string input;
  };
  union {
    asl::Task<int> a;
  };
  union {
    asl::Task<int> b;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<std::tuple<int, int>> awaiter1_;
  };
  int sent;
  int state_ = -1;
  bool ch_live_ = false;
  bool books_live_ = false;
  bool stop_b_live_ = false;
  bool input_live_ = false;
  bool a_live_ = false;
  bool b_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
    asl::destroy(input, input_live_);
    asl::destroy(stop_b, stop_b_live_);
    asl::destroy(books, books_live_);
    asl::destroy(ch, ch_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> app(asl::ThreadPool &pool) {
  return asl::start<app_machine>(pool);
}

inline void app_machine::move_next() {
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
      ::new (asl::place(ch)) asl::Channel<Record>(2);
      ch_live_ = true;

      ::new (asl::place(books)) Books;
      books_live_ = true;

      ::new (asl::place(stop_b)) asl::CancellationSource;
      stop_b_live_ = true;

      ::new (asl::place(input)) std::string(
          "D ann 100\nD bob 50\nW ann 30\nA ann 20000\nW bob 80\nD cy 5\n"
          "A bob 300\nW cy 1\nD ann 1\n");
      input_live_ = true;

      ::new (asl::place(a)) asl::Task<int>(
          consume("a", ch, books, pool, asl::CancellationToken{}));
      a_live_ = true;

      ::new (asl::place(b))
          asl::Task<int>(consume("b", ch, books, pool, stop_b.token()));
      b_live_ = true;

      // co_await produce(ch, input) (line 98)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{produce(ch, input)};
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
      sent = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      stop_b.cancel();
      // co_await asl::when_all(std::move(a), std::move(b)) (line 100)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<std::tuple<int, int>>{
          asl::when_all(std::move(a), std::move(b))};
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
      auto [ha, hb] = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("sent %d handled %d\n", sent, ha + hb);
      for (const auto &[acct, bal] : books.balance)
        std::printf("  %s %ld\n", acct.c_str(), bal);
      std::printf("  log entries %zu\n", books.log.size());
      builder_.set_result(static_cast<int>(books.balance.size()));
      asl::destroy(b, b_live_);
      asl::destroy(a, a_live_);
      asl::destroy(input, input_live_);
      asl::destroy(stop_b, stop_b_live_);
      asl::destroy(books, books_live_);
      asl::destroy(ch, ch_live_);
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
  asl::RunLoop loop;
  int n = loop.run([&] { return app(pool); });
  std::printf("accounts %d\n", n);
}
