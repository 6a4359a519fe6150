// Checks events set from pool workers: a coordinator awaits an array of
// events in frame order while workers finish in any order and set them, so
// each wait races with its set(); results are printed in a fixed order.
#include <asl/task.h>

#include <iostream>
#include <string>
#include <vector>

constexpr int kFrames = 4;

struct Frame {
  int width = 0;
  unsigned checksum = 0;
};

struct Shot {
  Frame frames[kFrames];
  asl::Event done[kFrames];
};

// The state machine of render(), line 22. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct render_machine {
  render_machine(asl::ThreadPool &pool, Shot &shot, int &index, int &seed)
      : pool(pool), shot(shot), index(std::move(index)), seed(std::move(seed)) {
  }
  ~render_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::ThreadPool::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::ThreadPool::schedule_awaiter>;

  asl::task_builder<void> builder_;
  asl::ThreadPool &pool;
  Shot &shot;
  union {
    asl::ThreadPool::schedule_awaiter awaiter0_;
  };
  int index;
  int seed;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void> render(asl::ThreadPool &pool, Shot &shot, int index,
                                 int seed) {
  return asl::start<render_machine>(pool, shot, index, seed);
}

inline void render_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await pool.schedule() (line 24)
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

      Frame frame;
      frame.width = 64 * (index + 1);
      unsigned hash = 2166136261u ^ static_cast<unsigned>(seed);
      for (int y = 0; y < 200; ++y)
        for (int x = 0; x < frame.width; ++x)
          hash = (hash ^ static_cast<unsigned>(x * y + index)) * 16777619u;
      frame.checksum = hash;
      shot.frames[index] = frame;
      shot.done[index].set();
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of compose(), line 36. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct compose_machine {
  compose_machine(Shot &shot, bool &verbose)
      : shot(shot), verbose(std::move(verbose)) {}
  ~compose_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, bool, int, unsigned int>;

  asl::task_builder<unsigned int> builder_;
  Shot &shot;
  union {
    asl::event_awaiter awaiter0_;
  };
  unsigned int combined;
  int i;
  bool verbose;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<unsigned> compose(Shot &shot, bool verbose) {
  return asl::start<compose_machine>(shot, verbose);
}

inline void compose_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      combined = 0;

      for (i = 0; i < kFrames; ++i) {
        // co_await shot.done[i] (line 39)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(shot.done[i]));
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

        Frame frame = shot.frames[i];
        if (verbose)
          std::cout << "  frame " << i << ": width " << frame.width
                    << ", checksum " << frame.checksum << "\n";
        combined = combined * 31 + frame.checksum;
      }
      builder_.set_result(std::move(combined));
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

// The state machine of render_shot(), line 49. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct render_shot_machine {
  render_shot_machine(asl::ThreadPool &pool, int &seed, bool &verbose)
      : pool(pool), seed(std::move(seed)), verbose(std::move(verbose)) {}
  ~render_shot_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'shot' may be kept
  // (line 52).
  static constexpr bool relocatable = false;

  asl::task_builder<unsigned int> builder_;
  asl::ThreadPool &pool;
  union {
    Shot shot;
  };
  union {
    asl::Task<unsigned int> composer;
  };
  union {
    std::vector<asl::Task<void>> renders;
  };
  std::size_t i1;
  union {
    asl::task_ref_awaiter<unsigned int> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
  };
  int seed;
  unsigned int combined;
  bool verbose;
  int state_ = -1;
  bool composer_live_ = false;
  bool renders_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(renders, renders_live_);
    asl::destroy(composer, composer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<unsigned> render_shot(asl::ThreadPool &pool, int seed,
                                          bool verbose) {
  return asl::start<render_shot_machine>(pool, seed, verbose);
}

inline void render_shot_machine::move_next() {
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
      ::new (asl::place(shot)) Shot;

      ::new (asl::place(composer))
          asl::Task<unsigned int>(compose(shot, verbose));
      composer_live_ = true;

      ::new (asl::place(renders)) std::vector<asl::Task<void>>;
      renders_live_ = true;

      for (int i = kFrames - 1; i >= 0; --i)
        renders.push_back(render(pool, shot, i, seed));
      // co_await composer (line 56)
      ::new (asl::place(awaiter0_))
          asl::task_ref_awaiter<unsigned int>(asl::get_awaiter(composer));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      combined = awaiter0_.await_resume();

      for (i1 = 0; i1 < renders.size(); ++i1) {
        // co_await std::move(renders[i]) (line 58)
        ::new (asl::place(awaiter1_))
            asl::task_awaiter<void>(asl::get_awaiter(std::move(renders[i1])));
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

      builder_.set_result(std::move(combined));
      asl::destroy(renders, renders_live_);
      asl::destroy(composer, composer_live_);
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
  asl::ThreadPool pool{3};
  std::cout << "shot 1\n";
  unsigned first = asl::sync_wait(render_shot(pool, 1, true));
  std::cout << "  combined " << first << "\n";

  unsigned digest = 0;
  for (int seed = 1; seed <= 60; ++seed)
    digest ^= asl::sync_wait(render_shot(pool, seed, false)) + seed;
  std::cout << "60 shots, digest " << digest << "\n";

  unsigned again = 0;
  for (int seed = 1; seed <= 60; ++seed)
    again ^= asl::sync_wait(render_shot(pool, seed, false)) + seed;
  std::cout << "same digest on a second run: " << (again == digest) << "\n";
}
