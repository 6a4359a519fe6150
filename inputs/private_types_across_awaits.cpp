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

class Registry {
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

ASL_ASYNC asl::Task<int> tally(Registry &reg) {
  auto ticket = reg.issue("eve");
  auto list = reg.batch(2);
  const auto &last = reg.last();
  auto *found = reg.find();
  auto stamp = ticket.stamp;
  co_await ev;
  std::printf("%s %d, %zu, %s, %d, %d\n", ticket.owner.c_str(), ticket.id,
              list.size(), last.owner.c_str(), found->id, stamp.day);
  co_return ticket.id + list.back().id + stamp.day;
}

class Gate {
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

ASL_ASYNC asl::Task<int> kept(Registry &reg, const Gate &gate) {
  // The Ticket is a temporary of the full-expression, alive across its
  // await; the Opening is the await's awaiter.
  co_return length_plus(reg.issue("temporary").owner, co_await gate.open(3)) +
      co_await gate.open(4);
}

namespace shop {
class Shelf {
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
ASL_ASYNC asl::Task<int> stock(shop::Shelf &shelf) {
  auto slot = shelf.take();
  auto place = shop::Shelf::row().place();
  co_await ev;
  co_return (slot.kind == decltype(slot.kind)::Pen ? slot.count : 0) +
      place.at;
}
} // namespace app

struct Clerk {
  ASL_ASYNC asl::Task<int> serve(Registry &reg);
};

template <class T> class Box {
  struct Wrapped {
    T value;
  };

public:
  Wrapped wrap(T v) const { return Wrapped{v}; }
};

ASL_ASYNC asl::Task<int> Clerk::serve(Registry &reg) {
  auto ticket = reg.issue("clerk");
  auto wrapped = Box<int>().wrap(4);
  co_await ev;
  co_return ticket.id + wrapped.value;
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
