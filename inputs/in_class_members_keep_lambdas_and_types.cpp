// Async members defined inside their class that keep lambdas and objects of
// types declared in their bodies across awaits: the machine and its locals
// class are emitted after the class, as members of it, so the factories see
// the complete class and its private members. A lambda capturing `this` by
// copy of the pointer, one capturing a local by reference, an init-capture
// of a private member in a const member, and a local struct whose
// destructor prints, each living across an await.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

class Counter {
public:
  ASL_ASYNC asl::Task<int> run(int step) {
    int total = base_;
    auto add = [&](int v) {
      total += v * step;
      return total;
    };
    auto show = [this, &total] {
      std::printf("%s %d\n", name_.c_str(), total);
    };
    add(1);
    co_await ready;
    add(2);
    show();
    co_return total;
  }

  ASL_ASYNC asl::Task<std::string> label() const {
    auto decorate = [copy = name_](const std::string &s) {
      return copy + ":" + s;
    };
    co_await ready;
    co_return decorate("done");
  }

  ASL_ASYNC asl::Task<int> scoped() {
    struct Guard {
      const Counter *owner;
      int id;
      ~Guard() { std::printf("guard %d of %s\n", id, owner->name_.c_str()); }
    };
    enum class Phase { start, end };
    Guard outer{this, 1};
    Phase phase = Phase::start;
    {
      Guard inner{this, 2};
      co_await ready;
      phase = Phase::end;
    }
    co_await ready;
    co_return phase == Phase::end ? outer.id + 10 : -1;
  }

private:
  int base_ = 100;
  std::string name_ = "counter";
};

int main() {
  Counter c;
  asl::Task<int> t = c.run(3);
  asl::Task<std::string> l = c.label();
  asl::Task<int> s = c.scoped();
  ready.set();
  std::printf("run %d\n", asl::sync_wait(std::move(t)));
  std::printf("label %s\n", asl::sync_wait(std::move(l)).c_str());
  std::printf("scoped %d\n", asl::sync_wait(std::move(s)));
}
