// A local whose type is a private member of a class (reached through a
// public function, `auto t = reg.issue();`) living across an await in a
// function that is not a member of that class: the machine, a class outside
// it, could not name the type in its field.
#include <asl/task.h>
#include <string>

class Registry {
  struct Ticket {
    int id;
    std::string owner;
  };

public:
  Ticket issue(std::string who) { return Ticket{++next_, std::move(who)}; }

private:
  int next_ = 0;
};

asl::Event ev(true);

ASL_ASYNC asl::Task<int> run(Registry &reg) {
  auto ticket = reg.issue("eve");
  co_await ev;
  co_return ticket.id;
}
// expect-error: 24:8: error: 'ticket', of type 'Registry::Ticket' (private in
//   'Registry'), lives across a co_await; not supported (the machine, a class
//   outside 'Registry', cannot name the type)
