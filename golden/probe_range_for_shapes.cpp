// Range-for with awaits: over an awaited temporary vector, over a
// member of an awaited struct held in a local, nested range-fors with break/continue,
// over a C array, over a string, with a by-value element of class type,
// destroying a task suspended inside.
#include <asl/task.h>

#include <cstdio>
#include <list>
#include <string>
#include <vector>

asl::Event ev(true);

struct Item {
  int id;
  explicit Item(int i) : id(i) { std::printf("  +Item%d\n", id); }
  Item(const Item &o) : id(o.id) { std::printf("  +Item%d copy\n", id); }
  Item(Item &&o) noexcept : id(o.id) { std::printf("  +Item%d move\n", id); }
  ~Item() { std::printf("  -Item%d\n", id); }
};

struct Batch {
  std::string name;
  std::vector<int> ids;
};

// The state machine of load(), line 27. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct load_machine {
  explicit load_machine(int &n) : n(std::move(n)) {}
  ~load_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::vector<Item>> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int n;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<std::vector<Item>> load(int n) {
  return asl::start<load_machine>(n);
}

inline void load_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 28)
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

      std::vector<Item> v;
      v.reserve(n);
      for (int i = 0; i < n; ++i)
        v.emplace_back(i);
      builder_.set_result(std::move(v));
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

// The state machine of batch(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct batch_machine {
  batch_machine() {}
  ~batch_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<Batch> builder_;
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

ASL_ASYNC asl::Task<Batch> batch() { return asl::start<batch_machine>(); }

inline void batch_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 36)
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

      builder_.set_result(Batch{"b", {4, 5, 6}});
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

// The state machine of twice(), line 39. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct twice_machine {
  explicit twice_machine(int &v) : v(std::move(v)) {}
  ~twice_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> twice(int v) { return asl::start<twice_machine>(v); }

inline void twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 40)
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

      builder_.set_result(2 * v);
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

