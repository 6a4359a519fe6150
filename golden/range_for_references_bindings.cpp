// Awaits in range-based for bodies (by value, by reference, over a temporary
// vector of printing objects, over an array), a reference and a
// lifetime-extended temporary held across awaits, and structured bindings (by
// reference in a range-for over a map, and by value) across awaits.
#include <asl/task.h>
#include <iostream>
#include <map>
#include <string>
#include <vector>

struct Noisy {
  std::string name;
  explicit Noisy(std::string n) : name(std::move(n)) { std::cout << "  +" << name << "\n"; }
  Noisy(const Noisy &o) : name(o.name + "'") { std::cout << "  +" << name << " (copy)\n"; }
  ~Noisy() { std::cout << "  -" << name << "\n"; }
};

asl::Event tick;
std::vector<Noisy> make_list() {
  std::vector<Noisy> v;
  v.reserve(2);
  v.emplace_back("a");
  v.emplace_back("b");
  return v;
}

// The state machine of walk(), line 27. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct walk_machine {
  explicit walk_machine(std::vector<int> &values) : values(std::move(values)) {}
  ~walk_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'values' may be kept
  // (line 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<int> values;
  std::vector<int> *range_;
  union {
    std::vector<int>::iterator begin_;
  };
  union {
    std::vector<int>::iterator end_;
  };
  std::vector<int> *range_1;
  union {
    std::vector<int>::iterator begin_1;
  };
  union {
    std::vector<int>::iterator end_1;
  };
  int *v2;
  union {
    std::vector<Noisy> range_2;
  };
  union {
    std::vector<Noisy>::iterator begin_2;
  };
  union {
    std::vector<Noisy>::iterator end_2;
  };
  const Noisy *n;
  int (*range_3)[3];
  int *begin_3;
  int *end_3;
  int *x;
  union {
    const Noisy kept;
  };
  int *first;
  union {
    std::map<std::string, int> m;
  };
  std::map<std::string, int> *range_4;
  union {
    std::map<std::string, int>::iterator begin_4;
  };
  union {
    std::map<std::string, int>::iterator end_4;
  };
  std::pair<const std::string, int> *bindings24_;
  const std::string *key_;
  int *value_;
  int *lo_;
  int *hi_;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
    asl::event_awaiter awaiter3_;
    asl::event_awaiter awaiter4_;
    asl::event_awaiter awaiter5_;
    asl::event_awaiter awaiter6_;
  };
  int total;
  int v1;
  union {
    int arr[3];
  };
  union {
    std::pair<int, int> bindings27_;
  };
  int state_ = -1;
  bool range_2_live_ = false;
  bool kept_live_ = false;
  bool m_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(m, m_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(kept, kept_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(range_2, range_2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> walk(std::vector<int> values) {
  return asl::start<walk_machine>(values);
}

inline void walk_machine::move_next() {
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
    default:
      break;
    }
    {
      total = 0;

      {
        range_ = std::addressof(values);
        ::new (asl::place(begin_))
            std::vector<int>::iterator((*range_).begin());
        ::new (asl::place(end_)) std::vector<int>::iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          v1 = *begin_;
          {
            // co_await tick (line 30)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(tick));
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

            total += v1;
          }
        }
      }

      {
        range_1 = std::addressof(values);
        ::new (asl::place(begin_1))
            std::vector<int>::iterator((*range_1).begin());
        ::new (asl::place(end_1)) std::vector<int>::iterator((*range_1).end());
        for (; begin_1 != end_1; ++begin_1) {
          v2 = std::addressof(*begin_1);
          {
            (*v2) *= 2;
            // co_await tick (line 35)
            ::new (asl::place(awaiter1_))
                asl::event_awaiter(asl::get_awaiter(tick));
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
          }
        }
      }

      {
        ::new (asl::place(range_2)) std::vector<Noisy>(make_list());
        range_2_live_ = true;
        ::new (asl::place(begin_2))
            std::vector<Noisy>::iterator(range_2.begin());
        ::new (asl::place(end_2)) std::vector<Noisy>::iterator(range_2.end());
        for (; begin_2 != end_2; ++begin_2) {
          n = std::addressof(*begin_2);
          {
            std::cout << "  visit " << (*n).name << "\n";
            // co_await tick (line 39)
            ::new (asl::place(awaiter2_))
                asl::event_awaiter(asl::get_awaiter(tick));
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
            awaiter2_.await_resume();
            asl::destroy(awaiter2_, awaiter2_live_);
          }
        }
        asl::destroy(range_2, range_2_live_);
      }

      ::new (asl::place(arr)) int[3]{1, 2, 3};

      {
        range_3 = std::addressof(arr);
        begin_3 = (*range_3);
        end_3 = (*range_3) + 3;
        for (; begin_3 != end_3; ++begin_3) {
          x = std::addressof(*begin_3);
          {
            // co_await tick (line 43)
            ::new (asl::place(awaiter3_))
                asl::event_awaiter(asl::get_awaiter(tick));
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
            awaiter3_.await_resume();
            asl::destroy(awaiter3_, awaiter3_live_);

            (*x) += 10;
          }
        }
      }

      std::cout << "  arr " << arr[0] << arr[1] << arr[2] << "\n";
      ::new (asl::place(kept)) const Noisy(Noisy("kept"));
      kept_live_ = true;

      first = std::addressof(values[0]);

      // co_await tick (line 49)
      ::new (asl::place(awaiter4_)) asl::event_awaiter(asl::get_awaiter(tick));
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
      awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      (*first) += 1;
      ::new (asl::place(m)) std::map<std::string, int>{{"x", 1}, {"y", 2}};
      m_live_ = true;

      {
        range_4 = std::addressof(m);
        ::new (asl::place(begin_4))
            std::map<std::string, int>::iterator((*range_4).begin());
        ::new (asl::place(end_4))
            std::map<std::string, int>::iterator((*range_4).end());
        for (; begin_4 != end_4; ++begin_4) {
          bindings24_ = std::addressof(*begin_4);
          key_ = std::addressof(std::get<0>((*bindings24_)));
          value_ = std::addressof(std::get<1>((*bindings24_)));
          {
            // co_await tick (line 53)
            ::new (asl::place(awaiter5_))
                asl::event_awaiter(asl::get_awaiter(tick));
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
            awaiter5_.await_resume();
            asl::destroy(awaiter5_, awaiter5_live_);

            std::cout << "  " << (*key_) << "=" << (*value_) << "\n";
          }
        }
      }

      ::new (asl::place(bindings27_))
          std::pair<int, int>(std::pair<int, int>(3, 4));
      lo_ = asl::bound_address(std::get<0>(std::move(bindings27_)));
      hi_ = asl::bound_address(std::get<1>(std::move(bindings27_)));

      // co_await tick (line 57)
      ::new (asl::place(awaiter6_)) asl::event_awaiter(asl::get_awaiter(tick));
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      std::cout << "  kept " << kept.name << " first " << (*first) << " lo "
                << (*lo_) << " hi " << (*hi_) << "\n";
      for (int v : values)
        total += v;
      builder_.set_result(std::move(total));
      asl::destroy(m, m_live_);
      asl::destroy(kept, kept_live_);
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
  tick.set();
  std::cout << asl::sync_wait(walk({1, 2, 3})) << "\n";
}
