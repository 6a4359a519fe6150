// Checks temporaries bound to reference members of an aggregate: they live
// as long as the variable (not to the end of its initializer), whether the
// initializer awaits or the variable only lives across a later await, also
// for an aggregate nested in one built in place; they die right after it.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Item {
  std::string tag;
  Item(const char *t) : tag(t) { std::printf("  make %s\n", tag.c_str()); }
  ~Item() { std::printf("  drop %s\n", tag.c_str()); }
};
struct View { const Item &item; int n; };
struct Holder { Item own; View view; };

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};

ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  {
    View v{Item{"plain"}, 1}; // no await in it; one follows
    total += co_await Later{10};
    std::printf("  v sees %s %d\n", v.item.tag.c_str(), v.n);
  }
  {
    View w{Item{"before"}, co_await Later{2}};
    std::printf("  w sees %s %d\n", w.item.tag.c_str(), w.n);
    total += w.n;
  }
  {
    Holder h{Item{"own"}, {Item{"viewed"}, co_await Later{3}}};
    total += co_await Later{h.view.n};
    std::printf("  h sees %s %s\n", h.own.tag.c_str(),
                h.view.item.tag.c_str());
  }
  co_return total;
}

int main() {
  asl::Task<int> t = run();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("total %d\n", asl::sync_wait(std::move(t)));
}
