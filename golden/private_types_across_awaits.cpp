// Locals whose types are private or protected member types of classes
// (reached through `auto`, a pointer, a reference, a template argument, a
// member of such a type) living across awaits in functions that are not
// members or friends of those classes, a temporary of such a type kept
// across an await of its full-expression, and an awaiter of such a type.
// C++ checks access on names, not on types, so the function may hold them;
// the machine spells their types, so each class declares the machine its
// friend: by its name in the class's namespace, by its qualified name
// (declared first) from another namespace, and as a member of another
// class (the whole class where that one is defined later).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <vector>

asl::Event ev(true);

struct Clerk;

class Registry {
  friend struct ::Clerk;
  friend struct kept_machine;
  friend struct tally_machine;

  struct Stamp {
    int day;
  };
  struct Ticket {
    int id;
    std::string owner;
    Stamp stamp;
  };

public:
  Ticket issue(std::string who) {
    ++next_;
    return Ticket{next_, std::move(who), Stamp{next_ * 10}};
  }
  std::vector<Ticket> batch(int n) {
    std::vector<Ticket> out;
    for (int i = 0; i < n; ++i)
      out.push_back(issue("batch"));
    return out;
  }
  const Ticket &last() const { return last_; }
  Ticket *find() { return &last_; }

private:
  int next_ = 0;
  Ticket last_{99, "last", Stamp{7}};
};

// The state machine of tally(), line 48. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct tally_machine {
  explicit tally_machine(Registry &reg) : reg(reg) {}
  ~tally_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ticket' may be kept
  // (line 55).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Registry &reg;
  union {
    Registry::Ticket ticket;
  };
  union {
    std::vector<Registry::Ticket> list;
  };
  const Registry::Ticket *last;
  Registry::Ticket *found;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Registry::Stamp stamp;
  };
  int state_ = -1;
  bool ticket_live_ = false;
  bool list_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(list, list_live_);
    asl::destroy(ticket, ticket_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> tally(Registry &reg) {
  return asl::start<tally_machine>(reg);
}

inline void tally_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(ticket)) Registry::Ticket(reg.issue("eve"));
      ticket_live_ = true;

      ::new (asl::place(list)) std::vector<Registry::Ticket>(reg.batch(2));
      list_live_ = true;

      last = std::addressof(reg.last());

      found = reg.find();

      ::new (asl::place(stamp)) Registry::Stamp(ticket.stamp);

      // co_await ev (line 54)
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

      std::printf("%s %d, %zu, %s, %d, %d\n", ticket.owner.c_str(), ticket.id,
                  list.size(), (*last).owner.c_str(), found->id, stamp.day);
      builder_.set_result(ticket.id + list.back().id + stamp.day);
      asl::destroy(list, list_live_);
      asl::destroy(ticket, ticket_live_);
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

class Gate {
  friend struct kept_machine;

  struct Opening { // an awaiter that completes at once
    int code;
    bool await_ready() const noexcept { return true; }
    template <class Handle> void await_suspend(Handle) {}
    int await_resume() const { return code; }
  };

public:
  Opening open(int code) const { return Opening{code}; }
};

static int length_plus(const std::string &s, int n) {
  return static_cast<int>(s.size()) + n;
}

// The state machine of kept(), line 76. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct kept_machine {
  kept_machine(Registry &reg, const Gate &gate) : reg(reg), gate(gate) {}
  ~kept_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 79).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Registry &reg;
  const Gate &gate;
  union {
    Registry::Ticket temporary0_;
  };
  union {
    const std::string *spill1_;
  };
  union {
    int spill2_;
  };
  union {
    Gate::Opening awaiter0_;
  };
  union {
    Gate::Opening awaiter1_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(temporary0_, temporary0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> kept(Registry &reg, const Gate &gate) {
  return asl::start<kept_machine>(reg, gate);
}

inline void kept_machine::move_next() {
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
      // The Ticket is a temporary of the full-expression, alive across its
      // await; the Opening is the await's awaiter.
      ::new (asl::place(temporary0_)) Registry::Ticket(reg.issue("temporary"));
      temporary0_live_ = true;
      spill1_ = asl::bound_address(std::move(temporary0_).owner);
      // co_await gate.open(3) (line 79)
      ::new (asl::place(awaiter0_)) Gate::Opening(gate.open(3));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill2_ = length_plus(std::move(*spill1_), awaiter0_.await_resume());
      // co_await gate.open(4) (line 80)
      ::new (asl::place(awaiter1_)) Gate::Opening(gate.open(4));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill2_ + awaiter1_.await_resume());
      asl::destroy(temporary0_, temporary0_live_);
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

namespace app {
struct stock_machine;
}

namespace shop {
class Shelf {
  friend struct ::app::stock_machine;

protected:
  enum class Kind { Book, Pen };
  struct Slot {
    Kind kind;
    int count;
  };

public:
  Slot take() { return Slot{Kind::Pen, 3}; }

private:
  struct Row {
    struct Place {
      int at;
    };
    Place place() const { return Place{5}; }
  };

public:
  static Row row() { return Row{}; }
};
} // namespace shop

namespace app {
// The state machine of app::stock(), line 109. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct stock_machine {
  explicit stock_machine(shop::Shelf &shelf) : shelf(shelf) {}
  ~stock_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, shop::Shelf::Row::Place,
                       shop::Shelf::Slot> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  shop::Shelf &shelf;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    shop::Shelf::Slot slot;
  };
  union {
    shop::Shelf::Row::Place place;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> stock(shop::Shelf &shelf) {
  return asl::start<stock_machine>(shelf);
}

inline void stock_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(slot)) shop::Shelf::Slot(shelf.take());

      ::new (asl::place(place))
          shop::Shelf::Row::Place(shop::Shelf::row().place());

      // co_await ev (line 112)
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

      builder_.set_result(
          (slot.kind == shop::Shelf::Kind::Pen ? slot.count : 0) + place.at);
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

} // namespace app

struct Clerk {
  struct serve_machine;
  ASL_ASYNC asl::Task<int> serve(Registry &reg);
};

template <class T> class Box {
  friend struct Clerk::serve_machine;

  struct Wrapped {
    T value;
  };

public:
  Wrapped wrap(T v) const { return Wrapped{v}; }
};

// The state machine of Clerk::serve(), line 131. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Clerk::serve_machine {
  serve_machine(Clerk *this_, Registry &reg) : this_(this_), reg(reg) {}
  ~serve_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Box<int>::Wrapped, Registry::Ticket,
                       asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Clerk *this_;
  Registry &reg;
  union {
    Registry::Ticket ticket;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Box<int>::Wrapped wrapped;
  };
  int state_ = -1;
  bool ticket_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(ticket, ticket_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> Clerk::serve(Registry &reg) {
  return asl::start<serve_machine>(this, reg);
}

inline void Clerk::serve_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(ticket)) Registry::Ticket(reg.issue("clerk"));
      ticket_live_ = true;

      ::new (asl::place(wrapped)) Box<int>::Wrapped(Box<int>().wrap(4));

      // co_await ev (line 134)
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

      builder_.set_result(ticket.id + wrapped.value);
      asl::destroy(ticket, ticket_live_);
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
  Registry reg;
  std::printf("tally %d\n", asl::sync_wait(tally(reg)));
  Gate gate;
  std::printf("kept %d\n", asl::sync_wait(kept(reg, gate)));
  shop::Shelf shelf;
  std::printf("stock %d\n", asl::sync_wait(app::stock(shelf)));
  Clerk clerk;
  std::printf("serve %d\n", asl::sync_wait(clerk.serve(reg)));
}
