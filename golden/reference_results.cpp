// Checks tasks whose result is a reference (asl::Task<T &>, Task<const T &>):
// awaited as a call's result and as a task held in a variable, bound to a
// reference that lives across later awaits, assigned through, returned by a
// const member, combined with when_all, taken by sync_wait, and an exception
// instead of a reference. The object is the callee's, never copied.
#include <asl/task.h>
#include <asl/when_all.h>

#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>

struct Tracked {
  std::string name;
  explicit Tracked(std::string n) : name(std::move(n)) {}
  Tracked(const Tracked &other) : name(other.name + " (copy)") {
    std::printf("copied %s\n", name.c_str());
  }
};

asl::Event ready;

class Registry {
public:
  struct find_machine;
  ASL_ASYNC asl::Task<Tracked &> find(const std::string &key);
  struct first_machine;
  ASL_ASYNC asl::Task<const Tracked &> first() const;
  void add(const std::string &key) { entries_.try_emplace(key, key); }
  void print() const {
    for (const auto &[key, value] : entries_)
      std::printf("  %s -> %s\n", key.c_str(), value.name.c_str());
  }

private:
  std::map<std::string, Tracked> entries_;
};

// The state machine of Registry::find(), line 26. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Registry::find_machine {
  find_machine(Registry *this_, const std::string &key)
      : this_(this_), key(key) {}
  ~find_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<Tracked &> builder_;
  Registry *this_;
  const std::string &key;
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

inline asl::Task<Tracked &> Registry::find(const std::string &key) {
  return asl::start<find_machine>(this, key);
}

inline void Registry::find_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 27)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      auto it = this_->entries_.find(key);
      if (it == this_->entries_.end())
        throw std::out_of_range("no entry " + key);
      builder_.set_result(it->second);
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

// The state machine of Registry::first(), line 33. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Registry::first_machine {
  explicit first_machine(const Registry *this_) : this_(this_) {}
  ~first_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<const Tracked &> builder_;
  const Registry *this_;
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

inline asl::Task<const Tracked &> Registry::first() const {
  return asl::start<first_machine>(this);
}

inline void Registry::first_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 34)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(this_->entries_.begin()->second);
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

// The state machine of edit(), line 47. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct edit_machine {
  explicit edit_machine(Registry &registry) : registry(registry) {}
  ~edit_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'alpha' may be kept
  // (line 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Registry &registry;
  Tracked *alpha;
  union {
    asl::Task<Tracked &> held;
  };
  const Tracked *first;
  union {
    std::tuple<Tracked &, Tracked &> bindings3_;
  };
  Tracked *a_;
  Tracked *b_;
  union {
    std::string temporary0_;
    asl::task_awaiter<const Tracked &> awaiter1_;
    asl::task_awaiter<Tracked &> awaiter2_;
    std::string temporary1_;
    std::string temporary4_;
  };
  union {
    asl::task_awaiter<Tracked &> awaiter0_;
    asl::Task<Tracked &> spill2_;
    asl::task_awaiter<Tracked &> awaiter4_;
  };
  union {
    std::string temporary3_;
  };
  union {
    asl::task_awaiter<std::tuple<Tracked &, Tracked &>> awaiter3_;
  };
  int state_ = -1;
  bool held_live_ = false;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool spill2_live_ = false;
  bool temporary3_live_ = false;
  bool temporary4_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(spill2_, spill2_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(held, held_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> edit(Registry &registry) {
  return asl::start<edit_machine>(registry);
}

inline void edit_machine::move_next() {
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
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) std::string("alpha");
      temporary0_live_ = true;
      // co_await registry.find("alpha") (line 48)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<Tracked &>{registry.find(temporary0_)};
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
      alpha = std::addressof(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary0_, temporary0_live_);

      (*alpha).name += " edited";
      ::new (asl::place(held)) asl::Task<Tracked &>(registry.find("beta"));
      held_live_ = true;

      // co_await registry.first() (line 51)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<const Tracked &>{registry.first()};
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
      first = std::addressof(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await std::move(held) (line 52)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<Tracked &>(asl::get_awaiter(std::move(held)));
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
      (awaiter2_.await_resume()).name = "beta renamed";
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("first is %s\n", (*first).name.c_str());
      ::new (asl::place(temporary1_)) std::string("alpha");
      temporary1_live_ = true;
      ::new (asl::place(spill2_))
          asl::Task<Tracked &>(registry.find(temporary1_));
      spill2_live_ = true;
      ::new (asl::place(temporary3_)) std::string("beta");
      temporary3_live_ = true;
      // co_await at line 54
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<std::tuple<Tracked &, Tracked &>>{
              asl::when_all(std::move(spill2_), registry.find(temporary3_))};
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
      ::new (asl::place(bindings3_))
          std::tuple<Tracked &, Tracked &>(awaiter3_.await_resume());
      a_ = std::addressof(std::get<0>(std::move(bindings3_)));
      b_ = std::addressof(std::get<1>(std::move(bindings3_)));
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(spill2_, spill2_live_);
      asl::destroy(temporary1_, temporary1_live_);

      (*a_).name += "!";
      (*b_).name += "?";
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter4_, awaiter4_live_);
          asl::destroy(temporary4_, temporary4_live_);
        });
        switch (state_) {
        case 4:
          goto resume4_;
        default:
          break;
        }

        ::new (asl::place(temporary4_)) std::string("gamma");
        temporary4_live_ = true;
        // co_await registry.find("gamma") (line 59)
        ::new (asl::place(awaiter4_))
            asl::task_awaiter<Tracked &>{registry.find(temporary4_)};
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
        asl::destroy(temporary4_, temporary4_live_);

      } catch (const std::out_of_range &error) {
        std::printf("caught %s\n", error.what());
      }
      builder_.set_result(static_cast<int>((*alpha).name.size()));
      asl::destroy(held, held_live_);
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
  Registry registry;
  registry.add("alpha");
  registry.add("beta");
  asl::Task<int> task = edit(registry);
  ready.set();
  std::printf("alpha's length %d\n", asl::sync_wait(std::move(task)));
  Tracked &beta = asl::sync_wait(registry.find("beta"));
  beta.name += " again";
  registry.print();
}
