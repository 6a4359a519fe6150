// Async member functions of classes local to ordinary functions: their
// machines stay inside the class, where nothing outside can name them, and
// a local class (a class nested in one too) may not have static data
// members, so each declares `relocatable` as a member type: one with
// nothing kept across its await, one keeping a string and a local across
// them, and one of a class nested in a local class. (The objects are
// static: the tasks keep pointers to them.)
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev;

asl::Task<int> make() {
  struct Local {
    int k;
    ASL_ASYNC asl::Task<int> get() {
      co_await ev;
      co_return k;
    }
  };
  static Local local{3};
  return local.get();
}

asl::Task<std::string> greet(std::string who) {
  struct Greeter {
    std::string name;
    ASL_ASYNC asl::Task<std::string> run(std::string tail) {
      std::string text = "hello " + name;
      co_await ev;
      co_return text + tail;
    }
  };
  static Greeter greeter{""};
  greeter.name = std::move(who);
  return greeter.run("!");
}

asl::Task<int> nested(int base) {
  struct Outer {
    struct Inner {
      int v;
      ASL_ASYNC asl::Task<int> twice() {
        int before = v;
        co_await ev;
        co_return before + v;
      }
    };
  };
  static Outer::Inner inner{0};
  inner.v = base;
  return inner.twice();
}

int main() {
  asl::Task<int> a = make();
  asl::Task<std::string> b = greet("bob");
  asl::Task<int> c = nested(20);
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%s\n", asl::sync_wait(std::move(b)).c_str());
  std::printf("%d\n", asl::sync_wait(std::move(c)));
}
