// Structured bindings that copy a C array (`auto [x, y, z] = arr;`: the
// hidden object is a copy made element by element), living across an
// await: of ints, of class objects (copied, or moved from an xvalue), and
// of arrays (a two-dimensional one).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event ev(true);

struct Named {
  std::string name;
  Named(const char *n) : name(n) {}
  Named(const Named &other) : name(other.name + "+copy") {}
  Named(Named &&other) noexcept : name(std::move(other.name) + "+move") {}
  ~Named() { std::printf("  ~Named %s\n", name.c_str()); }
};

struct Holder {
  int values[2] = {5, 6};
};
Holder holder() { return Holder{}; }

// The state machine of run(), line 26. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'first' may be kept
  // (line 41).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Named names[2];
  };
  union {
    Named bindings3_[2];
  };
  union {
    Named more[2];
  };
  union {
    Named bindings5_[2];
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    int arr[3];
  };
  union {
    int bindings1_[3];
  };
  union {
    int grid[2][2];
  };
  union {
    int bindings7_[2][2];
  };
  union {
    int bindings8_[2];
  };
  int state_ = -1;
  bool names_live_ = false;
  bool bindings3_live_ = false;
  bool more_live_ = false;
  bool bindings5_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(bindings5_, bindings5_live_);
    asl::destroy(more, more_live_);
    asl::destroy(bindings3_, bindings3_live_);
    asl::destroy(names, names_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(arr)) int[3]{1, 2, 3};

      asl::init_from_array(bindings1_, arr);

      ::new (asl::place(names)) Named[2]{"a", "b"};
      names_live_ = true;

      asl::init_from_array(bindings3_, names);
      bindings3_live_ = true;

      ::new (asl::place(more)) Named[2]{"c", "d"};
      more_live_ = true;

      asl::init_from_array(bindings5_, std::move(more));
      bindings5_live_ = true;

      ::new (asl::place(grid)) int[2][2]{{1, 2}, {3, 4}};

      asl::init_from_array(bindings7_, grid);

      asl::init_from_array(bindings8_, holder().values);

      // co_await ev (line 36)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      arr[0] = 10;
      bindings1_[0] += 100;
      grid[0][0] = 50;
      std::printf("  %d %d %d | %d\n", bindings1_[0], bindings1_[1],
                  bindings1_[2], arr[0]);
      std::printf("  %s %s %s %s\n", bindings3_[0].name.c_str(),
                  bindings3_[1].name.c_str(), bindings5_[0].name.c_str(),
                  bindings5_[1].name.c_str());
      std::printf("  %d %d %d %d\n", bindings7_[0][0], bindings7_[1][1],
                  bindings8_[0], bindings8_[1]);
      builder_.set_result(bindings1_[0]);
      asl::destroy(bindings5_, bindings5_live_);
      asl::destroy(more, more_live_);
      asl::destroy(bindings3_, bindings3_live_);
      asl::destroy(names, names_live_);
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

int main() { std::printf("r %d\n", asl::sync_wait(run())); }
