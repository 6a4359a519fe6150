// A range-for whose range has free begin/end functions (found by argument-
// dependent lookup only, [stmt.ranged]) with awaits in its body, where the
// lowered loop's call begin(range) would find something else first: lifted
// locals named begin and end (fields of the machine), or members begin()
// and end() of the class of an async member (the machine is nested in it).
// The lowered loop calls asl::range_access::begin_of(range), whose
// unqualified begin(range) sees only argument-dependent lookup. Arrays and
// ranges with member begin/end are iterated as before.
#include <asl/task.h>

#include <cstdio>
#include <vector>

asl::Event ready;

namespace lib {
struct Range {
  int lo, hi;
};
struct It {
  int v;
  int operator*() const { return v; }
  It &operator++() {
    ++v;
    return *this;
  }
  bool operator!=(const It &o) const { return v != o.v; }
};
It begin(const Range &r) { return It{r.lo}; }
It end(const Range &r) { return It{r.hi}; }
int size(const Range &r) { return r.hi - r.lo; }
} // namespace lib

// The state machine of indices(), line 34. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct indices_machine {
  indices_machine() {}
  ~indices_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'r' may be kept (line
  // 42).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  lib::Range *range_;
  int (*range_1)[3];
  int *begin_1;
  int *end_1;
  union {
    std::vector<int> v;
  };
  std::vector<int> *range_2;
  union {
    std::vector<int>::iterator begin_2;
  };
  union {
    std::vector<int>::iterator end_2;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
    asl::event_awaiter awaiter3_;
  };
  int s;
  int begin;
  int end;
  int size1;
  union {
    lib::Range r;
  };
  union {
    lib::It begin_;
  };
  union {
    lib::It end_;
  };
  int x1;
  union {
    int a[3];
  };
  int x2;
  int x3;
  int state_ = -1;
  bool v_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(v, v_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> indices() { return asl::start<indices_machine>(); }

inline void indices_machine::move_next() {
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
      s = 0;

      {
        begin = 1;
        end = 2;
        size1 = 3;
        // C#-style index names
        // co_await ready (line 38)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(ready));
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

        s += begin + end + size1;
      }
      ::new (asl::place(r)) lib::Range{3, 5};

      {
        range_ = std::addressof(r);
        ::new (asl::place(begin_))
            lib::It(asl::range_access::begin_of((*range_)));
        ::new (asl::place(end_)) lib::It(asl::range_access::end_of((*range_)));
        for (; begin_ != end_; ++begin_) {
          x1 = *begin_;
          {
            // co_await ready (line 43)
            ::new (asl::place(awaiter1_))
                asl::event_awaiter(asl::get_awaiter(ready));
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

            s += x1;
          }
        }
      }

      ::new (asl::place(a)) int[3]{10, 20, 30};

      {
        range_1 = std::addressof(a);
        begin_1 = (*range_1);
        end_1 = (*range_1) + 3;
        for (; begin_1 != end_1; ++begin_1) {
          x2 = *begin_1;
          {
            // co_await ready (line 48)
            ::new (asl::place(awaiter2_))
                asl::event_awaiter(asl::get_awaiter(ready));
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

            s += x2;
          }
        }
      }

      ::new (asl::place(v)) std::vector<int>{100, 200};
      v_live_ = true;

      {
        range_2 = std::addressof(v);
        ::new (asl::place(begin_2))
            std::vector<int>::iterator((*range_2).begin());
        ::new (asl::place(end_2)) std::vector<int>::iterator((*range_2).end());
        for (; begin_2 != end_2; ++begin_2) {
          x3 = *begin_2;
          {
            // co_await ready (line 53)
            ::new (asl::place(awaiter3_))
                asl::event_awaiter(asl::get_awaiter(ready));
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

            s += x3;
          }
        }
      }

      builder_.set_result(s + size(r));
      asl::destroy(v, v_live_);
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

struct Shelf {
  std::vector<int> items{1, 2, 3};
  auto begin() { return items.begin(); }
  auto end() { return items.end(); }
  struct sum_machine;
  ASL_ASYNC asl::Task<int> sum(lib::Range r);
};

// The state machine of Shelf::sum(), line 63. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Shelf::sum_machine {
  sum_machine(Shelf *this_, lib::Range &r) : this_(this_), r(std::move(r)) {}
  ~sum_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'r' may be kept (line
  // 65).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Shelf *this_;
  lib::Range *range_;
  Shelf *range_1;
  union {
    std::vector<int>::iterator begin_1;
  };
  union {
    std::vector<int>::iterator end_1;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  lib::Range r;
  int s;
  union {
    lib::It begin_;
  };
  union {
    lib::It end_;
  };
  int x1;
  int x2;
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

inline asl::Task<int> Shelf::sum(lib::Range r) {
  return asl::start<sum_machine>(this, r);
}

inline void Shelf::sum_machine::move_next() {
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
      s = 0;

      {
        range_ = std::addressof(r);
        ::new (asl::place(begin_))
            lib::It(asl::range_access::begin_of((*range_)));
        ::new (asl::place(end_)) lib::It(asl::range_access::end_of((*range_)));
        for (; begin_ != end_; ++begin_) {
          x1 = *begin_;
          { // lib::begin, not Shelf::begin
            // co_await ready (line 66)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(ready));
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

            s += x1;
          }
        }
      }

      {
        range_1 = std::addressof(*this_);
        ::new (asl::place(begin_1))
            std::vector<int>::iterator((*range_1).begin());
        ::new (asl::place(end_1)) std::vector<int>::iterator((*range_1).end());
        for (; begin_1 != end_1; ++begin_1) {
          x2 = *begin_1;
          {
            // co_await ready (line 70)
            ::new (asl::place(awaiter1_))
                asl::event_awaiter(asl::get_awaiter(ready));
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

            s += 10 * x2;
          }
        }
      }

      builder_.set_result(std::move(s));
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

int main() {
  asl::Task<int> a = indices();
  Shelf shelf;
  asl::Task<int> b = shelf.sum(lib::Range{4, 7});
  ready.set();
  std::printf("indices %d\n", asl::sync_wait(std::move(a)));
  std::printf("sum %d\n", asl::sync_wait(std::move(b)));
}