// The state machine of run(), line 44. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'b' may be kept (line
  // 51).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<Item> range_;
  };
  union {
    std::vector<Item>::iterator begin_;
  };
  union {
    std::vector<Item>::iterator end_;
  };
  const Item *it1;
  union {
    Batch b;
  };
  std::vector<int> *range_1;
  union {
    std::vector<int>::iterator begin_1;
  };
  union {
    std::vector<int>::iterator end_1;
  };
  int (*range_2)[3];
  int *begin_2;
  int *end_2;
  int *c;
  union {
    std::string range_3;
  };
  union {
    std::basic_string<char>::iterator begin_3;
  };
  union {
    std::basic_string<char>::iterator end_3;
  };
  union {
    std::list<Item> items;
  };
  std::list<Item> *range_4;
  union {
    std::list<Item>::iterator begin_4;
  };
  union {
    std::list<Item>::iterator end_4;
  };
  union {
    asl::task_awaiter<std::vector<Item>> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<Batch> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
  };
  int sum;
  int id;
  union {
    int carr[3];
  };
  union {
    Item it2;
  };
  char ch;
  int state_ = -1;
  bool range_live_ = false;
  bool b_live_ = false;
  bool range_3_live_ = false;
  bool items_live_ = false;
  bool it2_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(it2, it2_live_);
    asl::destroy(items, items_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(range_3, range_3_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(b, b_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(range_, range_live_);
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
    default:
      break;
    }
    {
      sum = 0;

      {
        // co_await load(3) (line 46)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<std::vector<Item>>{load(3)};
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
        ::new (asl::place(range_)) std::vector<Item>(awaiter0_.await_resume());
        range_live_ = true;
        asl::destroy(awaiter0_, awaiter0_live_);
        ::new (asl::place(begin_)) std::vector<Item>::iterator(range_.begin());
        ::new (asl::place(end_)) std::vector<Item>::iterator(range_.end());
        for (; begin_ != end_; ++begin_) {
          it1 = std::addressof(*begin_);
          {
            // co_await twice(it.id) (line 47)
            ::new (asl::place(awaiter1_))
                asl::task_awaiter<int>{twice((*it1).id)};
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
            sum += awaiter1_.await_resume();
            asl::destroy(awaiter1_, awaiter1_live_);
          }
        }
        asl::destroy(range_, range_live_);
      }

      std::printf("  after first loop\n");
      // co_await batch() (line 50)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<Batch>{batch()};
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
      ::new (asl::place(b)) Batch(awaiter2_.await_resume());
      b_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      {
        range_1 = std::addressof(b.ids);
        ::new (asl::place(begin_1))
            std::vector<int>::iterator((*range_1).begin());
        ::new (asl::place(end_1)) std::vector<int>::iterator((*range_1).end());
        for (; begin_1 != end_1; ++begin_1) {
          id = *begin_1;
          {
            // co_await twice(id) (line 52)
            ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{twice(id)};
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
            sum += awaiter3_.await_resume();
            asl::destroy(awaiter3_, awaiter3_live_);
          }
        }
      }

      ::new (asl::place(carr)) int[3]{7, 8, 9};

      {
        range_2 = std::addressof(carr);
        begin_2 = (*range_2);
        end_2 = (*range_2) + 3;
        for (; begin_2 != end_2; ++begin_2) {
          c = std::addressof(*begin_2);
          {
            if ((*c) == 8)
              continue;
            {
              ::new (asl::place(range_3)) std::string(std::string("xy"));
              range_3_live_ = true;
              ::new (asl::place(begin_3))
                  std::basic_string<char>::iterator(range_3.begin());
              ::new (asl::place(end_3))
                  std::basic_string<char>::iterator(range_3.end());
              for (; begin_3 != end_3; ++begin_3) {
                ch = *begin_3;
                {
                  if (ch == 'y')
                    break;
                  // co_await twice(1) (line 60)
                  ::new (asl::place(awaiter4_))
                      asl::task_awaiter<int>{twice(1)};
                  awaiter4_live_ = true;
                  if (!awaiter4_.await_ready()) {
                    state_ = 4;
                    builder_.await_on_completed(awaiter4_, *this);
                    unwind_.release();
                    return;
                  resume4_:
                    state_ = -1;
                    builder_.rethrow_if_suspend_failed();
                  }
                  (*c) += awaiter4_.await_resume();
                  asl::destroy(awaiter4_, awaiter4_live_);
                }
              }
              asl::destroy(range_3, range_3_live_);
            }
          }
        }
      }

      sum += carr[0] + carr[1] + carr[2];
      ::new (asl::place(items)) std::list<Item>;
      items_live_ = true;

      items.emplace_back(10);
      items.emplace_back(11);
      {
        range_4 = std::addressof(items);
        ::new (asl::place(begin_4))
            std::list<Item>::iterator((*range_4).begin());
        ::new (asl::place(end_4)) std::list<Item>::iterator((*range_4).end());
        for (; begin_4 != end_4; ++begin_4) {
          ::new (asl::place(it2)) Item(*begin_4);
          it2_live_ = true;
          {
            // co_await twice(it.id) (line 68)
            ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{twice(it2.id)};
            awaiter5_live_ = true;
            if (!awaiter5_.await_ready()) {
              state_ = 5;
              builder_.await_on_completed(awaiter5_, *this);
              unwind_.release();
              return;
            resume5_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            int v = awaiter5_.await_resume();
            asl::destroy(awaiter5_, awaiter5_live_);

            if (v > 21) {
              asl::destroy(it2, it2_live_);
              break;
            }

            sum += v;
            asl::destroy(it2, it2_live_);
          }
        }
      }

      builder_.set_result(std::move(sum));
      asl::destroy(items, items_live_);
      asl::destroy(b, b_live_);
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
  std::printf("sum %d\n", asl::sync_wait(run()));
  ev.reset();
  {
    asl::Task<int> t = run();
    std::printf("destroy suspended\n");
  }
  ev.set();
  std::printf("done\n");
}
